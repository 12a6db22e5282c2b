import { randomUUID } from 'node:crypto'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { sql } from 'kysely'
import { inject } from 'vitest'
import { createDatabase, type Database } from '../../lib/db/database.js'
import { migrateToLatest, MIGRATIONS_DIR } from '../../lib/db/migrate.js'

/** The last migration of the previous release (the last landed main): what an upgraded database has. */
export const PREVIOUS_RELEASE_LAST_MIGRATION = '0131_shelter_latest_report'

export interface ScratchDatabase {
  db: Database
  url: string
  drop: () => Promise<void>
}

/**
 * An empty database on the test server (not cloned from the migrated template), for tests of the migrations
 * themselves: which files apply, in which order, and what they build.
 */
export async function createEmptyDatabase(): Promise<ScratchDatabase> {
  const { adminUrl } = inject('postgres')
  const name = `scratch_${randomUUID().replaceAll('-', '').slice(0, 20)}`
  const server = createDatabase({ url: adminUrl, poolMax: 1 })
  await sql`create database ${sql.id(name)}`.execute(server)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const db = createDatabase({ url: url.toString(), poolMax: 2 })
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy()
      await sql`drop database ${sql.id(name)} with (force)`.execute(server)
      await server.destroy()
    },
  }
}

/** A temporary copy of `sql/migrations/` holding the files up to and including `last` (all when omitted). */
export async function copyMigrations(last?: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'migrations-'))
  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.sql'))
  for (const file of files) {
    if (last === undefined || file.replace(/\.sql$/, '') <= last)
      await copyFile(join(MIGRATIONS_DIR, file), join(dir, file))
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * migrateToLatest, one scratch database of the whole test run at a time: the first migrations create roles and
 * set their options, which are cluster-wide, and two databases migrating at once race on those catalog rows
 * ("tuple concurrently updated"). An advisory lock in the server's maintenance database serialises them.
 */
export async function migrateScratch(scratch: ScratchDatabase, dir?: string): Promise<string[]> {
  const server = createDatabase({ url: inject('postgres').adminUrl, poolMax: 1 })
  try {
    return await server.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(hashtext('test: migrate a scratch database'))`.execute(connection)
      try {
        return await migrateToLatest(scratch.db, dir)
      } finally {
        await sql`select pg_advisory_unlock(hashtext('test: migrate a scratch database'))`.execute(connection)
      }
    })
  } finally {
    await server.destroy()
  }
}

/**
 * Fills the domain tables of `target` (an older schema) with the rows of `source` (a seeded database at the
 * latest schema), columns both have, as the previous release's own seed would have: today's seed code writes
 * tables an older schema does not have yet. Foreign keys and triggers are off while copying (replica role).
 * Reference rows the migrations inserted are replaced by the source's.
 */
export async function copyDomainRows(sourceUrl: string, targetUrl: string): Promise<void> {
  const source = new pg.Client({ connectionString: sourceUrl })
  const target = new pg.Client({ connectionString: targetUrl })
  await Promise.all([source.connect(), target.connect()])
  try {
    const [sourceColumns, targetColumns] = await Promise.all([domainColumns(source), domainColumns(target)])
    await target.query("set session_replication_role = 'replica'")
    // Rows the migrations themselves inserted (reference lists) come again from the source. Cascade: tables
    // outside the domain schemas may reference them (app.webhook_subscription → agreement.municipality); a freshly
    // migrated database has no rows there.
    await target.query(`truncate ${[...targetColumns.keys()].join(', ')} cascade`)
    await addStopTimePartitions(source, target)
    for (const [table, columns] of targetColumns) {
      const shared = columns.filter((column) => sourceColumns.get(table)?.includes(column))
      if (shared.length === 0) continue
      const list = shared.map((column) => `"${column}"`).join(', ')
      await pipeline(
        source.query(copyTo(`copy (select ${list} from ${table}) to stdout`)),
        target.query(copyFrom(`copy ${table} (${list}) from stdin`)),
      )
    }
  } finally {
    await Promise.all([source.end(), target.end()])
  }
}

/**
 * From migration 0124 on, transit.gtfs_stop_time keeps its rows in a partition per feed version: the target gets
 * one for each version the source has stop_times of, as the sample seed makes them, before the rows are copied.
 */
async function addStopTimePartitions(source: pg.Client, target: pg.Client): Promise<void> {
  const partitioned = await target.query<{ yes: boolean }>(
    `select to_regproc('transit.add_stop_time_partition') is not null as yes`,
  )
  if (partitioned.rows[0]?.yes !== true) return
  const { rows } = await source.query<{ version: string }>(
    'select distinct feed_version_id as version from transit.gtfs_stop_time',
  )
  for (const { version } of rows) await target.query('select transit.add_stop_time_partition($1)', [version])
}

/** Each domain table (schema-qualified) with its stored, non-generated columns. */
async function domainColumns(client: pg.Client): Promise<Map<string, string[]>> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    select c.oid::regclass::text as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname in ('agreement', 'disaster', 'transit', 'ict') and c.relkind in ('r', 'p')
    group by 1 order by 1`)
  return new Map(rows.map((row) => [row.name, row.columns]))
}
