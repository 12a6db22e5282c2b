import { sql, type Kysely } from 'kysely'

/**
 * The one rule of the migration sequence: a database applies the files of `sql/migrations/` in name order, so a
 * fresh database and an upgraded one end up with the same schema by the same steps. A file that sorts before one
 * the database has already applied would run after it here but before it on a fresh database: refused.
 */
export class MigrationOrderError extends Error {
  override name = 'MigrationOrderError'
}

/** Throws when `applied` (the database's history) and `files` (migration names, without `.sql`) break the rule. */
export function assertStrictOrder(files: readonly string[], applied: readonly string[]): void {
  const known = new Set(files)
  const gone = applied.filter((name) => !known.has(name)).sort()
  if (gone[0]) {
    throw new MigrationOrderError(
      `This database has applied migration ${gone[0]}.sql, but sql/migrations/ has no such file. Restore it: ` +
        'a landed migration is never renamed or deleted (a schema change is a new file after the newest one).',
    )
  }
  const newestApplied = [...applied].sort().at(-1)
  if (newestApplied === undefined) return
  const done = new Set(applied)
  const late = files.filter((name) => !done.has(name) && name < newestApplied).sort()
  if (late[0]) {
    throw new MigrationOrderError(
      `Migration file ${late[0]}.sql sorts before ${newestApplied}.sql, which this database has already applied; ` +
        'migrations apply in one strict order, so it would run here in another order than on a fresh database. ' +
        `Renumber it after the newest one (${newestApplied.slice(0, 4)}); never rename or edit a landed migration.` +
        (late.length > 1 ? ` Also out of order: ${late.slice(1).join(', ')}.` : ''),
    )
  }
}

/** Names the database has recorded in `public.schema_migration`; none when it has never been migrated. */
export async function findAppliedMigrations<T>(db: Kysely<T>, table: string): Promise<string[]> {
  const exists = await sql<{ found: boolean }>`select to_regclass(${`public.${table}`}) is not null as found`.execute(
    db,
  )
  if (!exists.rows[0]?.found) return []
  const rows = await sql<{ name: string }>`select name from ${sql.table(`public.${table}`)}`.execute(db)
  return rows.rows.map((row) => row.name)
}
