import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubgraphName } from '../lib/config.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Every entity a subgraph resolves by key: an `_entities` batch (what the gateway sends per fetch
 * node) comes back in request order, with null for unknown or malformed keys, from ONE statement.
 */
const ENTITIES: { typename: string; subgraph: SubgraphName; table: string; key: 'id' | 'code'; fields: string }[] = [
  {
    typename: 'Municipality',
    subgraph: 'agreement',
    table: 'agreement.municipality',
    key: 'code',
    fields: 'code name',
  },
  { typename: 'Initiative', subgraph: 'agreement', table: 'agreement.initiative', key: 'id', fields: 'id text' },
  { typename: 'Shelter', subgraph: 'disaster', table: 'disaster.shelter', key: 'id', fields: 'id name' },
  { typename: 'Operator', subgraph: 'transit', table: 'transit.operator', key: 'id', fields: 'id name' },
  {
    typename: 'PromotionCampaign',
    subgraph: 'transit',
    table: 'transit.promotion_campaign',
    key: 'id',
    fields: 'id title',
  },
  { typename: 'InformationSystem', subgraph: 'ict', table: 'ict.system', key: 'id', fields: 'id business' },
  { typename: 'Pilot', subgraph: 'ict', table: 'ict.pilot', key: 'id', fields: 'id title' },
  { typename: 'SharedCase', subgraph: 'ict', table: 'ict.shared_case', key: 'id', fields: 'id title' },
  { typename: 'RegionalIssue', subgraph: 'ict', table: 'ict.regional_issue', key: 'id', fields: 'id title' },
]

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe.each(ENTITIES)('_entities for $typename ($subgraph)', ({ typename, subgraph, table, key, fields }) => {
  it('resolves a batch in order with one SQL statement, null for unknown and malformed keys', async () => {
    const rows = await sql<{
      key: string
    }>`select ${sql.ref(key)}::text as key from ${sql.table(table)} order by 1 limit 9`.execute(stack.database.admin)
    const known = rows.rows.map((row) => row.key)
    expect(known.length).toBeGreaterThan(1)
    const unknown = key === 'code' ? '011002' : '00000000-0000-4000-8000-000000000000'
    const keys = [...known, unknown, "x' or '1'='1"]
    stack.statements.reset()
    const { body } = await stack.graphql<
      { _entities: (Record<string, unknown> | null)[] },
      { representations: unknown[] }
    >(
      `query ($representations: [_Any!]!) { _entities(representations: ` +
        `$representations) { ... on ${typename} { ${fields} } } }`,
      { representations: keys.map((value) => ({ __typename: typename, [key]: value })) },
      { url: stack.services.subgraphUrls[subgraph] },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?._entities.map((entity) => entity?.[key] ?? null)).toEqual([...known, null, null])
    expect(stack.statements.count(subgraph)).toBe(1)
  })
})
