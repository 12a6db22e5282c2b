import { DEFAULT_FEED_IMPORT_LIMITS, type FeedImportLimits } from '../../../lib/feed-import-limits.js'
import { conflict } from '../../../lib/errors.js'

/**
 * Imports running at once per town (or for the region-wide operators), in this process: a feed
 * import holds a database connection and a CPU for seconds to minutes, so one town uploading in a
 * loop must not take the subgraph from everyone else. The slot is freed only when the import's work
 * has ended (finally), never earlier.
 */
export class ImportGate {
  private readonly running = new Map<string, number>()

  constructor(private readonly max: number) {}

  enter(owner: string | null, label: string): () => void {
    const key = owner ?? 'region'
    const count = this.running.get(key) ?? 0
    if (count >= this.max)
      throw conflict(
        `${count} feed import(s) of ${label} are already running (at most ${this.max} at once): ` +
          'try again when one has finished.',
      )
    this.running.set(key, count + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.running.get(key) ?? 1) - 1
      if (left === 0) this.running.delete(key)
      else this.running.set(key, left)
    }
  }

  /** Imports running now (all towns), for tests and metrics. */
  get size(): number {
    let total = 0
    for (const count of this.running.values()) total += count
    return total
  }
}

/** The limits and the gate of one transit subgraph instance, shared by its requests. */
export interface FeedImports {
  limits: FeedImportLimits
  gate: ImportGate
}

export const createFeedImports = (limits: FeedImportLimits = DEFAULT_FEED_IMPORT_LIMITS): FeedImports => ({
  limits,
  gate: new ImportGate(limits.maxConcurrentPerTown),
})
