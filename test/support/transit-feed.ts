import { expect } from 'vitest'
import { ImportGtfsFeedFileDocument } from '../../codegen/operations.js'
import { sampleFeedFiles, zipFeed } from '../../subgraphs/transit/gtfs/feed-fixtures.js'
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
