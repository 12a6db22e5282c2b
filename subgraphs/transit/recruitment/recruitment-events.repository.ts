import { sql, type Insertable, type Updateable } from 'kysely'
import type { TransitRecruitmentEvent } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, countRows, pagePerParent } from '../../../lib/db/paging.js'
import { isUuid } from '../../../lib/ids.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { RecruitmentEventModel } from './recruitment-events.model.js'

/** Newest first; the sort key (held_on, id) is unique, so pages never skip or repeat an event. */
export const eventSortKey = (event: RecruitmentEventModel) => `${event.heldOn}|${event.id}`
export const isEventSortKey = (key: string) => /^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/.test(key) && isUuid(key.slice(11))

const NEWEST_FIRST = [
  { column: 'heldOn', descending: true },
  { column: 'id', descending: true },
] as const
const afterCursor = (page: PageRequest) => {
  const [afterDate = '', afterId = ''] = (page.afterKey ?? '').split('|')
  return sql<boolean>`(held_on, id) < (${afterDate}::date, ${afterId}::uuid)`
}

export function findEventsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('transit.recruitmentEvent').selectAll().where('id', 'in', ids).execute()
}

/** Locks the row for the rest of the transaction, so concurrent updates apply one after the other. */
export function findEventForUpdate(db: Executor, id: string) {
  return db.selectFrom('transit.recruitmentEvent').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export interface EventFilter {
  municipalityCode: string | null
  from: string | null
  to: string | null
}

const eventsMatching = (db: Executor, filter: EventFilter) =>
  db
    .selectFrom('transit.recruitmentEvent')
    .selectAll()
    .$if(filter.municipalityCode !== null, (qb) => qb.where('municipalityCode', '=', filter.municipalityCode))
    .$if(filter.from !== null, (qb) => qb.where('heldOn', '>=', filter.from ?? ''))
    .$if(filter.to !== null, (qb) => qb.where('heldOn', '<=', filter.to ?? ''))

export const countEvents = (db: Executor, filter: EventFilter) => countRows(eventsMatching(db, filter))

export function searchEvents(db: Executor, filter: EventFilter, page: PageRequest) {
  return eventsMatching(db, filter)
    .$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page)))
    .orderBy('heldOn', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

const eventsOfTowns = (db: Executor, codes: readonly string[]) =>
  db.selectFrom('transit.recruitmentEvent').selectAll().where('municipalityCode', 'in', codes)

export function countEventsByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(eventsOfTowns(db, codes), 'municipalityCode')
}

/** One page per municipality for many municipalities, in one statement. */
export function findEventsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    eventsOfTowns(db, codes).$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
    { parent: 'municipalityCode', order: NEWEST_FIRST, limit: page.limit },
  )
}

const eventsOfInitiatives = (db: Executor, initiativeIds: readonly string[]) =>
  db.selectFrom('transit.recruitmentEvent').selectAll().where('initiativeId', 'in', initiativeIds)

export function countEventsByInitiative(db: Executor, initiativeIds: readonly string[]) {
  return countPerParent(eventsOfInitiatives(db, initiativeIds), 'initiativeId')
}

/** One page per initiative for many initiatives, in one statement. */
export function findEventsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    eventsOfInitiatives(db, initiativeIds).$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
    { parent: 'initiativeId', order: NEWEST_FIRST, limit: page.limit },
  )
}

export function insertEvent(db: Executor, values: Insertable<TransitRecruitmentEvent>) {
  return db.insertInto('transit.recruitmentEvent').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateEvent(db: Executor, id: string, changes: Updateable<TransitRecruitmentEvent>) {
  return db
    .updateTable('transit.recruitmentEvent')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
