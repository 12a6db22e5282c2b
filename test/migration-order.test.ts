import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertStrictOrder, MigrationOrderError } from '../lib/db/migration-order.js'
import {
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  type ScratchDatabase,
} from './support/scratch-database.js'

describe('assertStrictOrder', () => {
  const files = ['0001_a', '0002_b', '0010_c']

  it('accepts a fresh database, a partly migrated one and pending files after the newest applied one', () => {
    expect(() => {
      assertStrictOrder(files, [])
    }).not.toThrow()
    expect(() => {
      assertStrictOrder(files, ['0001_a', '0002_b'])
    }).not.toThrow()
    // The history's order does not matter, only the set: old databases applied the domain bands out of order.
    expect(() => {
      assertStrictOrder(files, ['0010_c', '0001_a', '0002_b'])
    }).not.toThrow()
  })

  it('refuses a pending file that sorts before an applied one, naming both and what to do', () => {
    expect(() => {
      assertStrictOrder(['0001_a', '0005_late', '0010_c'], ['0001_a', '0010_c'])
    }).toThrow(
      /0005_late\.sql sorts before 0010_c\.sql, which this database has already applied.*after the newest one \(0010\)/,
    )
  })

  it('refuses an applied migration whose file is gone', () => {
    expect(() => {
      assertStrictOrder(['0001_a'], ['0001_a', '0002_b'])
    }).toThrow(/has applied migration 0002_b\.sql, but sql\/migrations\/ has no such file/)
  })
})

describe('migrateToLatest on a real database', () => {
  let scratch: ScratchDatabase
  let migrations: Awaited<ReturnType<typeof copyMigrations>>
  beforeAll(async () => {
    scratch = await createEmptyDatabase()
    migrations = await copyMigrations()
    await migrateScratch(scratch, migrations.dir)
  })
  afterAll(async () => {
    await migrations.remove()
    await scratch.drop()
  })

  const appliedCount = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from public.schema_migration`.execute(scratch.db)).rows[0]?.n
  const tableExists = async (name: string) =>
    (await sql<{ found: boolean }>`select to_regclass(${name}) is not null as found`.execute(scratch.db)).rows[0]?.found

  it('refuses a new file numbered before the newest applied migration and applies nothing', async () => {
    const before = await appliedCount()
    await writeFile(join(migrations.dir, '0009_late_fix.sql'), 'CREATE TABLE disaster.late_fix (id integer);\n')
    await writeFile(join(migrations.dir, '9998_after_it.sql'), 'CREATE TABLE disaster.after_it (id integer);\n')
    const attempt = migrateScratch(scratch, migrations.dir)
    await expect(attempt).rejects.toThrow(MigrationOrderError)
    await expect(attempt).rejects.toThrow(/0009_late_fix\.sql sorts before .*already applied.*Renumber it/)
    expect(await appliedCount()).toBe(before)
    expect(await tableExists('disaster.late_fix')).toBe(false)
    expect(await tableExists('disaster.after_it')).toBe(false)
    await rm(join(migrations.dir, '0009_late_fix.sql'))
    await rm(join(migrations.dir, '9998_after_it.sql'))
  })

  it('applies a file numbered after the newest one, and its new domain table reports writes on its own', async () => {
    await writeFile(join(migrations.dir, '9999_new_table.sql'), 'CREATE TABLE disaster.new_table (id integer);\n')
    expect(await migrateScratch(scratch, migrations.dir)).toEqual(['9999_new_table'])
    const version = async () =>
      (
        await sql<{ version: number }>`select version from app.data_version where domain = 'disaster'`.execute(
          scratch.db,
        )
      ).rows[0]?.version
    const before = await version()
    await sql`insert into disaster.new_table values (1)`.execute(scratch.db)
    expect(await version()).toBe((before ?? 0) + 1)
  })
})
