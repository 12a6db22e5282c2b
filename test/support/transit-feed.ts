import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { expect } from 'vitest'
import { ImportGtfsFeedFileDocument } from '../../codegen/operations.js'
import { sampleFeedFiles, zipFeed } from '../../subgraphs/transit/gtfs/feed-fixtures.js'
import type { Database } from '../../lib/db/database.js'
import type { TestStack } from './stack.js'

/** The id of a town's transit operator (the sample data gives each town one). */
export async function townOperatorId(stack: TestStack, municipalityCode: string): Promise<string> {
  const operator = await stack.database.admin
    .selectFrom('transit.operator')
    .select('id')
    .where('municipalityCode', '=', municipalityCode)
    .executeTakeFirstOrThrow()
  return operator.id
}

/**
 * Imports the fixture feed (feed-fixtures.ts: route R1, trips T1 and T2 on shape SH1) for the operator, as an editor
 * of its town, and fails the setup if the import reports errors.
 */
export async function importSampleFeed(stack: TestStack, operatorId: string, municipalityCode: string) {
  const content = (await zipFeed(sampleFeedFiles())).toString('base64')
  const { body } = await stack.graphql(
    ImportGtfsFeedFileDocument,
    { operatorId, content },
    { token: await stack.token(municipalityCode) },
  )
  expect(body.errors).toBeUndefined()
}

/**
 * Waits (up to a minute) until an import is COPYing stop_times into its feed version's own table, inside its
 * transaction: the moment the tests abandon or kill it, or try a second import beside it.
 */
export async function untilCopyingStopTimes(admin: Database): Promise<void> {
  const copying = async () => {
    const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()
        and query ilike '%COPY transit_stop_times.v%'`.execute(admin)
    return Number(rows[0]?.n) > 0
  }
  const deadline = performance.now() + 60_000
  while (!(await copying()) && performance.now() < deadline) await sleep(20)
  expect(await copying(), 'the import never reached stop_times').toBe(true)
}
