import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DB } from '../lib/db/database.js'
import { createDatabase } from '../lib/db/database.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'

/**
 * The second fence: the same writes a service check refuses, issued directly in SQL as each
 * subgraph's login role, are refused by PostgreSQL row-level security.
 */
let database: TestDatabase
const roles: Partial<Record<string, Kysely<DB>>> = {}
beforeAll(async () => {
  database = await createTestDatabase()
  for (const [subgraph, url] of Object.entries(database.roleUrls)) roles[subgraph] = createDatabase({ url, poolMax: 1 })
})
afterAll(async () => {
  await Promise.all(
    Object.values(roles)
      .filter((db) => db !== undefined)
      .map((db) => db.destroy()),
  )
  await database.drop()
})

const as = (subgraph: string) => {
  const db = roles[subgraph]
  if (!db) throw new Error(`no role for ${subgraph}`)
  return db
}

/** Runs `statement` as the role with the RLS settings of an editor of `municipality`; returns the SQLSTATE or 'ok'. */
async function attempt(subgraph: string, session: { municipality: string; role: string } | null, statement: string) {
  try {
    await as(subgraph)
      .transaction()
      .execute(async (trx) => {
        if (session) {
          await sql`select set_config('app.municipality_code', ${session.municipality}, true),
            set_config('app.role', ${session.role}, true)`.execute(trx)
        }
        await sql.raw(statement).execute(trx)
      })
    return 'ok'
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

const editorOf = (municipality: string) => ({ municipality, role: 'editor' })
const INSERT_SHELTER = (owner: string) =>
  `insert into disaster.shelter (municipality_code, name, address) values ('${owner}', 'RLS probe', 'x')`
const INSERT_CAMPAIGN = (owner: string) =>
  `insert into transit.promotion_campaign (municipality_code, initiative_id, title, starts_on, ` +
  `ends_on) values ('${owner}', 'transit-2', 'RLS probe', '2026-01-01', '2026-01-02')`
const INSERT_PILOT = (owner: string) =>
  `insert into ict.pilot (municipality_code, initiative_id, title, technology, ` +
  `status) values ('${owner}', 'ict-3', 'RLS probe', 'RPA', 'CONSIDERING')`

const INSERT_SHARED_CASE = (owner: string) =>
  `insert into ict.shared_case (municipality_code, title) values ('${owner}', 'RLS probe')`
const INSERT_SYSTEM = (owner: string) =>
  `insert into ict.system (municipality_code, business, vendor, product, ` +
  `deployment) values ('${owner}', '戸籍', 'v', 'p', 'ON_PREMISES')`

const INSERT_RESPONSE = (owner: string) =>
  `insert into disaster.response_status (municipality_code, headquarters_level, ` +
  `recorded_by) values ('${owner}', 'HEADQUARTERS', 'probe')`
const INSERT_SITE = (owner: string) =>
  `insert into disaster.stockpile_site (municipality_code, name) values ('${owner}', 'RLS probe')`
const INSERT_ARRANGEMENT = (owner: string) =>
  `insert into disaster.evacuation_arrangement (from_municipality_code, to_municipality_code, ` +
  `proposer_municipality_code, head_count, agreed_on) values ('${owner}', '012092', '${owner}', 1, '2026-01-01')`

describe('row-level security as the subgraph login roles', () => {
  it.each([
    ['disaster', INSERT_SHELTER],
    ['transit', INSERT_CAMPAIGN],
    ['ict', INSERT_PILOT],
    ['ict', INSERT_SHARED_CASE],
    ['ict', INSERT_SYSTEM],
    ['disaster', INSERT_RESPONSE],
    ['disaster', INSERT_SITE],
    ['disaster', INSERT_ARRANGEMENT],
  ])("refuses %s inserts for another municipality (42501) and allows the owner's", async (subgraph, insert) => {
    expect(await attempt(subgraph, editorOf('014303'), insert('012106'))).toBe('42501')
    expect(await attempt(subgraph, null, insert('012106'))).toBe('42501')
    expect(await attempt(subgraph, { municipality: '012106', role: 'anonymous' }, insert('012106'))).toBe('42501')
    expect(await attempt(subgraph, editorOf('012106'), insert('012106'))).toBe('ok')
  })

  it("makes another town's rows invisible to UPDATE: zero rows change", async () => {
    const before = await database.admin
      .selectFrom('disaster.shelter')
      .select(['id', 'name'])
      .where('municipalityCode', '=', '012106')
      .execute()
    const updated = await as('disaster')
      .transaction()
      .execute(async (trx) => {
        await sql`select set_config('app.municipality_code', '014303', true),
          set_config('app.role', 'editor', true)`.execute(trx)
        return sql`update disaster.shelter set name = 'hijacked' where municipality_code = '012106'`.execute(trx)
      })
    expect(Number(updated.numAffectedRows)).toBe(0)
    const after = await database.admin
      .selectFrom('disaster.shelter')
      .select(['id', 'name'])
      .where('municipalityCode', '=', '012106')
      .execute()
    expect(after).toEqual(before)
  })

  it('keeps region-wide shared cases and regional issues to the coordinator', async () => {
    const regionalCase = `insert into ict.shared_case (municipality_code, title) values (null, 'RLS probe')`
    const issue = `insert into ict.regional_issue (title) values ('RLS probe')`
    for (const statement of [regionalCase, issue]) {
      expect(await attempt('ict', editorOf('012106'), statement)).toBe('42501')
      expect(await attempt('ict', { municipality: '014303', role: 'coordinator' }, statement)).toBe('42501')
      expect(await attempt('ict', { municipality: '012106', role: 'coordinator' }, statement)).toBe('ok')
    }
  })

  it('keeps situation reports append-only and stock transfers to their two towns', async () => {
    expect(
      await attempt('disaster', editorOf('012106'), `update disaster.shelter_status_report set evacuees = 0`),
    ).toBe('42501')
    expect(await attempt('disaster', editorOf('012106'), `delete from disaster.response_status`)).toBe('42501')
    const lot = await database.admin
      .selectFrom('disaster.stockLot')
      .select('id')
      .where('municipalityCode', '=', '012106')
      .executeTakeFirstOrThrow()
    const request = (receiver: string) =>
      `insert into disaster.stock_transfer (lot_id, item_id, from_municipality_code, to_municipality_code, quantity,
        status)
       values ('${lot.id}', 'blanket', '012106', '${receiver}', 1, 'REQUESTED')`
    expect(await attempt('disaster', editorOf('014303'), request('014290'))).toBe('42501')
    expect(await attempt('disaster', editorOf('014303'), request('014303'))).toBe('ok')
  })

  it('refuses moving a row to another municipality (WITH CHECK)', async () => {
    const statement = `update transit.promotion_campaign set municipality_code = '012106'
      where municipality_code = '014303'`
    expect(await attempt('transit', editorOf('014303'), statement)).toBe('42501')
  })

  it("gives the login roles no DELETE and no access to other subgraphs' schemas", async () => {
    expect(
      await attempt('disaster', editorOf('012106'), `delete from disaster.shelter where municipality_code = '012106'`),
    ).toBe('42501')
    expect(await attempt('transit', editorOf('012106'), `select * from disaster.shelter limit 1`)).toBe('42501')
    expect(
      await attempt(
        'disaster',
        { municipality: '012106', role: 'admin' },
        `update agreement.municipality set name = 'x'`,
      ),
    ).toBe('42501')
  })

  it('lets the login roles own no tables', async () => {
    const owned = await sql<{ n: number }>`
      select count(*)::int as n from pg_tables
      where tableowner in ('agreement_svc', 'disaster_svc', 'transit_svc', 'ict_svc', 'gateway_svc')`.execute(
      database.admin,
    )
    expect(owned.rows[0]?.n).toBe(0)
    const forced = await sql<{ relname: string }>`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('app', 'agreement', 'disaster', 'transit', 'ict') and c.relkind = 'r'
        and not (c.relrowsecurity and c.relforcerowsecurity)`.execute(database.admin)
    expect(forced.rows).toEqual([])
  })

  it('keeps the audit log append-only, even for its owner, and lets a writer record only as itself', async () => {
    const insertAs = (actor: string) =>
      `insert into app.audit_log (actor_subject, actor_municipality_code, actor_roles, subgraph, operation, entity,
        entity_id, owner_municipality_code)
       values ('probe', '${actor}', '{editor}', 'disaster', 'create', 'Shelter', 'x', '${actor}')`
    expect(await attempt('disaster', editorOf('014303'), insertAs('014303'))).toBe('ok')
    expect(await attempt('disaster', editorOf('014303'), insertAs('012106'))).toBe('42501')
    expect(await attempt('disaster', editorOf('014303'), `update app.audit_log set operation = 'forged'`)).toBe('42501')
    expect(await attempt('disaster', editorOf('014303'), `delete from app.audit_log`)).toBe('42501')
    await expect(sql`update app.audit_log set operation = 'forged'`.execute(database.admin)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`truncate app.audit_log`.execute(database.admin)).rejects.toThrow(/append-only/)
  })
})
