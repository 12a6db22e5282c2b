import { to as copyTo } from 'pg-copy-streams'
import type { Writable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import { withDedicatedConnection, type Database } from '../../../lib/db/database.js'
import { regionalFeedFiles } from './regional-feed.sql.js'

/** Who publishes the merged feed: the coordinator of the agreement's transit field (岩見沢市). */
const PUBLISHER = { name: '南空知地域公共交通連携（岩見沢市）', url: 'https://www.city.iwamizawa.hokkaido.jp/' }

/**
 * Writes the merged regional GTFS-JP feed — every operator's ACTIVE version, ids prefixed per
 * source, one feed_info — as a zip to `output`. Each file is a `COPY (SELECT …) TO STDOUT` streamed
 * straight into the zip: memory stays flat however large the feeds, and all files come from one
 * REPEATABLE READ snapshot, so an import committing meanwhile cannot mix two versions. If any
 * source is sample data, feed_version says so.
 */
export async function writeRegionalFeed(db: Database, output: Writable): Promise<void> {
  await withDedicatedConnection(db, async (_session, client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const sample = await client.query<{ sample: boolean; updated: Date | null }>(
      `SELECT coalesce(bool_or(is_sample), false) AS sample, max(imported_at) AS updated FROM transit.feed_version WHERE status = 'ACTIVE'`,
    )
    const { sample: hasSample, updated } = sample.rows[0] ?? { sample: false, updated: null }
    const version = `${(updated ?? new Date(0)).toISOString().slice(0, 10).replaceAll('-', '')}${hasSample ? '-sample' : ''}`
    const zip = new ZipFile()
    const writing = pipeline(zip.outputStream, output)
    // One COPY at a time on this connection, each entry added when the previous one has been read.
    for (const file of regionalFeedFiles({ ...PUBLISHER, version })) {
      const rows = client.query(copyTo(`COPY (${file.select}) TO STDOUT WITH (FORMAT csv, HEADER true)`))
      zip.addReadStream(rows, file.name, { mtime: updated ?? new Date(0) })
      // `writing` only settles early by failing (the client went away): then stop waiting for the COPY.
      await Promise.race([finished(rows), writing])
    }
    zip.end()
    await writing
    await client.query('COMMIT')
  })
}
