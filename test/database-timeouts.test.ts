import type { FormattedExecutionResult } from 'graphql'
import pg from 'pg'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_TOKEN_SETTINGS } from './support/stack.js'
import { createTokenVerifier } from '../lib/auth/tokens.js'
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js'
import { createLogger } from '../lib/logger.js'
import { startServices, type RunningServices } from '../all-in-one/start-services.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'
import { errorCodes } from './support/errors.js'

/**
 * The login roles carry statement_timeout and idle_in_transaction_session_timeout (migration 0006),
 * so every session of a subgraph has them, however it connects. The behaviour is shown with short
 * limits set for this test's database only (`ALTER ROLE … IN DATABASE`, which takes precedence over
 * the role-wide value and leaves the other test files' databases alone).
 */

const EXPECTED: Record<SubgraphName, { statement: string; idle: string }> = {
  agreement: { statement: '10s', idle: '30s' },
  disaster: { statement: '10s', idle: '30s' },
  transit: { statement: '15min', idle: '2min' },
  ict: { statement: '10s', idle: '30s' },
}

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDatabase()
  for (const role of ['disaster_svc', 'ict_svc']) {
    await sql`alter role ${sql.id(role)} in database ${sql.id(database.name)} set statement_timeout = '300ms'`.execute(
      database.admin,
    )
    await sql`alter role ${sql.id(role)} in database ${sql.id(database.name)} set idle_in_transaction_session_timeout =
      '300ms'`.execute(database.admin)
  }
})
afterAll(() => database.drop())

async function connectAs(subgraph: SubgraphName): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.roleUrls[subgraph] })
  // The server ends an idle-in-transaction session by closing it; without a listener that would crash the run.
  client.on('error', () => {})
  await client.connect()
  return client
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as { code?: string; message: string },
  )

describe('time limits of the subgraph login roles', () => {
  it('gives every role its statement and idle-in-transaction timeouts', async () => {
    const { rows } = await sql<{ role: string; settings: string[] }>`
      select r.rolname as role, s.setconfig as settings
      from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
      where s.setdatabase = 0 and r.rolname like '%\_svc'`.execute(database.admin)
    for (const subgraph of SUBGRAPH_NAMES) {
      const settings = rows.find((row) => row.role === `${subgraph}_svc`)?.settings ?? []
      expect(settings, subgraph).toContain(`statement_timeout=${EXPECTED[subgraph].statement}`)
      expect(settings, subgraph).toContain(`idle_in_transaction_session_timeout=${EXPECTED[subgraph].idle}`)
    }
    for (const subgraph of ['agreement', 'transit'] as const) {
      const client = await connectAs(subgraph)
      try {
        expect((await client.query('show statement_timeout')).rows[0]).toEqual({
          statement_timeout: EXPECTED[subgraph].statement,
        })
        expect((await client.query('show idle_in_transaction_session_timeout')).rows[0]).toEqual({
          idle_in_transaction_session_timeout: EXPECTED[subgraph].idle,
        })
      } finally {
        await client.end()
      }
    }
  })

  it('cancels a statement that runs past the limit', async () => {
    const client = await connectAs('disaster')
    try {
      const started = Date.now()
      const error = await errorOf(client.query('select pg_sleep(5)'))
      expect(error?.code).toBe('57014')
      expect(error?.message).toMatch(/statement timeout/)
      expect(Date.now() - started).toBeLessThan(3000)
      // The session is still usable for the next request.
      expect((await client.query('select 1 as ok')).rows).toEqual([{ ok: 1 }])
    } finally {
      await client.end()
    }
  })

  it('ends a session left idle inside a transaction', async () => {
    const client = await connectAs('ict')
    await client.query('begin')
    await client.query('select 1')
    await new Promise((resolve) => setTimeout(resolve, 800))
    const error = await errorOf(client.query('select 1'))
    expect(error).not.toBeNull()
    await client.end().catch(() => {})
  })
})

describe('a statement timeout seen through GraphQL', () => {
  let services: RunningServices
  beforeAll(async () => {
    services = await startServices({
      databaseUrls: database.roleUrls,
      verifyToken: createTokenVerifier(TEST_TOKEN_SETTINGS),
      logger: createLogger('silent', 'test'),
      host: '127.0.0.1',
      gatewayPort: 0,
      subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>,
      poolMax: 2,
    })
  })
  afterAll(() => services.stop())

  it('is a masked INTERNAL_SERVER_ERROR with an errorId, without SQL or the server’s wording', async () => {
    // An administrator's lock makes the subgraph's read wait until its statement_timeout ends it.
    const locker = new pg.Client({ connectionString: database.adminUrl })
    await locker.connect()
    try {
      await locker.query('begin')
      await locker.query('lock table disaster.shelter in access exclusive mode')
      for (const url of [services.gatewayUrl, services.subgraphUrls.disaster]) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ shelter(id: "00000000-0000-4000-8000-000000000000") { name } }' }),
        })
        const text = await response.text()
        const body = JSON.parse(text) as FormattedExecutionResult<unknown>
        expect(errorCodes(body)).toEqual(['INTERNAL_SERVER_ERROR'])
        expect(body.errors?.[0]?.message).toMatch(/^Internal server error \(errorId [0-9a-f-]{36}\)$/)
        expect(text).not.toMatch(/timeout|canceling|select |from |disaster\.shelter|pg_|\.ts:\d+|node_modules/i)
      }
    } finally {
      await locker.query('rollback')
      await locker.end()
    }
  })
})
