import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dumpSchema } from '../lib/db/schema-dump/dump-schema.js'
import { SCHEMA_SNAPSHOT_FILE } from '../lib/db/schema-dump/snapshot-file.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'
import {
  copyDomainRows,
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  PREVIOUS_RELEASE_LAST_MIGRATION,
  type ScratchDatabase,
} from './support/scratch-database.js'

/** Rows per table of the domain schemas, to show that an upgrade keeps the data. */
async function rowCounts(db: ScratchDatabase['db']) {
  const tables = await sql<{ name: string }>`
    select c.oid::regclass::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('agreement', 'disaster', 'transit', 'ict') and c.relkind in ('r', 'p')
    and not c.relispartition order by 1`.execute(db)
  const counts: Record<string, number> = {}
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(name)}`.execute(db)
    counts[name] = result.rows[0]?.n ?? -1
  }
  return counts
}

describe('schema snapshot (sql/schema.sql)', () => {
  let fresh: TestDatabase
  let freshDump = ''
  beforeAll(async () => {
    // The test template is a fresh migrate (plus the seed, which adds rows, not schema).
    fresh = await createTestDatabase()
    freshDump = await dumpSchema(fresh.admin)
  })
  afterAll(async () => {
    await fresh.drop()
  })

  it('is what a fresh migrate builds (run `npm run codegen` and commit when this fails)', async () => {
    const committed = await readFile(SCHEMA_SNAPSHOT_FILE, 'utf8')
    expect(freshDump).toBe(committed)
    // What the snapshot must show: every policy, event trigger and grant, not only tables.
    expect(committed).toMatch(/^CREATE POLICY public_read ON disaster\.shelter AS PERMISSIVE FOR SELECT TO PUBLIC$/m)
    expect(committed).toMatch(/^CREATE EVENT TRIGGER track_new_domain_tables ON ddl_command_end$/m)
    expect(committed).toMatch(/^GRANT SELECT ON TABLE app\.data_version TO gateway_svc;$/m)
  })

  it('is stable: a second dump of the same database is identical', async () => {
    expect(await dumpSchema(fresh.admin)).toBe(freshDump)
  })

  it("is also what the previous release's database, with its data, becomes when migrated to the latest", async () => {
    const previous = await createEmptyDatabase()
    const release = await copyMigrations(PREVIOUS_RELEASE_LAST_MIGRATION)
    try {
      await migrateScratch(previous, release.dir)
      // What the previous release's migrate.ts ran after every migration run.
      await sql`select app.track_data_changes()`.execute(previous.db)
      await copyDomainRows(fresh.adminUrl, previous.url)
      const before = await rowCounts(previous.db)
      const applied = await migrateScratch(previous)
      expect(applied[0]).toBeDefined()
      expect((applied[0] ?? '') > PREVIOUS_RELEASE_LAST_MIGRATION).toBe(true)
      expect(await dumpSchema(previous.db)).toBe(freshDump)
      // Every table the release had keeps its rows (tables added since start empty).
      const after = await rowCounts(previous.db)
      expect(Object.fromEntries(Object.keys(before).map((table) => [table, after[table]]))).toEqual(before)
      expect(Object.values(before).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(1000)
    } finally {
      await release.remove()
      await previous.drop()
    }
  })
})
