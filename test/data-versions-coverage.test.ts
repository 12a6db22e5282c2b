import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from './support/database.js'

/**
 * The response cache serves a stored answer only while app.data_version is unchanged (0008), so a domain table
 * whose writes do not raise its counter would let stale answers out. Migration 0044 makes every such table
 * report its writes; this proves it table by table, with a real (empty) write to each.
 */
let database: TestDatabase
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database.drop()
})

const versionOf = async (domain: string) =>
  (
    await sql<{ version: number }>`select version from app.data_version where domain = ${domain}`.execute(
      database.admin,
    )
  ).rows[0]?.version

describe('data versions cover every domain table', () => {
  it('raises the domain counter on a write to each table of agreement, disaster, transit and ict', async () => {
    const tables = await sql<{ domain: string; name: string }>`
      select n.nspname as domain, c.oid::regclass::text as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('agreement', 'disaster', 'transit', 'ict')
        and c.relkind in ('r', 'p') and not c.relispartition
      order by 2`.execute(database.admin)
    expect(tables.rows.length).toBeGreaterThan(40)
    const silent: string[] = []
    for (const { domain, name } of tables.rows) {
      const before = await versionOf(domain)
      // A statement-level trigger fires for a statement that changes no row: a write with no effect on the data.
      await sql`delete from ${sql.raw(name)} where false`.execute(database.admin)
      if ((await versionOf(domain)) !== (before ?? 0) + 1) silent.push(name)
    }
    expect(silent).toEqual([])
  })

  it('is set up by the migrations: the event trigger covering tables created later is enabled', async () => {
    const trigger = await sql<{ enabled: string }>`
      select evtenabled as enabled from pg_event_trigger where evtname = 'track_new_domain_tables'`.execute(
      database.admin,
    )
    expect(trigger.rows).toEqual([{ enabled: 'O' }])
  })
})
