import type { Insertable, Updateable } from 'kysely'
import type { DisasterShelter } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'

/** Every shelter of the town that came from a file (retired ones too: a reappearing id revives its row). */
export function findImportedShelters(db: Executor, municipalityCode: string) {
  return db
    .selectFrom('disaster.shelter')
    .selectAll()
    .where('municipalityCode', '=', municipalityCode)
    .where('sourceId', 'is not', null)
    .forUpdate()
    .execute()
}

export function insertShelters(db: Executor, rows: Insertable<DisasterShelter>[]) {
  return rows.length === 0
    ? Promise.resolve([])
    : db.insertInto('disaster.shelter').values(rows).returning('id').execute()
}

export function updateShelterById(db: Executor, id: string, changes: Updateable<DisasterShelter>) {
  return db
    .updateTable('disaster.shelter')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .execute()
}

export function retireShelters(db: Executor, ids: readonly string[]) {
  return ids.length === 0
    ? Promise.resolve()
    : db
        .updateTable('disaster.shelter')
        .set({ retiredAt: new Date(), updatedAt: new Date() })
        .where('id', 'in', ids)
        .execute()
}
