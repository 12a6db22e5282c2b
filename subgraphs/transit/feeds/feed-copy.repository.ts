import { stringify } from 'csv-stringify/sync'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { GtfsTable } from './gtfs-tables.js'

/**
 * Streams rows into a table with COPY FROM STDIN (CSV): the fastest way into PostgreSQL, with
 * memory bounded by the stream buffers however many rows come. The feed version id is the first
 * column of every GTFS table. Runs on the caller's connection, inside its transaction.
 *
 * PostgreSQL refuses COPY FROM into a table under row-level security, so rows are COPYed into a
 * temporary table of the same shape (dropped at commit) and moved with one INSERT … SELECT, where
 * the policies check them as they would any insert.
 */
const BATCH_ROWS = 2000

export async function copyFeedRows(
  client: pg.PoolClient,
  table: GtfsTable,
  feedVersionId: string,
  rows: AsyncIterable<(string | number | null)[]>,
): Promise<void> {
  const columns = ['feed_version_id', ...table.columns].map((column) => `"${column}"`).join(', ')
  const stage = `stage_${table.table.replace(/\W/g, '_')}`
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (LIKE ${table.table}) ON COMMIT DROP`)
  const copy = client.query(copyFrom(`COPY ${stage} (${columns}) FROM STDIN WITH (FORMAT csv)`))
  // Rows go to COPY in CSV chunks of BATCH_ROWS: one socket write per row would cost a system call
  // each and make the load ten times slower than COPY itself.
  async function* chunks() {
    let batch: (string | number | undefined)[][] = []
    for await (const row of rows) {
      // csv-stringify writes undefined as an empty unquoted field, which COPY reads as NULL.
      batch.push([feedVersionId, ...row.map((value) => (value === null ? undefined : value))])
      if (batch.length === BATCH_ROWS) {
        yield stringify(batch)
        batch = []
      }
    }
    if (batch.length > 0) yield stringify(batch)
  }
  await pipeline(Readable.from(chunks()), copy)
  await client.query(`INSERT INTO ${table.table} (${columns}) SELECT ${columns} FROM ${stage}`)
}
