import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js'
import { createDatabase, type Database } from './database.js'
import { preparedQuery } from './prepared-query.js'

/** Pilots of some initiatives, with a JSON object of snake_case keys: a parameter list, constants, a nested object. */
const PILOTS = preparedQuery<
  { initiativeIds: readonly string[]; status: string },
  {
    id: string
    initiativeId: string
    municipalityCode: string
    nested: { initiativeId: string; municipalityCode: string }
  }
>('test-prepared-pilots', (db, param) =>
  db
    .selectFrom('ict.pilot as p')
    .select(['p.id', 'p.initiativeId', 'p.municipalityCode'])
    .select(
      sql<{
        initiativeId: string
        municipalityCode: string
      }>`jsonb_build_object('initiative_id', p.initiative_id, 'municipality_code', p.municipality_code)`.as('nested'),
    )
    .where(sql<boolean>`p.initiative_id = ANY(${param('initiativeIds')})`)
    .where('p.status', '<>', param('status'))
    .orderBy('p.id')
    .limit(1000),
)

describe('preparedQuery: a Kysely query compiled once, run as a named prepared statement', () => {
  let database: TestDatabase
  let db: Database
  const statements: string[] = []

  beforeAll(async () => {
    database = await createTestDatabase()
    db = createDatabase({ url: database.adminUrl, poolMax: 1, onQuery: (text) => statements.push(text) })
  })
  afterAll(async () => {
    await db.destroy()
    await database.drop()
  })

  it('compiles the text once, with the parameters in place of the values and the constants as parameters too', () => {
    expect(PILOTS.text).toContain('p.initiative_id = ANY($1)')
    expect(PILOTS.text).toContain('"p"."status" <> $2')
    expect(PILOTS.text).toMatch(/limit \$3$/)
  })

  it('returns the rows Kysely returns, keys camelCased (nested JSON objects too), for any number of keys', async () => {
    const ids = (await database.admin.selectFrom('ict.pilot').select('initiativeId').distinct().execute()).map(
      (row) => row.initiativeId,
    )
    expect(ids.length).toBeGreaterThan(0)
    for (const some of [ids.slice(0, 1), ids]) {
      const expected = await database.admin
        .selectFrom('ict.pilot')
        .select(['id', 'initiativeId', 'municipalityCode'])
        .where('initiativeId', 'in', some)
        .where('status', '<>', 'none')
        .orderBy('id')
        .execute()
      const rows = await PILOTS.run(db, { initiativeIds: some, status: 'none' })
      expect(rows).toEqual(
        expected.map((pilot) => ({
          ...pilot,
          nested: { initiativeId: pilot.initiativeId, municipalityCode: pilot.municipalityCode },
        })),
      )
    }
    expect(await PILOTS.run(db, { initiativeIds: ['no-such-initiative'], status: 'none' })).toEqual([])
  })

  it('is prepared on the connection under its name, and each run counts as one statement', async () => {
    statements.length = 0
    await PILOTS.run(db, { initiativeIds: ['ict-1'], status: 'none' })
    expect(statements).toEqual([PILOTS.text])
    // The pool has one connection: the statement prepared by the runs above is on the session that answers this.
    const prepared = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(db)
    expect(prepared.rows.map((row) => row.name)).toContain('test-prepared-pilots')
  })

  it('runs inside a transaction too (unnamed, through Kysely), with the same rows', async () => {
    const outside = await PILOTS.run(db, { initiativeIds: ['ict-1', 'ict-2'], status: 'none' })
    const inside = await db
      .transaction()
      .execute((trx) => PILOTS.run(trx, { initiativeIds: ['ict-1', 'ict-2'], status: 'none' }))
    expect(inside).toEqual(outside)
  })

  it('leaves no connection open after destroy(), also when only prepared statements used the pool', async () => {
    const applicationName = 'test-prepared-only-pool'
    const only = createDatabase({ url: database.adminUrl, poolMax: 1, applicationName })
    await PILOTS.run(only, { initiativeIds: ['ict-1'], status: 'none' })
    const sessions = async () =>
      (
        await sql<{ count: number }>`select count(*)::int as count from pg_stat_activity
                                       where application_name = ${applicationName}`.execute(database.admin)
      ).rows[0]?.count
    expect(await sessions()).toBe(1)
    await only.destroy()
    // The pool has told its connection to close when destroy() resolves; the server notices a moment later.
    const deadline = Date.now() + 5_000
    while ((await sessions()) !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await sessions()).toBe(0)
  })
})
