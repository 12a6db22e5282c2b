import { sql, type RawBuilder, type Transaction } from 'kysely'

/** The dumper's executor, which may be any Kysely transaction (the dumper sets `search_path` for its own). */
export type CatalogReader = Transaction<unknown>

/** Runs one catalog query; column aliases are single lower-case words, so a CamelCasePlugin leaves them alone. */
export async function rows<R>(db: CatalogReader, query: RawBuilder<R>): Promise<R[]> {
  return (await query.execute(db)).rows
}

/**
 * Objects of the application: every schema but PostgreSQL's own, and nothing that belongs to an extension
 * (cube and earthdistance put their types and functions in `public`; CREATE EXTENSION stands for them).
 */
export const userSchema = (namespace: RawBuilder<unknown>) =>
  sql`(${namespace} NOT IN ('pg_catalog', 'information_schema') AND ${namespace} NOT LIKE 'pg\\_%')`

/**
 * Relations that are schema, not data. Partitions are data (transit.gtfs_stop_time has one per feed version), and
 * so are the tables the feed retention detached from it: they stay in their own schema with their rows.
 */
export const schemaRelation = (c: string, n: string) =>
  sql`(NOT ${sql.ref(c)}.relispartition AND ${sql.ref(n)}.nspname <> ${sql.lit(VERSION_DATA_SCHEMA)})`
const VERSION_DATA_SCHEMA = 'transit_stop_times'

export const notFromExtension = (catalog: string, oid: RawBuilder<unknown>) =>
  sql`NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = ${sql.lit(catalog)}::regclass AND d.objid = ${oid}
                   AND d.deptype = 'e')`

/** Blocks of one section, each followed by a blank line, under a title that says what the section holds. */
export function section(title: string, blocks: readonly string[]): string {
  if (blocks.length === 0) return ''
  return `--\n-- ${title}\n--\n\n${blocks.map((block) => `${block}\n\n`).join('')}`
}
