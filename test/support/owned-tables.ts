import { sql } from 'kysely'
import type { Database } from '../../lib/db/database.js'

/** The schemas whose tables hold the towns' data; `app.audit_log` and the towns' webhooks are added to them. */
export const OWNED_SCHEMAS = ['agreement', 'disaster', 'transit', 'ict'] as const

/** Every table of the owned schemas plus the audit log, as `schema.table`, in a stable order. */
export async function ownedTables(admin: Database): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select schemaname || '.' || tablename as name from pg_tables
    where schemaname in (${sql.join(OWNED_SCHEMAS)})
      or (schemaname = 'app' and tablename in ('audit_log', 'webhook_subscription'))
    order by 1`.execute(admin)
  return rows.map((row) => row.name)
}

/**
 * One md5 per owned table over all its rows (as text, in text order), read as the superuser so
 * row-level security hides nothing: equal before and after means nothing was written anywhere.
 */
export async function ownedTablesHash(admin: Database): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const table of await ownedTables(admin)) {
    const { rows } = await sql<{ hash: string; n: number }>`
      select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash, count(*)::int as n
      from ${sql.table(table)} as t`.execute(admin)
    hashes[table] = `${rows[0]?.n}:${rows[0]?.hash}`
  }
  return hashes
}
