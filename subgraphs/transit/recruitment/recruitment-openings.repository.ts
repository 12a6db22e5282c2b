import { sql, type Insertable, type Updateable } from 'kysely'
import type { TransitRecruitmentOpening } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, countRows, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

/** Newest first by (created_at, id): unique, so pages never skip or repeat (see createdAtSortKey). */
const NEWEST_FIRST = [
  { column: 'createdAt', descending: true },
  { column: 'id', descending: true },
] as const
const afterCursor = (page: PageRequest) => {
  const [afterTime = '', afterId = ''] = (page.afterKey ?? '').split('|')
  return sql<boolean>`(created_at, id) < (${afterTime}::timestamptz, ${afterId}::uuid)`
}

export function findOpeningsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('transit.recruitmentOpening').selectAll().where('id', 'in', ids).execute()
}

/** Locks the row for the rest of the transaction, so concurrent updates apply one after the other. */
export function findOpeningForUpdate(db: Executor, id: string) {
  return db.selectFrom('transit.recruitmentOpening').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export interface OpeningFilter {
  municipalityCode: string | null
  status: string | null
}

const openingsMatching = (db: Executor, filter: OpeningFilter) =>
  db
    .selectFrom('transit.recruitmentOpening')
    .selectAll()
    .$if(filter.municipalityCode !== null, (qb) => qb.where('municipalityCode', '=', filter.municipalityCode))
    .$if(filter.status !== null, (qb) => qb.where('status', '=', filter.status ?? ''))

export const countOpenings = (db: Executor, filter: OpeningFilter) => countRows(openingsMatching(db, filter))

export function searchOpenings(db: Executor, filter: OpeningFilter, page: PageRequest) {
  return openingsMatching(db, filter)
    .$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page)))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

const openingsOfTowns = (db: Executor, codes: readonly string[]) =>
  db.selectFrom('transit.recruitmentOpening').selectAll().where('municipalityCode', 'in', codes)

export function countOpeningsByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(openingsOfTowns(db, codes), 'municipalityCode')
}

/** One page per municipality for many municipalities, in one statement. */
export function findOpeningsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    openingsOfTowns(db, codes).$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
    { parent: 'municipalityCode', order: NEWEST_FIRST, limit: page.limit },
  )
}

const openingsOfInitiatives = (db: Executor, initiativeIds: readonly string[]) =>
  db.selectFrom('transit.recruitmentOpening').selectAll().where('initiativeId', 'in', initiativeIds)

export function countOpeningsByInitiative(db: Executor, initiativeIds: readonly string[]) {
  return countPerParent(openingsOfInitiatives(db, initiativeIds), 'initiativeId')
}

/** One page per initiative for many initiatives, in one statement. */
export function findOpeningsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    openingsOfInitiatives(db, initiativeIds).$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
    { parent: 'initiativeId', order: NEWEST_FIRST, limit: page.limit },
  )
}

export function insertOpening(db: Executor, values: Insertable<TransitRecruitmentOpening>) {
  return db.insertInto('transit.recruitmentOpening').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateOpening(db: Executor, id: string, changes: Updateable<TransitRecruitmentOpening>) {
  return db
    .updateTable('transit.recruitmentOpening')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
