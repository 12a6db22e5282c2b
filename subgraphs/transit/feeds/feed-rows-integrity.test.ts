import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js'

/**
 * The bulk feed tables have no foreign key to transit.feed_version (0061: its per-row check was half
 * of a large import): the insert policy and the delete trigger keep the same promises, tested here.
 */
let db: TestDatabase
let client: pg.Client
beforeAll(async () => {
  db = await createTestDatabase()
  client = new pg.Client({ connectionString: db.roleUrls.transit })
  await client.connect()
})
afterAll(async () => {
  await client.end()
  await db.drop()
})

async function asEditorOf(code: string, work: () => Promise<unknown>) {
  await client.query('BEGIN')
  try {
    await client.query("select set_config('app.municipality_code', $1, true), set_config('app.role', 'editor', true)", [
      code,
    ])
    return await work()
  } finally {
    await client.query('ROLLBACK')
  }
}

describe('feed rows without a foreign key', () => {
  it('refuses rows for a version that does not exist, is not loading, or is another town’s', async () => {
    const versions = await db.admin.selectFrom('transit.feedVersion').select(['id', 'municipalityCode']).execute()
    const active = versions.find((version) => version.municipalityCode === '014303')
    const others = versions.find((version) => version.municipalityCode === '014290')
    for (const version of ['00000000-0000-4000-8000-000000000000', active?.id, others?.id]) {
      const error = await asEditorOf('014303', () =>
        client.query(
          `insert into transit.gtfs_stop_time (feed_version_id, ` +
            `trip_id, stop_sequence, stop_id) values ($1, 'T', 1, 'S')`,
          [version],
        ),
      ).catch((e: unknown) => e)
      // A version without a partition (migration 0124) is refused before the policy is asked.
      expect(String(error)).toMatch(/row-level security|no partition of relation "gtfs_stop_time"/)
    }
  })

  it('loads stop_times into a version’s own table only for a LOADING version of the caller’s', async () => {
    const versions = await db.admin.selectFrom('transit.feedVersion').select(['id', 'municipalityCode']).execute()
    const active = versions.find((version) => version.municipalityCode === '014303')
    for (const version of ['00000000-0000-4000-8000-000000000000', active?.id]) {
      for (const call of ['begin_stop_time_load', 'finish_stop_time_load']) {
        const error = await asEditorOf('014303', () => client.query(`select transit.${call}($1)`, [version])).catch(
          (e: unknown) => e,
        )
        expect(String(error)).toContain('is not a LOADING version of the caller')
      }
    }
    const grabbed = await asEditorOf('014303', () =>
      client.query('select transit.add_stop_time_partition($1)', [active?.id]),
    ).catch((e: unknown) => e)
    expect(String(grabbed)).toContain('permission denied for function add_stop_time_partition')
  })

  it('deletes a version’s rows with the version, as a cascading key would', async () => {
    const version = await db.admin
      .selectFrom('transit.feedVersion')
      .select('id')
      .where('municipalityCode', '=', '014303')
      .executeTakeFirstOrThrow()
    const count = async (table: 'transit.gtfsStopTime' | 'transit.gtfsTrip' | 'transit.gtfsFileRow') =>
      Number(
        (
          await db.admin
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('feedVersionId', '=', version.id)
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(await count('transit.gtfsStopTime')).toBeGreaterThan(0)
    await db.admin.deleteFrom('transit.gtfsAgency').where('feedVersionId', '=', version.id).execute()
    await db.admin.deleteFrom('transit.gtfsFeedInfo').where('feedVersionId', '=', version.id).execute()
    await db.admin.deleteFrom('transit.gtfsRoute').where('feedVersionId', '=', version.id).execute()
    await db.admin.deleteFrom('transit.gtfsCalendar').where('feedVersionId', '=', version.id).execute()
    await db.admin.deleteFrom('transit.gtfsFile').where('feedVersionId', '=', version.id).execute()
    await db.admin.deleteFrom('transit.feedVersion').where('id', '=', version.id).execute()
    expect([
      await count('transit.gtfsStopTime'),
      await count('transit.gtfsTrip'),
      await count('transit.gtfsFileRow'),
    ]).toEqual([0, 0, 0])
    const partition = await sql<{ name: string | null }>`
      select to_regclass(transit.stop_time_partition(${version.id}))::text as name`.execute(db.admin)
    expect(partition.rows[0]?.name).toBeNull()
  })
})
