import { isDeepStrictEqual } from 'node:util'
import autocannon from 'autocannon'
import type { BenchOperation } from './operations.js'

/** Fixed concurrency: enough to keep a gateway busy on a small machine, the same for every server. */
export const CONNECTIONS = 16
const WARMUP_SECONDS = 2

export interface LoadFigures {
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  requests: number
  /**
   * CPU milliseconds per request spent in each group of processes (the server, subgraphs, PostgreSQL) and in the
   * load generator itself (autocannon, in this process), which shares the same two cores.
   */
  cpuMsPerRequest?: Record<string, number>
  /** Responses by their `x-response-cache` header (hit, coalesced, miss, bypass), from servers that send it. */
  cacheResults?: Record<string, number>
}

/** Counts the `x-response-cache` value of one response (autocannon hands the headers as a flat name/value list). */
function countCacheResult(headers: unknown, counts: Record<string, number>): void {
  if (!Array.isArray(headers)) return
  for (let i = 0; i < headers.length - 1; i += 2) {
    if (String(headers[i]).toLowerCase() !== 'x-response-cache') continue
    const result = String(headers[i + 1])
    counts[result] = (counts[result] ?? 0) + 1
  }
}

export interface Target {
  name: string
  url: string
  pid?: number
}

/** CPU seconds used so far by each named group of processes. */
export type CpuReading = () => Promise<Record<string, number>>

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0

/**
 * One autocannon run. autocannon's own histogram has p50 and p97.5 but no p95, so every response
 * time is kept and the percentiles taken here. Any non-2xx answer, socket error, timeout, or body
 * containing `"errors"` (verifyBody: a 200 with GraphQL errors) fails the benchmark: fast wrong
 * answers must not count.
 */
function run(target: Target, operation: BenchOperation, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = []
  const cacheResults: Record<string, number> = {}
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
        connections: CONNECTIONS,
        duration: seconds,
        verifyBody: (body) => !String(body).includes('"errors"'),
        // Whether the cached gateway answered from its cache: a load case of misses would measure the wrong thing.
        setupClient: (client) => {
          // Typed as a header map, but autocannon passes its HTTP parser's `{ headers: [name, value, …] }`.
          client.on('headers', (parsed) => {
            countCacheResult(parsed['headers'], cacheResults)
          })
        },
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }))
          return
        }
        const failures = {
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          mismatches: result.mismatches,
        }
        if (Object.values(failures).some((count) => count > 0)) {
          reject(
            new Error(
              `${target.name} ${operation.name}: ${JSON.stringify(failures)} of ${result.requests.total} requests ` +
                `failed`,
            ),
          )
          return
        }
        latencies.sort((a, b) => a - b)
        resolve({
          requestsPerSecond: result.requests.total / (result.duration || seconds),
          p50Ms: percentile(latencies, 0.5),
          p95Ms: percentile(latencies, 0.95),
          requests: result.requests.total,
          ...(Object.keys(cacheResults).length > 0 ? { cacheResults } : {}),
        })
      },
    )
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime))
  })
}

/**
 * A short unrecorded run (JIT, pools, caches warm), then the measured one; with `readCpu`, the CPU
 * time each process group used during the measured run, per request: on a two-core machine where
 * everything competes for the same cores, that says where the time goes better than latency does.
 */
export async function measureLoad(
  target: Target,
  operation: BenchOperation,
  seconds: number,
  readCpu?: CpuReading,
): Promise<LoadFigures> {
  await run(target, operation, WARMUP_SECONDS)
  const before = await readCpu?.()
  const loadGeneratorBefore = process.cpuUsage()
  const figures = await run(target, operation, seconds)
  const loadGenerator = process.cpuUsage(loadGeneratorBefore)
  const after = await readCpu?.()
  if (!before || !after) return figures
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(after).map(([group, cpuSeconds]) => [
      group,
      ((cpuSeconds - (before[group] ?? 0)) * 1000) / figures.requests,
    ]),
  )
  cpuMsPerRequest['load generator'] = (loadGenerator.user + loadGenerator.system) / 1000 / figures.requests
  return { ...figures, cpuMsPerRequest }
}

/** POSTs the operation once and returns `data`, failing on any status but 200 or any GraphQL error. */
export async function answerOf(target: Target, operation: BenchOperation): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: operation.body,
  })
  const text = await response.text()
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown }
  if (response.status !== 200 || body.errors !== undefined || body.data === undefined || body.data === null) {
    throw new Error(`${target.name} ${operation.name}: HTTP ${response.status} ${text.slice(0, 500)}`)
  }
  return body.data
}

/**
 * Before timing anything: every server gives the SAME `data` for the operation (deep-equal after
 * JSON.parse: key order aside, lists in the same order), and not an empty one.
 */
export async function verifySameAnswers(targets: Target[], operation: BenchOperation): Promise<void> {
  const [reference, ...others] = targets
  if (!reference) return
  const expected = await answerOf(reference, operation)
  if (JSON.stringify(expected).length < 40)
    throw new Error(`${operation.name}: suspiciously small answer ${JSON.stringify(expected)}`)
  for (const target of others) {
    const actual = await answerOf(target, operation)
    if (!isDeepStrictEqual(actual, expected)) {
      throw new Error(
        `${operation.name}: ${target.name} answers differently ` +
          `from ${reference.name}:\n${JSON.stringify(actual)}\nvs\n${JSON.stringify(expected)}`,
      )
    }
  }
}
