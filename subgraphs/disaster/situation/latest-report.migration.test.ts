import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  type ScratchDatabase,
} from '../../../test/support/scratch-database.js'

/**
 * Migration 0131: each shelter's latest status report kept beside the history. Filled from the reports a database
 * already has; then kept by every insert, the greatest (reported_at, id) winning whatever order the reports come in
 * — as the DISTINCT ON readings over the history ranked them.
 */
const TOWN = '014303'
let scratch: ScratchDatabase
let shelters: string[] = []
beforeAll(async () => {
  scratch = await createEmptyDatabase()
  const before = await copyMigrations('0130_transit_reads_data_version')
  try {
    await migrateScratch(scratch, before.dir)
  } finally {
    await before.remove()
  }
  const { rows } = await sql<{ id: string }>`
    insert into disaster.shelter (municipality_code, name, address)
    select ${TOWN}, '避難所' || n, '月形町' || n from generate_series(1, 3) n returning id`.execute(scratch.db)
  shelters = rows.map((row) => row.id)
}, 60_000)
afterAll(() => scratch.drop())

const report = (shelter: string | undefined, isOpen: boolean, evacuees: number, at: string) =>
  sql`insert into disaster.shelter_status_report (shelter_id, municipality_code, is_open, evacuees, reported_by,
        reported_at) values (${shelter}, ${TOWN}, ${isOpen}, ${evacuees}, 'test', ${at}::timestamptz)`.execute(
    scratch.db,
  )

/** The latest report per shelter as the history says (the reference) and as the kept table says. */
async function bothLatest() {
  const history = await sql<{ shelterId: string; evacuees: number }>`
    select distinct on (shelter_id) shelter_id, evacuees from disaster.shelter_status_report
     order by shelter_id, reported_at desc, id desc`.execute(scratch.db)
  const kept = await sql<{ shelterId: string; evacuees: number }>`
    select shelter_id, evacuees from disaster.shelter_latest_report order by shelter_id`.execute(scratch.db)
  return { history: history.rows, kept: kept.rows }
}

describe('migration 0131 (the latest status report of each shelter)', () => {
  it('fills the table from the reports already there, then keeps it as reports come, in any order', async () => {
    const [first, second, third] = shelters
    await report(first, true, 10, '2026-12-08T10:00:00Z')
    await report(first, true, 20, '2026-12-08T11:00:00Z')
    await report(second, false, 0, '2026-12-08T09:00:00Z')
    const applied = await migrateScratch(scratch)
    expect(applied[0]).toBe('0131_shelter_latest_report')
    let both = await bothLatest()
    expect(both.kept).toEqual(both.history)
    expect(both.kept.map((row) => row.evacuees).sort()).toEqual([0, 20])

    await report(first, true, 5, '2026-12-08T10:30:00Z') // timed before the latest: it stays latest
    await report(second, true, 30, '2026-12-08T12:00:00Z')
    await report(third, true, 7, '2026-12-08T12:00:00Z')
    await report(third, true, 8, '2026-12-08T12:00:00Z') // the same time: the later id wins
    both = await bothLatest()
    expect(both.kept).toEqual(both.history)
    expect(Object.fromEntries(both.kept.map((row) => [row.shelterId, row.evacuees]))).toEqual({
      [first ?? '']: 20,
      [second ?? '']: 30,
      [third ?? '']: 8,
    })
  })

  it('cannot be written by the subgraph role, only read', async () => {
    await sql`set role disaster_svc`.execute(scratch.db)
    try {
      await expect(sql`delete from disaster.shelter_latest_report`.execute(scratch.db)).rejects.toThrow(/permission/)
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from disaster.shelter_latest_report`.execute(
        scratch.db,
      )
      expect(rows[0]?.n).toBe(3)
    } finally {
      await sql`reset role`.execute(scratch.db)
    }
  })
})
