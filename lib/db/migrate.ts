import { readdir, readFile } from 'node:fs/promises'
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
import { projectPath } from '../paths.js'
import { assertStrictOrder, findAppliedMigrations } from './migration-order.js'

export const MIGRATIONS_DIR = projectPath('sql', 'migrations')
const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/

/** Plain numbered `.sql` files, in name order; each runs as one multi-statement script. */
class SqlFileMigrationProvider implements MigrationProvider {
  constructor(private readonly dir: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.dir)).filter((name) => name.endsWith('.sql')).sort()
    const migrations: Record<string, Migration> = {}
    for (const file of files) {
      if (!MIGRATION_FILE.test(file)) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`)
      const text = await readFile(`${this.dir}/${file}`, 'utf8')
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db)
        },
      }
    }
    return migrations
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

const MIGRATION_TABLE = 'schema_migration'

/**
 * Applies pending migrations in one strict name order, each recorded in `public.schema_migration` and never
 * re-applied; a pending file that sorts before an applied one is refused before anything runs
 * (migration-order.ts). Kysely runs them inside one transaction and holds a lock, so two processes starting
 * at once cannot apply the same migration twice, and a failing file leaves the database as it was.
 */
export async function migrateToLatest<T>(db: Kysely<T>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const provider = new SqlFileMigrationProvider(dir)
  assertStrictOrder(Object.keys(await provider.getMigrations()), await findAppliedMigrations(db, MIGRATION_TABLE))
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: 'schema_migration_lock',
    // The strict order is enforced above, on the set of applied names. Kysely's own check (this flag set to
    // false) compares the history in *timestamp* order: it would refuse a database that applied the old
    // per-domain bands (0010 disaster, 0020 transit, …) in another order than their names, although no file is
    // missing and none is pending out of order.
    allowUnorderedMigrations: true,
  })
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName
    const reason = error instanceof Error ? error.message : JSON.stringify(error)
    throw new MigrationError(`Migration ${failed ?? '(unknown)'} failed: ${reason}`, { cause: error })
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName)
}
