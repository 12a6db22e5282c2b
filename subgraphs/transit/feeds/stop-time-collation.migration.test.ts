import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  type ScratchDatabase,
} from '../../../test/support/scratch-database.js'

/**
 * Migration 0128 on a database with stop_times already loaded: the GTFS ids that key stop_times, trips and stops
 * compare bytewise (COLLATE "C") in the parent, its attached partitions and the partitions the retention detached,
 * which can still be attached again; joins of stop_times with trips still use the trips' primary key.
 */
const [ATTACHED, DETACHED] = ['5f0e0c6a-0000-4000-8000-000000000001', '5f0e0c6a-0000-4000-8000-000000000002']
const table = (version: string) => `transit_stop_times.v${version.replaceAll('-', '')}`
let scratch: ScratchDatabase
beforeAll(async () => {
  scratch = await createEmptyDatabase()
  const before = await copyMigrations('0127_gateway_checks_coordinator')
  try {
    await migrateScratch(scratch, before.dir)
  } finally {
    await before.remove()
  }
})
afterAll(() => scratch.drop())

const collations = async (relation: string) =>
  (
    await sql<{ column: string; collation: string }>`
      select a.attname as column, c.collname as collation
        from pg_attribute a join pg_collation c on c.oid = a.attcollation
       where a.attrelid = ${relation}::regclass and a.attname in ('trip_id', 'stop_id') and not a.attisdropped
       order by a.attname`.execute(scratch.db)
  ).rows

describe('migration 0128 (GTFS keys COLLATE "C")', () => {
  it('changes the parent, attached and detached stop_times tables, trips and stops alike', async () => {
    for (const version of [ATTACHED, DETACHED]) {
      await sql`select transit.add_stop_time_partition(${version}::uuid)`.execute(scratch.db)
      await sql`insert into transit.gtfs_stop_time (feed_version_id, trip_id, stop_sequence, stop_id, departure_seconds)
                values (${version}::uuid, 'T1', 1, 'S1', 25200), (${version}::uuid, 'T1', 2, 'S2', 25500)`.execute(
        scratch.db,
      )
      await sql`insert into transit.gtfs_trip (feed_version_id, trip_id, route_id, service_id)
                values (${version}::uuid, 'T1', 'R1', 'WD')`.execute(scratch.db)
    }
    await sql`alter table transit.gtfs_stop_time detach partition ${sql.raw(table(DETACHED))}`.execute(scratch.db)
    expect(await collations(table(DETACHED))).toEqual([
      { column: 'stop_id', collation: 'default' },
      { column: 'trip_id', collation: 'default' },
    ])

    expect(await migrateScratch(scratch)).toContain('0128_gtfs_keys_collate_c')

    const bytewise = [
      { column: 'stop_id', collation: 'C' },
      { column: 'trip_id', collation: 'C' },
    ]
    for (const relation of ['transit.gtfs_stop_time', table(ATTACHED), table(DETACHED)])
      expect(await collations(relation)).toEqual(bytewise)
    expect(await collations('transit.gtfs_trip')).toEqual([{ column: 'trip_id', collation: 'C' }])
    expect(await collations('transit.gtfs_stop')).toEqual([{ column: 'stop_id', collation: 'C' }])

    // The detached table still matches the parent: it can be attached again, rows and all.
    await sql`alter table transit.gtfs_stop_time attach partition ${sql.raw(table(DETACHED))}
              for values in (${sql.lit(DETACHED)})`.execute(scratch.db)
    const { rows } = await sql<{ rows: number }>`
      select count(*)::int as rows from transit.gtfs_stop_time where feed_version_id = ${DETACHED}::uuid`.execute(
      scratch.db,
    )
    expect(rows[0]?.rows).toBe(2)
  })

  it('joins stop_times with trips through the trips’ primary key', async () => {
    const plan = await scratch.db.connection().execute(async (connection) => {
      // Only an index can serve the join now: a key of another collation would leave the plan a disabled scan.
      await sql`set enable_seqscan = off`.execute(connection)
      await sql`set enable_hashjoin = off`.execute(connection)
      await sql`set enable_mergejoin = off`.execute(connection)
      const explained = await sql<{ 'QUERY PLAN': string }>`
        explain select t.route_id from transit.gtfs_stop_time st
          join transit.gtfs_trip t on t.feed_version_id = st.feed_version_id and t.trip_id = st.trip_id
         where st.feed_version_id = ${ATTACHED}::uuid and st.stop_id = ${'S1'}`.execute(connection)
      await sql`reset all`.execute(connection)
      return explained.rows.map((row) => row['QUERY PLAN']).join('\n')
    })
    expect(plan).toContain('gtfs_trip_pkey')
    expect(plan).not.toContain('Seq Scan')
  })
})
