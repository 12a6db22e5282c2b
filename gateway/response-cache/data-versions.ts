import type pg from 'pg'

/**
 * The database's data versions (app.data_version, sql/migrations/0008_data_versions.sql) as one
 * string: it changes at the commit of every transaction that wrote a domain table, whoever wrote it.
 *
 * `current()` resolves with a value read by a statement that *started after the call*: a read already
 * under way may have started before a write the caller has seen return, so joining it could serve a
 * stale answer. Callers that arrive while a read runs share the next one, so under load the cost is
 * one small statement per round trip, not one per request.
 */
export class DataVersions {
  private inFlight: Promise<string> | undefined
  private next: Promise<string> | undefined

  constructor(
    private readonly read: () => Promise<string>,
    readonly close: () => Promise<void> = async () => {},
  ) {}

  /** Reads app.data_version through `pool` (the gateway_svc role), and ends the pool on close. */
  static fromPool(pool: pg.Pool): DataVersions {
    return new DataVersions(
      async () => {
        const { rows } = await pool.query<{ versions: string | null }>(
          `SELECT string_agg(domain || ':' || version, ',' ORDER BY domain) AS versions FROM app.data_version`,
        )
        const versions = rows[0]?.versions
        if (!versions) throw new Error('app.data_version is empty: the database is not migrated')
        return versions
      },
      () => pool.end(),
    )
  }

  current(): Promise<string> {
    if (!this.inFlight) return this.launch()
    this.next ??= this.inFlight.then(
      () => this.launchNext(),
      () => this.launchNext(),
    )
    return this.next
  }

  private launchNext(): Promise<string> {
    this.next = undefined
    return this.launch()
  }

  private launch(): Promise<string> {
    const read = this.read().finally(() => {
      if (this.inFlight === read) this.inFlight = undefined
    })
    this.inFlight = read
    return read
  }
}
