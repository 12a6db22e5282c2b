import type pg from 'pg'

/** Callers that asked since the last read was launched: they share the next one. */
interface Batch {
  promise: Promise<string>
  resolve: (versions: string) => void
  reject: (error: unknown) => void
}

function newBatch(): Batch {
  let resolve: Batch['resolve'] = () => {}
  let reject: Batch['reject'] = () => {}
  const promise = new Promise<string>((resolveRead, rejectRead) => {
    resolve = resolveRead
    reject = rejectRead
  })
  return { promise, resolve, reject }
}

/** Reads at once at most: each on its own pooled connection (the pool of DataVersions.fromPool has as many). */
export const DEFAULT_CONCURRENT_READS = 2

/**
 * The database's data versions (app.data_version, sql/migrations/0008_data_versions.sql) as one
 * string: it changes at the commit of every transaction that wrote a domain table, whoever wrote it.
 * It starts with which database counts them (its oid) and since when its server runs: a database
 * restored to an earlier point (a point-in-time recovery restarts the server; a dump is restored into a
 * new database) counts again from lower values, and its next writes could reach a value seen before
 * with other data — then an answer stored or fetched before the restore must not match.
 *
 * `current()` resolves with a value read by a statement that *started after the call*: a read already
 * under way may have started before a write the caller has seen return, so joining it could serve a
 * stale answer. The callers of one turn of the event loop share one read, launched at the end of that
 * turn (`setImmediate`); while `concurrentReads` reads are under way, later callers gather for the next,
 * launched as soon as one finishes. So under load the cost is one small prepared statement per turn, and
 * a caller waits for at most one read besides its own, never for a queue of them.
 */
export class DataVersions {
  /**
   * The value of the last read that completed, undefined until one has: a fetch sent now starts after that read, so
   * every write it counted had committed before the fetch began (InFlightFetches relies on this).
   */
  latest: string | undefined
  private waiting: Batch | undefined
  private launchScheduled = false
  private reading = 0

  constructor(
    private readonly read: () => Promise<string>,
    readonly close: () => Promise<void> = async () => {},
    private readonly concurrentReads = DEFAULT_CONCURRENT_READS,
  ) {}

  /** Reads app.data_version through `pool` (the gateway_svc role), and ends the pool on close. */
  static fromPool(pool: pg.Pool, concurrentReads = DEFAULT_CONCURRENT_READS): DataVersions {
    // Named: each connection parses and plans it once, then only binds and executes it.
    const statement = {
      name: 'gateway-data-versions',
      text: `SELECT (SELECT oid FROM pg_database WHERE datname = current_database())
                      || '@' || extract(epoch FROM pg_postmaster_start_time()) AS database,
                    string_agg(domain || ':' || version, ',' ORDER BY domain) AS versions
               FROM app.data_version`,
    }
    return new DataVersions(
      async () => {
        const { rows } = await pool.query<{ database: string; versions: string | null }>(statement)
        const [row] = rows
        if (!row?.versions) throw new Error('app.data_version is empty: the database is not migrated')
        return `${row.database} ${row.versions}`
      },
      () => pool.end(),
      concurrentReads,
    )
  }

  current(): Promise<string> {
    this.waiting ??= newBatch()
    const { promise } = this.waiting
    this.scheduleLaunch()
    return promise
  }

  private scheduleLaunch(): void {
    if (this.launchScheduled || this.reading >= this.concurrentReads) return
    this.launchScheduled = true
    setImmediate(() => {
      this.launchScheduled = false
      this.launch()
    })
  }

  /** Starts the read every caller waiting so far shares: each of them asked before it was launched. */
  private launch(): void {
    const batch = this.waiting
    if (!batch || this.reading >= this.concurrentReads) return
    this.waiting = undefined
    this.reading += 1
    let read: Promise<string>
    try {
      read = this.read()
    } catch (error) {
      read = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    const remembered = read.then((versions) => {
      this.latest = versions
      return versions
    })
    void remembered.then(batch.resolve, batch.reject).finally(() => {
      this.reading -= 1
      if (this.waiting) this.scheduleLaunch()
    })
  }
}
