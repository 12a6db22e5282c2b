import { readFileSync } from 'node:fs'
import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubgraphName } from '../lib/config.js'
import { projectPath } from '../lib/paths.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Issue #16: `totalCount` on every connection. Each case walks its list page by page (200 at a time) and
 * compares the number of nodes seen with the `totalCount` every page reports; the statement counts show that
 * a count costs one statement for a whole batch of parents, and nothing when it is not asked for.
 */

const IWAMIZAWA = '012106'
const api = buildSchema(readFileSync(projectPath('codegen', 'api-schema.graphql'), 'utf8'))

interface ListCase {
  /** `Parent.field`, as in the schema. */
  field: string
  subgraph: SubgraphName
  /** A query with `$first` and `$after`; `list` digs the connection out of its data. */
  query: string
  variables?: Record<string, unknown>
  admin?: boolean
}

const page = `(first: $first, after: $after) { totalCount nodes { __typename } pageInfo { hasNextPage endCursor } }`
const vars = `($first: Int, $after: String)`
const town = (field: string, subgraph: SubgraphName): ListCase => ({
  field: `Municipality.${field}`,
  subgraph,
  query: `query ${vars} { municipality(code: "${IWAMIZAWA}") { ${field}${page} } }`,
})
const initiative = (field: string, id: string, subgraph: SubgraphName): ListCase => ({
  field: `Initiative.${field}`,
  subgraph,
  query: `query ${vars} { initiative(id: "${id}") { ${field}${page} } }`,
})
const top = (field: string, subgraph: SubgraphName, args = '', admin = false): ListCase => ({
  field: `Query.${field}`,
  subgraph,
  query: `query ${vars} { ${field}${page.replace('(first', `(${args}${args ? ', ' : ''}first`)} }`,
  admin,
})

const CASES: ListCase[] = [
  top('agreementVersions', 'agreement'),
  top('amendmentProposals', 'agreement'),
  top('jointProjects', 'agreement'),
  top('servedMunicipalities', 'agreement'),
  top('regions', 'agreement'),
  top('auditLog', 'agreement', '', true),
  top('shelters', 'disaster', `municipalityCode: "${IWAMIZAWA}"`),
  top('regionalIssues', 'ict'),
  top('sharedCases', 'ict'),
  top('recruitmentEvents', 'transit'),
  top('recruitmentOpenings', 'transit'),
  initiative('drills', 'disaster-1', 'disaster'),
  initiative('pilots', 'ict-3', 'ict'),
  initiative('promotionCampaigns', 'transit-2', 'transit'),
  initiative('recruitmentEvents', 'transit-3', 'transit'),
  initiative('recruitmentOpenings', 'transit-3', 'transit'),
  town('shelters', 'disaster'),
  town('systems', 'ict'),
  town('transitOperators', 'transit'),
  town('busStops', 'transit'),
  town('routes', 'transit'),
  town('recruitmentEvents', 'transit'),
  town('recruitmentOpenings', 'transit'),
  {
    field: 'BusRoute.trips',
    subgraph: 'transit',
    query: `query ${vars} { municipality(code: "${IWAMIZAWA}") { routes(first: 1) { nodes { trips${page} } } } }`,
  },
]

interface Page {
  totalCount: number
  nodes: unknown[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** The one connection in an answer, wherever it sits (each case selects exactly one). */
function connectionIn(data: unknown): Page {
  if (Array.isArray(data)) return connectionIn(data[0])
  if (data !== null && typeof data === 'object') {
    if ('totalCount' in data) return data as Page
    for (const value of Object.values(data)) if (value !== null && typeof value === 'object') return connectionIn(value)
  }
  throw new Error(`no connection in ${JSON.stringify(data)}`)
}

let stack: TestStack
let adminToken: string
beforeAll(async () => {
  stack = await startTestStack()
  adminToken = await stack.token(IWAMIZAWA, ['admin'])
  // Something of every kind to count: the sample has no proposals and no recruitment of 岩見沢市 itself.
  const editor = await stack.token(IWAMIZAWA, ['editor'])
  for (const mutation of [
    `createRecruitmentEvent(input: {title: "運転体験会", kind: DRIVING_EXPERIENCE, heldOn: "2026-10-03"}) { id }`,
    `createRecruitmentOpening(input: {title: "バス運転士", role: BUS_DRIVER, ` +
      `employmentType: FULL_TIME, positions: 2, opensOn: "2026-09-01"}) { id }`,
    `proposeAmendment(input: { title: "数える", reason: "totalCount", effectiveOn: "2030-04-01",
      changes: [{ changeInitiative: { initiativeId: "ict-1", text: "数える" } }] }) { id }`,
  ]) {
    const { body } = await stack.graphql(`mutation { ${mutation} }`, {}, { token: editor })
    expect(body.errors).toBeUndefined()
  }
})
afterAll(() => stack.stop())

describe('totalCount', () => {
  it('is on every connection type of the API, as a non-null Int', () => {
    const connections = Object.values(api.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) && /Connection$/.test(type.name) && 'pageInfo' in type.getFields(),
    )
    expect(connections.length).toBeGreaterThanOrEqual(17)
    for (const type of connections) {
      const field = type.getFields()['totalCount']
      expect(field && isNonNullType(field.type) && getNamedType(field.type).name, type.name).toBe('Int')
    }
  })

  it('has a case below for every connection field of the API', () => {
    const fields = Object.values(api.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => /Connection$/.test(getNamedType(field.type).name))
          .map((field) => `${type.name}.${field.name}`),
      )
    expect(CASES.map((c) => c.field).sort()).toEqual(fields.sort())
  })

  it.each(CASES)('$field counts exactly the nodes a client pages through', async (list) => {
    const options = list.admin ? { token: adminToken } : {}
    let after: string | null = null
    let seen = 0
    const totals = new Set<number>()
    for (let pages = 0; pages < 100; pages++) {
      const { body } = await stack.graphql(list.query, { first: 200, after }, options)
      expect(body.errors).toBeUndefined()
      const connection = connectionIn(body.data)
      totals.add(connection.totalCount)
      seen += connection.nodes.length
      if (!connection.pageInfo.hasNextPage) break
      after = connection.pageInfo.endCursor
    }
    expect([...totals]).toEqual([seen])
    // A count of 0 would prove nothing: every case has data in the sample (the audit log after the write above).
    expect(seen).toBeGreaterThan(0)
  })

  it('follows the filters of the list (a hazard, a fiscal year), not the whole table', async () => {
    const query =
      `query ($hazard: Hazard) { shelters(municipalityCode: ` +
      `"${IWAMIZAWA}", hazard: $hazard, first: 1) { totalCount } }`
    const all = (await stack.graphql<{ shelters: { totalCount: number } }, Record<string, unknown>>(query, {})).body
      .data?.shelters.totalCount
    const flood = (
      await stack.graphql<{ shelters: { totalCount: number } }, Record<string, unknown>>(query, { hazard: 'FLOOD' })
    ).body.data?.shelters.totalCount
    const expected = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('municipalityCode', '=', IWAMIZAWA)
      .where('retiredAt', 'is', null)
      .where('hazardFlood', '=', true)
      .executeTakeFirstOrThrow()
    expect(flood).toBe(Number(expected.count))
    expect(all).toBeGreaterThan(flood ?? Infinity)
  })
})

describe('what a count costs', () => {
  const nested: [string, SubgraphName, (inner: string) => string][] = [
    ['Municipality.shelters', 'disaster', (inner) => `municipalities { shelters${inner} }`],
    ['Municipality.busStops', 'transit', (inner) => `municipalities { busStops${inner} }`],
    ['Municipality.systems', 'ict', (inner) => `municipalities { systems${inner} }`],
    ['Initiative.drills', 'disaster', (inner) => `policyFields { initiatives { drills${inner} } }`],
    ['Initiative.pilots', 'ict', (inner) => `policyFields { initiatives { pilots${inner} } }`],
    ['BusRoute.trips', 'transit', (inner) => `municipalities { routes(first: 3) { nodes { trips${inner} } } }`],
  ]

  it.each(nested)('%s: one statement for every parent, the same at any page size', async (_, subgraph, wrap) => {
    const statements = async (inner: string, first: number) => {
      stack.statements.reset()
      const { body } = await stack.graphql(`query ($first: Int) { ${wrap(inner)} }`, { first })
      expect(body.errors).toBeUndefined()
      return stack.statements.count(subgraph)
    }
    const withoutCount = await statements(`(first: $first) { nodes { __typename } }`, 1)
    expect(await statements(`(first: $first) { nodes { __typename } totalCount }`, 2)).toBe(withoutCount + 1)
    expect(await statements(`(first: $first) { nodes { __typename } totalCount }`, 200)).toBe(withoutCount + 1)
    // Two aliases of the same count share it.
    expect(await statements(`(first: $first) { totalCount again: totalCount }`, 3)).toBe(withoutCount + 1)
  })
})
