import type { ColdStartResult } from './cold-start.js'
import type { ThroughputResult } from './gateway-throughput.js'
import type { BenchOperationName } from './operations.js'
import type { PublishResult } from './opendata-publish.js'
import type { StatementCount } from './statement-counts.js'

/**
 * One target of issue #19 as `.bench/results.json`'s `summary` has it: our figure, the baseline measured in the
 * same run, their ratio, the target in words and whether it is met. Entries measured on the scale data carry how
 * many municipalities that database serves.
 */
export interface SummaryEntry {
  name: string
  ours: number
  baseline: number
  ratio: number
  target: string
  met: boolean
  municipalities?: number
}

/** ours ÷ baseline with the comparison the target names (`atMost`: ≤, else ≥). */
function entry(name: string, ours: number, baseline: number, target: string, limit: number, atMost: boolean) {
  const ratio = ours / baseline
  return { name, ours, baseline, ratio, target, met: atMost ? ratio <= limit : ratio >= limit }
}

/**
 * Per operation: uncached p50 against the SQL floor's (≤ 2×), uncached req/s against Hive Gateway's as shipped
 * (≥ 1.2×), cached req/s against uncached (≥ 20×); each only when both sides were measured (BENCH_ONLY).
 */
export function throughputSummary(result: ThroughputResult): SummaryEntry[] {
  return (Object.keys(result.figures) as BenchOperationName[]).flatMap((operation) => {
    const { uncached, floor, hive, cached } = result.figures[operation]
    if (!uncached) return []
    return [
      ...(floor
        ? [entry(`${operation}: uncached p50 ÷ SQL floor p50 (ms)`, uncached.p50Ms, floor.p50Ms, '≤ 2×', 2, true)]
        : []),
      ...(hive
        ? [
            entry(
              `${operation}: uncached ÷ @graphql-hive/gateway throughput (req/s)`,
              uncached.requestsPerSecond,
              hive.requestsPerSecond,
              '≥ 1.2×',
              1.2,
              false,
            ),
          ]
        : []),
      ...(cached
        ? [
            entry(
              `${operation}: cached ÷ uncached throughput (req/s)`,
              cached.requestsPerSecond,
              uncached.requestsPerSecond,
              '≥ 20×',
              20,
              false,
            ),
          ]
        : []),
    ]
  })
}

/** Per operation: statements at the scale data against the nine-town sample; met only when identical. */
export function statementSummary(counts: readonly StatementCount[]): SummaryEntry[] {
  return counts
    .filter((count) => count.size === 'scale')
    .flatMap((scale) => {
      const sample = counts.find((count) => count.size === 'sample' && count.operation === scale.operation)
      if (!sample) return []
      return [
        {
          ...entry(
            `${scale.operation}: SQL statements at ${scale.municipalities} ` +
              `÷ at ${sample.municipalities} municipalities`,
            scale.total,
            sample.total,
            'identical',
            1,
            true,
          ),
          met: scale.total === sample.total,
          municipalities: scale.municipalities,
        },
      ]
    })
}

/** Publish at scale against COPY of the same rows (≤ 3×), and the publisher's peak RSS against its sample-size peak. */
export function publishSummary(sample: PublishResult | undefined, scale: PublishResult | undefined): SummaryEntry[] {
  if (!scale) return []
  const { municipalities } = scale
  return [
    {
      ...entry(
        'open-data publish of the scale data ÷ COPY of the same rows (s)',
        scale.publishSeconds,
        scale.copySeconds,
        '≤ 3×',
        3,
        true,
      ),
      municipalities,
    },
    ...(sample
      ? [
          {
            ...entry(
              'publisher peak RSS at the scale data ÷ at the sample (MiB)',
              scale.publisherPeakRssMiB,
              sample.publisherPeakRssMiB,
              '≤ 1.2×',
              1.2,
              true,
            ),
            municipalities,
          },
        ]
      : []),
  ]
}

/**
 * `npm start` over the scale database to the first answer (target ≤ 5 s), against the restart over the nine-town
 * sample's data directory in the same run (both without initdb or seeding).
 */
export function coldStartSummary(result: ColdStartResult): SummaryEntry[] {
  const { scaleAttached } = result
  if (!scaleAttached) return []
  return [
    {
      ...entry(
        'cold start with the scale database attached ÷ restart at the sample, to the first answer (s)',
        scaleAttached.seconds,
        result.restartSeconds,
        '≤ 5 s',
        Infinity,
        true,
      ),
      met: scaleAttached.seconds <= 5,
      municipalities: scaleAttached.municipalities,
    },
  ]
}

/** The summary as one table: figures rounded for reading (results.json keeps them whole). */
export function printSummary(summary: readonly SummaryEntry[]): void {
  const round = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2))
  console.log('\nSummary: the targets of issue #19, ours against the baseline measured in the same run')
  console.table(
    summary.map((item) => ({
      name: item.name,
      ours: round(item.ours),
      baseline: round(item.baseline),
      ratio: `${round(item.ratio)}×`,
      target: item.target,
      met: item.met ? 'yes' : 'NO',
      municipalities: item.municipalities ?? '',
    })),
  )
}
