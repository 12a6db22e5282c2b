import { sql, type Insertable, type Updateable } from 'kysely'
import type { IctPilot, IctPilotStatusChange } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, firstPagePerParent, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findPilotsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.pilot').selectAll().where('id', 'in', ids).execute()
}

const pilotsOf = (db: Executor, initiativeIds: readonly string[]) =>
  db.selectFrom('ict.pilot').selectAll().where('initiativeId', 'in', initiativeIds)

export function countPilotsByInitiative(db: Executor, initiativeIds: readonly string[]) {
  return countPerParent(pilotsOf(db, initiativeIds), 'initiativeId')
}

const pilotsWithTownNames = (db: Executor) =>
  db
    .selectFrom('ict.pilot')
    .leftJoin('agreement.municipalityName as town', 'town.code', 'ict.pilot.municipalityCode')
    .selectAll('ict.pilot')
    .select('town.name as municipalityName')

const PILOT_PAGES = { parent: 'initiativeId', order: [{ column: 'id' }] } as const

/** The first page of pilots of each initiative (the hot read of an initiative's records): a prepared statement. */
const firstPilotPages = firstPagePerParent('ict-first-pilot-pages', pilotsWithTownNames, PILOT_PAGES)

/**
 * A page of pilots per initiative, each with its town's name (`municipalityName`, from agreement.municipality_name
 * in the same statement: `Pilot.municipality` provides the name, so the gateway needs no fetch to the agreement
 * subgraph for it).
 */
export function findPilotsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  if (page.afterKey === null) return firstPilotPages(db, initiativeIds, page.limit)
  return pagePerParent(
    db,
    pilotsWithTownNames(db).where('initiativeId', 'in', initiativeIds).where('id', '>', page.afterKey),
    { ...PILOT_PAGES, limit: page.limit },
  )
}

export function findStatusHistory(db: Executor, pilotIds: readonly string[]) {
  return db
    .selectFrom('ict.pilotStatusChange')
    .selectAll()
    .where('pilotId', 'in', pilotIds)
    .orderBy('effectiveOn')
    .orderBy('id')
    .execute()
}

/** Locks the row for the rest of the transaction (needs the UPDATE policy: check ownership first). */
export function findPilotForUpdate(db: Executor, id: string) {
  return db.selectFrom('ict.pilot').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function insertPilot(db: Executor, values: Insertable<IctPilot>) {
  return db.insertInto('ict.pilot').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updatePilot(db: Executor, id: string, changes: Updateable<IctPilot>) {
  return db
    .updateTable('ict.pilot')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function insertStatusChange(db: Executor, values: Insertable<IctPilotStatusChange>) {
  return db.insertInto('ict.pilotStatusChange').values(values).execute()
}

/**
 * The status a pilot has on `today`: its latest change that has taken effect (by date, then by the order
 * recorded), so that a back-dated change lands in its place in the history instead of becoming "current".
 * Only the creation entry can lie in the future (a planned start); then it is the status until that day.
 */
export async function statusOn(db: Executor, pilotId: string, today: string): Promise<string> {
  const latest = await db
    .selectFrom('ict.pilotStatusChange')
    .select('status')
    .where('pilotId', '=', pilotId)
    .orderBy(sql<boolean>`effective_on <= ${today}::date`, 'desc')
    .orderBy('effectiveOn', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  return latest.status
}
