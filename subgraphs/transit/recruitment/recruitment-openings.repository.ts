import { sql, type Insertable, type Updateable } from 'kysely'
import type { TransitRecruitmentOpening } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { pagePerParent } from '../../../lib/db/paging.js'
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

export function searchOpenings(
  db: Executor,
  filter: { municipalityCode: string | null; status: string | null },
  page: PageRequest,
) {
  return db
    .selectFrom('transit.recruitmentOpening')
    .selectAll()
    .$if(filter.municipalityCode !== null, (qb) => qb.where('municipalityCode', '=', filter.municipalityCode))
    .$if(filter.status !== null, (qb) => qb.where('status', '=', filter.status ?? ''))
    .$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page)))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

/** One page per municipality for many municipalities, in one statement. */
export function findOpeningsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    db
      .selectFrom('transit.recruitmentOpening')
      .selectAll()
      .where('municipalityCode', 'in', codes)
      .$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
    { parent: 'municipalityCode', order: NEWEST_FIRST, limit: page.limit },
  )
}

/** One page per initiative for many initiatives, in one statement. */
export function findOpeningsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    db
      .selectFrom('transit.recruitmentOpening')
      .selectAll()
      .where('initiativeId', 'in', initiativeIds)
      .$if(page.afterKey !== null, (qb) => qb.where(afterCursor(page))),
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
