import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { Readable, type Writable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import { withDedicatedConnection, type Database } from '../../../lib/db/database.js'
import { FILE_SPECS, MODELLED_FILES } from '../gtfs/feed-spec.js'
import { expandExtras, keptRows, withHeader } from './regional-feed-streams.js'
import {
  FILE_COLUMNS_SQL,
  KEPT_FILE_ROWS_SQL,
  MODELLED_FILES_SQL,
  NON_EMPTY_FILES_SQL,
  SETTINGS,
  SOURCES,
  SOURCES_IN_ORDER_SQL,
  selectOf,
} from './regional-feed.sql.js'
import { TRANSLATION_HEADER, TRANSLATIONS_SQL } from './regional-translations.sql.js'

/** Who publishes the merged feed: the coordinator of the agreement's transit field (岩見沢市). */
const PUBLISHER = { name: '南空知地域公共交通連携（岩見沢市）', url: 'https://www.city.iwamizawa.hokkaido.jp/' }

/** Each source's agency for rows that leave it implicit (a fare of a single-agency feed). */
const SOURCE_AGENCY_SQL = `WITH ${SOURCES}
  SELECT p.prefix, p.prefix || coalesce(nullif(min(a.agency_id), ''), 'agency') AS agency_id
  FROM sources p LEFT JOIN transit.gtfs_agency a ON a.feed_version_id = p.version_id GROUP BY p.prefix`

/** What the active feeds hold per file: the union of kept headers and of extra columns, first seen first. */
interface FileColumns {
  header: string[]
  extras: string[]
  rows: number
}

async function fileColumns(client: pg.PoolClient): Promise<Map<string, FileColumns>> {
  const result = await client.query<{
    file_name: string
    header: string[]
    extra_columns: string[]
    row_count: number
  }>(FILE_COLUMNS_SQL)
  const files = new Map<string, FileColumns>()
  for (const row of result.rows) {
    const file = files.get(row.file_name) ?? { header: [], extras: [], rows: 0 }
    for (const column of row.header) if (!file.header.includes(column)) file.header.push(column)
    for (const column of row.extra_columns) if (!file.extras.includes(column)) file.extras.push(column)
    file.rows += row.row_count
    files.set(row.file_name, file)
  }
  return files
}

/** Kept files in the order of the specification, then extension files by name; never header-only. */
function keptFileNames(files: Map<string, FileColumns>): string[] {
  const known = Object.keys(FILE_SPECS)
  return [...files.entries()]
    .filter(([name, file]) => !MODELLED_FILES.has(name) && name !== 'translations.txt' && file.rows > 0)
    .map(([name]) => name)
    .sort((a, b) => {
      const [ia, ib] = [known.indexOf(a), known.indexOf(b)]
      if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib)
      return a < b ? -1 : 1
    })
}

/** The streams of every file of the merged feed, in order, each started when the zip is ready for it. */
async function* feedFiles(client: pg.PoolClient): AsyncGenerator<{ name: string; rows: () => Readable }> {
  const copyAll = (select: string) => client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`))
  const sources = (await client.query<{ version_id: string; prefix: string }>(SOURCES_IN_ORDER_SQL)).rows
  // A per-source file: one COPY per source in turn, each started when the previous one has been read.
  const copyBySource = (select: string) =>
    Readable.from(
      (async function* () {
        for (const source of sources) {
          await client.query('SELECT set_config($1, $2, true), set_config($3, $4, true)', [
            SETTINGS.source,
            source.version_id,
            SETTINGS.sourcePrefix,
            source.prefix,
          ])
          yield* copyAll(select)
        }
      })(),
    )
  const nonEmpty = new Set((await client.query<{ name: string }>(NON_EMPTY_FILES_SQL)).rows.map((row) => row.name))
  const files = await fileColumns(client)
  for (const file of MODELLED_FILES_SQL) {
    if (!nonEmpty.has(file.name)) continue
    const extras = files.get(file.name)?.extras ?? []
    const copy = file.bySource ? copyBySource : copyAll
    yield {
      name: file.name,
      rows: () =>
        extras.length === 0 || !file.alias
          ? withHeader(file.header, copy(selectOf(file, false)))
          : expandExtras(copy(selectOf(file, true)), file.header, extras),
    }
  }
  const agencies = new Map(
    (await client.query<{ prefix: string; agency_id: string }>(SOURCE_AGENCY_SQL)).rows.map((r) => [
      r.prefix,
      r.agency_id,
    ]),
  )
  for (const name of keptFileNames(files)) {
    await client.query('SELECT set_config($1, $2, true)', [SETTINGS.keptFile, name])
    const header = files.get(name)?.header ?? []
    // Once feeds are merged there are several agencies: GTFS then wants each fare's agency named.
    const withAgency =
      name === 'fare_attributes.txt' && !header.includes('agency_id') ? [...header, 'agency_id'] : header
    const fill = (column: string, prefix: string) =>
      name === 'fare_attributes.txt' && column === 'agency_id' ? agencies.get(prefix) : undefined
    yield { name, rows: () => keptRows(copyAll(KEPT_FILE_ROWS_SQL), withAgency, fill) }
  }
  if ((files.get('translations.txt')?.rows ?? 0) > 0)
    yield { name: 'translations.txt', rows: () => withHeader(TRANSLATION_HEADER, copyAll(TRANSLATIONS_SQL)) }
}

/**
 * Raised whenever the feed written for the same data changes (a column, a file, the publisher, the zip's layout): it
 * is part of the ETag, so clients holding a feed made by the earlier code download it again instead of being told
 * theirs is current.
 */
const REGIONAL_FEED_FORMAT = 1

/**
 * The feed's ETag: the transit domain's data version (app.data_version, raised at the commit of every transaction
 * that wrote a transit table) as of the snapshot the feed is built from, which database it is (`identity`, below:
 * two databases count their versions each from 1, and a publisher or a client may be pointed at another one), and
 * the format above. Weak: two builds of one version hold the same files, but the tag promises the content, not the
 * zip's bytes.
 */
const regionalFeedTag = (transitVersion: string, identity: string) =>
  `W/"transit-${transitVersion}-${identity}-f${REGIONAL_FEED_FORMAT}"`

/**
 * The transit version and which database it counts in: the cluster (its system identifier, made by initdb), its
 * timeline (a point-in-time recovery starts a new one, and may count versions again from an earlier value) and the
 * database's oid (a database dropped and made again gets another), hashed to 12 hex digits. A server that does not let
 * this role read its control data (some managed services) leaves the cluster's part out.
 */
const TRANSIT_VERSION_SQL = `
  SELECT v.version::text AS version,
         left(md5(concat_ws('/',
           CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
                 AND has_function_privilege('pg_catalog.pg_control_checkpoint()', 'EXECUTE')
                THEN (SELECT system_identifier::text FROM pg_control_system()) || '.' ||
                     (SELECT timeline_id::text FROM pg_control_checkpoint()) END,
           (SELECT oid::text FROM pg_database WHERE datname = current_database()))), 12) AS identity
  FROM app.data_version v WHERE v.domain = 'transit'`

/**
 * Writes the merged regional GTFS-JP feed — every operator's ACTIVE version with every file it had,
 * ids prefixed per source, one feed_info — as a zip. Each file is a `COPY (SELECT …) TO
 * STDOUT` streamed into the zip: memory stays flat however large the feeds, and all files come from
 * one REPEATABLE READ snapshot, so an import committing meanwhile cannot mix two versions. If any
 * source is sample data, feed_version says so.
 *
 * `outputFor` is told the feed's ETag as of that snapshot before anything is built, and returns where to write the
 * zip — or nothing, when the caller already has this version or a copy of it (then nothing is built).
 */
export async function writeRegionalFeed(
  db: Database,
  outputFor: (etag: string) => Writable | undefined | Promise<Writable | undefined>,
): Promise<void> {
  await withDedicatedConnection(db, async (_session, client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const [transit] = (await client.query<{ version: string; identity: string }>(TRANSIT_VERSION_SQL)).rows
    if (!transit) throw new Error('app.data_version has no transit row: the database is not migrated')
    const output = await outputFor(regionalFeedTag(transit.version, transit.identity))
    if (!output) {
      await client.query('COMMIT')
      return
    }
    const sample = await client.query<{ sample: boolean; updated: Date | null }>(
      `SELECT coalesce(bool_or(is_sample), false) AS sample, max(imported_at) AS updated
       FROM transit.feed_version WHERE status = 'ACTIVE'`,
    )
    const { sample: hasSample, updated } = sample.rows[0] ?? { sample: false, updated: null }
    const day = (updated ?? new Date(0)).toISOString().slice(0, 10).replaceAll('-', '')
    const version = `${day}${hasSample ? '-sample' : ''}`
    // COPY takes no parameters: the values travel as transaction-local settings, set with parameters.
    // IntervalStyle `postgres`: the times of stop_times are intervals printed as H:MM:SS (regional-feed.sql.ts).
    await client.query(
      'SELECT set_config($1, $2, true), set_config($3, $4, true), set_config($5, $6, true), set_config($7, $8, true)',
      [
        SETTINGS.publisherName,
        PUBLISHER.name,
        SETTINGS.publisherUrl,
        PUBLISHER.url,
        SETTINGS.version,
        version,
        'intervalstyle',
        'postgres',
      ],
    )
    const zip = new ZipFile()
    const writing = pipeline(zip.outputStream, output)
    // One COPY at a time on this connection, each entry added when the previous one has been read.
    for await (const file of feedFiles(client)) {
      const rows = file.rows()
      zip.addReadStream(rows, file.name, { mtime: updated ?? new Date(0) })
      // `writing` only settles early by failing (the client went away): then stop waiting for the COPY.
      await Promise.race([finished(rows), writing])
    }
    zip.end()
    await writing
    await client.query('COMMIT')
  })
}
