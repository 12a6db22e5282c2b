import { repositoryOperations } from '../lib/graphql/repository-operations.js'
import { sampleUuid } from '../lib/sample/deterministic.js'

/** The three public anonymous reads the gateway benchmarks time: one per subgraph shape. */
export const BENCH_OPERATION_NAMES = ['RegionalSituation', 'StopDepartures', 'InitiativeRecords'] as const
export type BenchOperationName = (typeof BENCH_OPERATION_NAMES)[number]

/** The nine-town sample database, or the same plus all-in-one/scale's volume. */
export type DataSize = 'sample' | 'scale'

export interface BenchOperation {
  name: BenchOperationName
  query: string
  variables: Record<string, unknown>
  /** The POST body sent to every server (the SQL floor picks its statement by `operationName`). */
  body: string
}

/**
 * Arguments that exist at each size. The scale seed replaces the regional operator's sample feed by a
 * synthetic one (stops R<route>S<n>, weekday service from 2026-04-01), so the stop differs; 2026-04-03
 * is a Friday, served by both feeds. `disaster-1` is the initiative with the most linked records
 * (eight drills, each with its host town's name, which the disaster subgraph provides); the scale seed adds none.
 */
const VARIABLES: Record<DataSize, Record<BenchOperationName, Record<string, unknown>>> = {
  sample: {
    RegionalSituation: {},
    StopDepartures: {
      operatorId: sampleUuid('operator:regional'),
      stopId: 'TR-014303',
      date: '2026-04-03',
      after: '00:00',
      first: 10,
    },
    InitiativeRecords: { id: 'disaster-1' },
  },
  scale: {
    RegionalSituation: {},
    StopDepartures: {
      operatorId: sampleUuid('operator:regional'),
      stopId: 'R1S1',
      date: '2026-04-03',
      after: '00:00',
      first: 10,
    },
    InitiativeRecords: { id: 'disaster-1' },
  },
}

export function benchOperations(size: DataSize): BenchOperation[] {
  const texts = repositoryOperations()
  return BENCH_OPERATION_NAMES.map((name) => {
    const query = texts.get(name)
    if (!query) throw new Error(`operation ${name} not found in test/operations`)
    const variables = VARIABLES[size][name]
    return { name, query, variables, body: JSON.stringify({ operationName: name, query, variables }) }
  })
}
