import { cpuSecondsOf, postgresCpuSeconds } from './cpu-usage.js'
import { TARGET_KEYS, type GatewayStack, type TargetKey } from './gateway-stack.js'
import { CONNECTIONS, measureLoad, verifySameAnswers, type CpuReading, type LoadFigures, type Target } from './load.js'
import type { BenchOperation, BenchOperationName } from './operations.js'

export const SERVER_KEYS = TARGET_KEYS
export type ServerKey = TargetKey

export interface ThroughputResult {
  connections: number
  seconds: number
  /** Per operation, per server measured. */
  figures: Record<BenchOperationName, Partial<Record<ServerKey, LoadFigures>>>
}

/**
 * Times each operation on each selected server, one at a time (the machine is small: two servers
 * under load at once would measure each other), after checking they all give the same `data`.
 * The uncached gateway is always measured: every ratio is relative to it. `only` (BENCH_GATEWAYS) keeps those servers
 * of the sections' selection.
 */
export async function benchThroughput(
  stack: GatewayStack,
  operations: BenchOperation[],
  options: {
    seconds: number
    gateways: boolean
    floor: boolean
    postgresDataDir: string
    only?: ReadonlySet<ServerKey> | undefined
  },
): Promise<ThroughputResult> {
  const servers: ServerKey[] = [
    'uncached' as const,
    ...(options.gateways ? (['cached', 'uncachedNoDedup', 'hive', 'hiveNoDedup'] as const) : []),
    ...(options.floor ? (['floor'] as const) : []),
  ].filter((key) => key === 'uncached' || !options.only || options.only.has(key))
  const targetOf = (key: ServerKey): Target => stack[key]
  const cpuOf =
    (target: Target): CpuReading =>
    async () => ({
      server: await cpuSecondsOf(target.pid ? [target.pid] : []),
      subgraphs: await cpuSecondsOf(stack.subgraphPids),
      postgres: await postgresCpuSeconds(options.postgresDataDir),
    })
  const figures = {} as ThroughputResult['figures']
  for (const operation of operations) {
    await verifySameAnswers(servers.map(targetOf), operation)
    const row: Partial<Record<ServerKey, LoadFigures>> = {}
    for (const key of servers) {
      const measured = await measureLoad(targetOf(key), operation, options.seconds, cpuOf(targetOf(key)))
      row[key] = measured
      console.error(`  ${operation.name} × ${targetOf(key).name}: ${measured.requestsPerSecond.toFixed(0)} req/s`)
    }
    figures[operation.name] = row
  }
  return { connections: CONNECTIONS, seconds: options.seconds, figures }
}

/** CPU ms per request in the server itself, the subgraph processes, PostgreSQL and the load generator. */
const cpuColumns = (figures: LoadFigures | undefined) => ({
  'CPU ms/req: server': figures?.cpuMsPerRequest?.['server']?.toFixed(2) ?? '–',
  subgraphs: figures?.cpuMsPerRequest?.['subgraphs']?.toFixed(2) ?? '–',
  postgres: figures?.cpuMsPerRequest?.['postgres']?.toFixed(2) ?? '–',
  autocannon: figures?.cpuMsPerRequest?.['load generator']?.toFixed(2) ?? '–',
})

/** The cached gateway's answers by x-response-cache value, e.g. `hit 9120, coalesced 15, miss 1`. */
const cacheColumn = (figures: LoadFigures | undefined) =>
  Object.entries(figures?.cacheResults ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([result, count]) => `${result} ${count}`)
    .join(', ') || '–'

const ratio = (a: number | undefined, b: number | undefined, digits = 2) =>
  a !== undefined && b ? (a / b).toFixed(digits) : '–'

export function printThroughput(result: ThroughputResult, stack: Pick<GatewayStack, ServerKey>): void {
  const operations = Object.keys(result.figures) as BenchOperationName[]
  console.log(
    `\nGateway throughput and latency (${result.connections} connections, ${result.seconds} s ` +
      `per case, POST /graphql, anonymous)`,
  )
  console.table(
    operations.flatMap((operation) =>
      SERVER_KEYS.filter((key) => key !== 'floor' && result.figures[operation][key]).map((key) => {
        const figures = result.figures[operation][key]
        return {
          operation,
          gateway: stack[key].name,
          'req/s': figures?.requestsPerSecond.toFixed(0),
          'p50 ms': figures?.p50Ms.toFixed(1),
          'p95 ms': figures?.p95Ms.toFixed(1),
          ...cpuColumns(figures),
          'x-response-cache': cacheColumn(figures),
        }
      }),
    ),
  )
  const hasGateways = operations.some((operation) => result.figures[operation].hive ?? result.figures[operation].cached)
  if (hasGateways) {
    console.log(
      'Ratios (throughput): ours uncached ÷ Hive, both as shipped (merging identical in-flight ' +
        'subgraph fetches) and both without it (target ≥ 1.2); ours cached ÷ ours uncached (target ≥ 20)',
    )
    console.table(
      operations.map((operation) => {
        const row = result.figures[operation]
        return {
          operation,
          'uncached ÷ Hive req/s': ratio(row.uncached?.requestsPerSecond, row.hive?.requestsPerSecond),
          'Hive p50 ÷ uncached p50': ratio(row.hive?.p50Ms, row.uncached?.p50Ms),
          'no dedup: ours ÷ Hive req/s': ratio(
            row.uncachedNoDedup?.requestsPerSecond,
            row.hiveNoDedup?.requestsPerSecond,
          ),
          'cached ÷ uncached req/s': ratio(row.cached?.requestsPerSecond, row.uncached?.requestsPerSecond, 1),
          'uncached p50 ÷ cached p50': ratio(row.uncached?.p50Ms, row.cached?.p50Ms, 1),
        }
      }),
    )
  }
  if (operations.some((operation) => result.figures[operation].floor)) printFloor(result, operations)
}

/** The SQL floor next to the gateway: what the same answers cost as one hand-written statement. */
function printFloor(result: ThroughputResult, operations: BenchOperationName[]): void {
  console.log('\nSQL floor: one hand-written statement per operation (json_agg) behind plain node:http, same load')
  console.table(
    operations.map((operation) => {
      const row = result.figures[operation]
      return {
        operation,
        'floor req/s': row.floor?.requestsPerSecond.toFixed(0),
        'floor p50 ms': row.floor?.p50Ms.toFixed(1),
        'floor p95 ms': row.floor?.p95Ms.toFixed(1),
        'floor CPU ms/req: server': row.floor?.cpuMsPerRequest?.['server']?.toFixed(2) ?? '–',
        postgres: row.floor?.cpuMsPerRequest?.['postgres']?.toFixed(2) ?? '–',
        'uncached p50 ÷ floor p50 (target ≤ 2)': ratio(row.uncached?.p50Ms, row.floor?.p50Ms),
        'uncached, dedup off p50 ÷ floor p50': ratio(row.uncachedNoDedup?.p50Ms, row.floor?.p50Ms),
        'as shipped (cached) p50 ÷ floor p50': ratio(row.cached?.p50Ms, row.floor?.p50Ms),
        'floor req/s ÷ uncached req/s': ratio(row.floor?.requestsPerSecond, row.uncached?.requestsPerSecond),
      }
    }),
  )
}
