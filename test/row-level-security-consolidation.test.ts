import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR } from '../lib/db/migrate.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'
import {
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  type ScratchDatabase,
} from './support/scratch-database.js'

const CONSOLIDATION = '0045_row_level_security'
/** The last migration before the consolidation: the policies it had to state again, one for one. */
const BEFORE_CONSOLIDATION = '0043_agreement_cost_sharing'

/** Names 0045 changed so that one rule has one name; nothing else about these policies changed. */
const RENAMED: Record<string, string> = {
  'ict.regional_issue coordinator_insert': 'regional_insert',
  'ict.regional_issue coordinator_update': 'regional_update',
}

/** pg_policies with whitespace collapsed, one line per policy, sorted. */
async function normalisedPolicies(db: ScratchDatabase['db']): Promise<string[]> {
  const result = await sql<{ tablename: string; policyname: string; rest: string }>`
    select schemaname || '.' || tablename as tablename, policyname,
           concat_ws(' | ', permissive, roles::text, cmd, regexp_replace(qual, '\s+', ' ', 'g'),
                     regexp_replace(with_check, '\s+', ' ', 'g')) as rest
    from pg_policies`.execute(db)
  return result.rows
    .map((row) => {
      const name = RENAMED[`${row.tablename} ${row.policyname}`] ?? row.policyname
      return `${row.tablename} ${name} | ${row.rest}`
    })
    .sort()
}

async function policiesAfter(last: string): Promise<string[]> {
  const scratch = await createEmptyDatabase()
  const migrations = await copyMigrations(last)
  try {
    await migrateScratch(scratch, migrations.dir)
    return await normalisedPolicies(scratch.db)
  } finally {
    await migrations.remove()
    await scratch.drop()
  }
}

describe('row-level security policies in one place (migration 0045)', () => {
  let latest: TestDatabase
  beforeAll(async () => {
    latest = await createTestDatabase()
  })
  afterAll(async () => {
    await latest.drop()
  })

  it('states exactly the policies of the release before it, policy for policy', async () => {
    const release = await policiesAfter(BEFORE_CONSOLIDATION)
    const consolidated = await policiesAfter(CONSOLIDATION)
    expect(release.length).toBeGreaterThan(100)
    expect(consolidated).toEqual(release)
  })

  it('leaves no table of the application schemas without forced RLS and at least one policy', async () => {
    const unprotected = await sql<{ name: string }>`
      select c.oid::regclass::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('app', 'agreement', 'disaster', 'transit', 'ict') and c.relkind in ('r', 'p')
        and not (c.relrowsecurity and c.relforcerowsecurity
                 and exists (select from pg_policy p where p.polrelid = c.oid))
      order by 1`.execute(latest.admin)
    expect(unprotected.rows).toEqual([])
  })

  it('keeps later migrations to the helpers (no raw policy or RLS statements after 0045)', async () => {
    const later = (await readdir(MIGRATIONS_DIR)).filter(
      (file) => file.endsWith('.sql') && file > `${CONSOLIDATION}.sql`,
    )
    const offending: string[] = []
    for (const file of later) {
      const text = (await readFile(join(MIGRATIONS_DIR, file), 'utf8')).replace(/--.*$/gm, '')
      if (/\b(CREATE|ALTER|DROP)\s+POLICY\b|\bROW\s+LEVEL\s+SECURITY\b/i.test(text)) offending.push(file)
    }
    expect(offending, 'write policies through app.rls_* (sql/README.md)').toEqual([])
  })
})
