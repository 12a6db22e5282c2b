import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  copyMigrations,
  createEmptyDatabase,
  migrateScratch,
  type ScratchDatabase,
} from '../../../test/support/scratch-database.js'

/**
 * Migration 0122 on a database with arrangements recorded before consent existed: sample ones are taken as
 * consented (in effect, as before); any other one waits for the decision of the town that did not record it.
 */
const [ORIGIN, HOST] = ['014303', '012106']
let scratch: ScratchDatabase
beforeAll(async () => {
  scratch = await createEmptyDatabase()
  const before = await copyMigrations('0121_joint_project_changes')
  try {
    await migrateScratch(scratch, before.dir)
  } finally {
    await before.remove()
  }
})
afterAll(() => scratch.drop())

async function insertArrangement(isSample: boolean, note: string) {
  const { rows } = await sql<{ id: string }>`
    insert into disaster.evacuation_arrangement (from_municipality_code, to_municipality_code, head_count, note,
      agreed_on, is_sample)
    values (${ORIGIN}, ${HOST}, 100, ${note}, '2025-04-01', ${isSample}) returning id`.execute(scratch.db)
  return rows[0]?.id ?? ''
}

describe('migration 0122 (consent to evacuation arrangements)', () => {
  it('keeps sample arrangements in effect and makes the others wait for the other town', async () => {
    const sample = await insertArrangement(true, 'sample')
    const byHost = await insertArrangement(false, 'recorded by the host')
    const unknown = await insertArrangement(false, 'no audit entry')
    await sql`
      insert into app.audit_log (actor_subject, actor_municipality_code, actor_roles, subgraph, operation, entity,
        entity_id, owner_municipality_code)
      values ('staff', ${HOST}, '{editor}', 'disaster', 'create', 'EvacuationArrangement', ${byHost}, ${HOST})`.execute(
      scratch.db,
    )
    const applied = await migrateScratch(scratch)
    expect(applied[0]).toBe('0122_evacuation_arrangement_consent')

    const { rows } = await sql<{ id: string; status: string; proposer: string; decided: boolean }>`
      select id, status, proposer_municipality_code as proposer, decided_at is not null as decided
      from disaster.evacuation_arrangement`.execute(scratch.db)
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]))
    expect(byId[sample]).toMatchObject({ status: 'CONSENTED', proposer: ORIGIN, decided: true })
    expect(byId[byHost]).toMatchObject({ status: 'PROPOSED', proposer: HOST, decided: false })
    expect(byId[unknown]).toMatchObject({ status: 'PROPOSED', proposer: ORIGIN, decided: false })
  })
})
