import { randomUUID } from 'node:crypto'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { inject } from 'vitest'
import { createDatabase, type Database } from '../../lib/db/database.js'
import { migrateToLatest, MIGRATIONS_DIR } from '../../lib/db/migrate.js'

/** The last migration of the previous release (main before issue #20): what an upgraded database has. */
export const PREVIOUS_RELEASE_LAST_MIGRATION = '0043_agreement_cost_sharing'

export interface ScratchDatabase {
  db: Database
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
