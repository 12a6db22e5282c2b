import { readdir, readFile } from 'node:fs/promises'
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
import { projectPath } from '../paths.js'

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
      migrations[file.replace(/\.sql$/, '')] = { up: async (db) => void (await sql.raw(text).execute(db)) }
    }
    return migrations
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * Applies pending migrations in order, each recorded in `public.schema_migration` and never
 * re-applied. Kysely runs them inside a transaction and holds a lock, so two processes starting
 * at once cannot apply the same migration twice. Afterwards every domain table is made to report its
 * writes (app.track_data_changes), so no migration can forget it.
 */
export async function migrateToLatest<T>(db: Kysely<T>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new SqlFileMigrationProvider(dir),
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    // Each domain numbers its migrations in its own range (0010 disaster, 0020 transit, 0030 ict,
    // 0040 agreement), so a new file may sort before one a database already has: apply it anyway.
    allowUnorderedMigrations: true,
  })
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName
    const reason = error instanceof Error ? error.message : String(error)
    throw new MigrationError(`Migration ${failed ?? '(unknown)'} failed: ${reason}`, { cause: error })
  }
  // Every domain table reports its writes to the response cache's data versions (0008_data_versions.sql),
  // including tables of migrations numbered before 0008 or added later.
  await sql`SELECT app.track_data_changes()`.execute(db)
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName)
}
