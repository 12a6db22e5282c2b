import { availableParallelism } from 'node:os'
import type { AnyDataset } from '../dataset.js'

/**
 * Datasets built at once. The publisher mostly waits on round trips (gateway → subgraph → PostgreSQL), and the
 * regional GTFS-JP zip (a streamed COPY of every stop_time) takes as long as all tables together, so running a few
 * at once overlaps the waits and hides the zip behind the tables; one more than the cores keeps the machine busy
 * without piling up open files and pages (each build holds one page and its own writers).
 */
export const DATASET_CONCURRENCY = availableParallelism() + 1

/**
 * Builds every dataset with at most `concurrency` at once and returns the results in the datasets' order (the
 * manifest's order, so the release is the same whatever finishes first). File datasets start first: each is one
 * long download, best started before the many short table queries that can run beside it.
 */
export async function buildAll<T>(
  datasets: readonly AnyDataset[],
  build: (dataset: AnyDataset) => Promise<T>,
  concurrency = DATASET_CONCURRENCY,
): Promise<T[]> {
  const results = new Array<T>(datasets.length)
  const order = datasets
    .map((dataset, index) => ({ dataset, index }))
    .sort((a, b) => Number(b.dataset.kind === 'file') - Number(a.dataset.kind === 'file') || a.index - b.index)
  let next = 0
  const worker = async () => {
    while (next < order.length) {
      const item = order[next++]
      if (item) results[item.index] = await build(item.dataset)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, order.length)) }, worker))
  return results
}
