import { Kind, OperationTypeNode, parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  insertNationwideTowns,
  insertScaleShelters,
  insertSyntheticRegions,
  insertSyntheticSystems,
} from '../all-in-one/scale/nationwide-towns.js'
import type { SubgraphName } from '../lib/config.js'
import { repositoryOperations } from '../lib/graphql/repository-operations.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Issue #19: the SQL statements a public operation costs must not grow with the number of municipalities. Every
 * anonymous query of test/operations is answered on the nine-town sample, then 60 synthetic towns in 5 synthetic
 * 圏域 are added through the seed functions `npm run seed:scale` uses (with their ICT systems and shelters over
 * every town), and each must cost exactly the same statements, per subgraph, as before. Response cache off: every
 * request reaches the subgraphs. A count that grows with the towns is an N+1 the nine-town sample hides.
 */

const IWAMIZAWA = '012106'
/** Nine parties plus 60 synthetic towns, in 5 prefectures: 12 per prefecture, one synthetic 圏域 each. */
const MULTI_REGION = { municipalities: 69, prefectures: 5 }

/** Operations that need a token (staff, audit, webhooks): not public, so not counted here. */
const NOT_PUBLIC = new Set([
  'AuditLog',
  'StaffViewer',
  'StaffShelters',
  'StaffStockTransfers',
  'StaffOpenAmendments',
  'StaffStockpileSites',
  'WebhookSubscriptions',
])

/** Rows of the sample data some operations name; read once, before the towns are added. */
interface SampleIds {
  shelterId: string
  projectId: string
  pilotId: string
  systemId: string
  routeId: string
  policyFieldId: string
}

function variablesOf(ids: SampleIds): Record<string, Record<string, unknown>> {
  const regional = sampleUuid('operator:regional')
  return {
    FullAgreement: {},
    ArticleByNumber: { number: 1 },
    MunicipalityByCode: { code: IWAMIZAWA },
    MunicipalityRoles: { code: IWAMIZAWA },
    ServedMunicipalities: { first: 50 },
    Regions: { first: 50 },
    RegionById: { id: 'agreement' },
    PolicyFieldDuties: { id: ids.policyFieldId, municipalityCode: IWAMIZAWA },
    SheltersByHazard: { municipalityCode: IWAMIZAWA, hazard: 'FLOOD', first: 20 },
    SheltersNear: { latitude: 43.196, longitude: 141.776, radiusMetres: 20_000, first: 20 },
    ShelterDetails: { id: ids.shelterId },
    RegionalSituation: {},
    ShelterLatestStatus: { id: ids.shelterId },
    StockCoverage: {},
    ExpiringStock: { withinDays: 3650 },
    WideAreaEvacuation: { from: IWAMIZAWA, hazard: 'FLOOD', headCount: 100, careHeadCount: 5 },
    EvacuationArrangements: { municipalityCode: IWAMIZAWA },
    DrillTotals: {},
    AgreementAsOf: {},
    AgreementVersions: { first: 10 },
    AmendmentProposals: { first: 10 },
    CostAllocation: { projectId: ids.projectId },
    CostTotals: { fiscalYear: 2024 },
    JointProjects: { first: 10 },
    SystemMatrix: { standardOnly: false, first: 100 },
    JointProcurement: { windowMonths: 12 },
    PilotDetails: { id: ids.pilotId },
    // Anonymous: the system's public fields, its restricted contract null.
    SystemContract: { id: ids.systemId },
    SharedCases: { text: '除雪', first: 10 },
    RegionalIssues: { first: 10 },
    RegionOverview: { first: 10 },
    InitiativeRecords: { id: 'disaster-1' },
    MunicipalityShelters: { code: IWAMIZAWA, first: 20 },
    RouteRidership: { operatorId: regional, routeId: ids.routeId, from: '2024-04', to: '2025-03' },
    RoutePerformance: { operatorId: regional, fiscalYear: 2024 },
    RegionRoutePerformance: { fiscalYear: 2024 },
    RecruitmentOpenings: { first: 10 },
    RecruitmentEvents: { first: 10 },
    RegionRecruitment: { first: 10 },
    InitiativeRecruitment: { id: 'transit-3' },
    StopDepartures: { operatorId: regional, stopId: 'TR-014303', date: '2026-04-03', after: '00:00', first: 10 },
    BusStopById: { operatorId: regional, stopId: 'TR-014303' },
  }
}

function publicQueries(): Map<string, string> {
  return new Map(
    [...repositoryOperations()].filter(([name, text]) => {
      const operation = parse(text).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      return operation?.operation === OperationTypeNode.QUERY && !NOT_PUBLIC.has(name)
    }),
  )
}

async function sampleIds(stack: TestStack): Promise<SampleIds> {
  const { admin } = stack.database
  const first = <T>(rows: T[], what: string): T => {
    const [row] = rows
    if (!row) throw new Error(`the sample data has no ${what}`)
    return row
  }
  return {
    shelterId: first(
      await admin.selectFrom('disaster.shelter').select('id').orderBy('id').limit(1).execute(),
      'shelter',
    ).id,
    projectId: first(
      await admin.selectFrom('agreement.jointProject').select('id').orderBy('id').limit(1).execute(),
      'joint project',
    ).id,
    systemId: first(await admin.selectFrom('ict.system').select('id').orderBy('id').limit(1).execute(), 'system').id,
    pilotId: first(await admin.selectFrom('ict.pilot').select('id').orderBy('id').limit(1).execute(), 'pilot').id,
    routeId: first(
      await admin
        .selectFrom('transit.routeStatistics')
        .select('routeId')
        .where('operatorId', '=', sampleUuid('operator:regional'))
        .orderBy('routeId')
        .limit(1)
        .execute(),
      'route statistics',
    ).routeId,
    policyFieldId: first(
      await admin.selectFrom('agreement.policyField').select('id').orderBy('id').limit(1).execute(),
      'policy field',
    ).id,
  }
}

type Counts = Record<string, Partial<Record<SubgraphName, number>>>

/** Each operation twice (the first warms what a process loads once), counting the statements of the second. */
async function countAll(stack: TestStack, queries: Map<string, string>, variables: Record<string, object>) {
  const counts: Counts = {}
  const answers: Record<string, unknown> = {}
  for (const [name, query] of queries) {
    await stack.graphql(query, variables[name] as Record<string, unknown>)
    stack.statements.reset()
    const { status, body } = await stack.graphql(query, variables[name] as Record<string, unknown>)
    expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined })
    const bySubgraph: Partial<Record<SubgraphName, number>> = {}
    for (const subgraph of ['agreement', 'disaster', 'transit', 'ict'] as const) {
      const n = stack.statements.count(subgraph)
      if (n > 0) bySubgraph[subgraph] = n
    }
    counts[name] = bySubgraph
    answers[name] = body.data
  }
  return { counts, answers }
}

describe('SQL statements per public operation at 9 and at 69 municipalities in 6 圏域', () => {
  let stack: TestStack
  let queries: Map<string, string>
  let variables: Record<string, Record<string, unknown>>
  let nine: Awaited<ReturnType<typeof countAll>>
  let many: Awaited<ReturnType<typeof countAll>>

  beforeAll(async () => {
    stack = await startTestStack({ responseCache: undefined })
    queries = publicQueries()
    variables = variablesOf(await sampleIds(stack))
    nine = await countAll(stack, queries, variables)
    const { admin } = stack.database
    await insertNationwideTowns(admin, MULTI_REGION)
    await insertSyntheticRegions(admin)
    await insertSyntheticSystems(admin)
    await insertScaleShelters(admin, 1_380)
    many = await countAll(stack, queries, variables)
  })
  afterAll(() => stack.stop())

  it('has variables for every public query of test/operations (a new one must be added here)', () => {
    expect([...queries.keys()].sort()).toEqual(Object.keys(variables).sort())
  })

  it('serves the added towns and 圏域: the regional board and the system matrix list all 69', async () => {
    const regions = await stack.database.admin.selectFrom('agreement.region').select('id').execute()
    expect(regions).toHaveLength(5)
    const board = many.answers['RegionalSituation'] as { regionalSituation: { towns: unknown[] } }
    const boardBefore = nine.answers['RegionalSituation'] as { regionalSituation: { towns: unknown[] } }
    expect([boardBefore.regionalSituation.towns.length, board.regionalSituation.towns.length]).toEqual([9, 69])
    const matrix = many.answers['SystemMatrix'] as { systemMatrix: { rows: { cells: unknown[] }[] } }
    expect(matrix.systemMatrix.rows[0]?.cells).toHaveLength(69)
  })

  it('costs every public operation the same statements, per subgraph, at both sizes', () => {
    expect(Object.keys(nine.counts)).toHaveLength(queries.size)
    expect(many.counts).toEqual(nine.counts)
  })
})
