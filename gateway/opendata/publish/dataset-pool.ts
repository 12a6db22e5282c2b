import { availableParallelism } from 'node:os'
import type { AnyDataset, SharedSource } from '../dataset.js'

/**
 * Builds at once. The publisher mostly waits on round trips (gateway → subgraph → PostgreSQL), and the
 * regional GTFS-JP zip (a streamed COPY of every stop_time) takes as long as all tables together, so running a few
 * at once overlaps the waits and hides the zip behind the tables; one more than the cores keeps the machine busy
 * without piling up open files and pages (each build holds one page and its own writers).
 */
export const DATASET_CONCURRENCY = availableParallelism() + 1

/**
 * What one build makes: a dataset alone, or every table that shares one read (dataset.ts `SharedSource`: the
 * shelter lists and their status), so that the read is made once for all of them. Units are in the datasets'
 * order, a shared unit at its first table's place, its tables in their own order.
 */
export function buildUnits(datasets: readonly AnyDataset[]): AnyDataset[][] {
  const units: AnyDataset[][] = []
  const bySource = new Map<SharedSource<unknown>, AnyDataset[]>()
  for (const dataset of datasets) {
    const source = dataset.kind === 'table' ? dataset.shared?.source : undefined
    const shared = source && bySource.get(source)
    if (shared) {
      shared.push(dataset)
      continue
    }
    const unit = [dataset]
    units.push(unit)
    if (source) bySource.set(source, unit)
  }
  return units
}

/**
 * Builds every dataset, a unit (`buildUnits`) at a time with at most `concurrency` units at once, and returns the
 * results in the datasets' order (the manifest's order, so the release is the same whatever finishes first);
 * `build` returns one result per dataset of its unit, in the unit's order. File datasets start first: each is one
 * long download, best started before the many short table queries that can run beside it.
 */
export async function buildAll<T>(
  datasets: readonly AnyDataset[],
  build: (unit: readonly AnyDataset[]) => Promise<T[]>,
  concurrency = DATASET_CONCURRENCY,
): Promise<T[]> {
  const results = new Array<T>(datasets.length)
  const indexOf = new Map(datasets.map((dataset, index) => [dataset, index]))
  const isFile = (unit: readonly AnyDataset[]) => Number(unit[0]?.kind === 'file')
  const order = buildUnits(datasets)
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => isFile(b.unit) - isFile(a.unit) || a.index - b.index)
  let next = 0
  const worker = async () => {
    while (next < order.length) {
      const item = order[next++]
      if (!item) continue
      const built = await build(item.unit)
      item.unit.forEach((dataset, position) => {
        const index = indexOf.get(dataset)
        if (index !== undefined) results[index] = built[position] as T
      })
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, order.length)) }, worker))
  return results
}
