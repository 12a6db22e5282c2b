import { sql, type Insertable, type SelectQueryBuilder, type Updateable } from 'kysely'
import type { DisasterShelter } from '../../../codegen/db.js'
import type { DB, Executor } from '../../../lib/db/database.js'
import { countPerParent, countRows, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { HazardColumn } from './hazards.js'
import type { Designation } from './shelter-kinds.js'

/** What a list of shelters can be narrowed to: a hazard, one of the two lists, places for people needing care. */
export interface ShelterFilter {
  hazardColumn: HazardColumn | null
  designation: Designation | null
  needsCare: boolean
}

function filtered<O>(qb: SelectQueryBuilder<DB, 'disaster.shelter', O>, filter: ShelterFilter) {
  return qb
    .$if(filter.hazardColumn !== null, (q) => q.where(sql.ref(filter.hazardColumn ?? 'hazardFlood'), '=', true))
    .$if(filter.designation !== null, (q) => q.where('designation', '=', filter.designation ?? 'EMERGENCY_SITE'))
    .$if(filter.needsCare, (q) => q.where('acceptsPeopleNeedingCare', '=', true))
}

export function findSheltersByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('disaster.shelter').selectAll().where('id', 'in', ids).execute()
}

const sheltersInServiceOf = (db: Executor, codes: readonly string[]) =>
  db.selectFrom('disaster.shelter').selectAll().where('municipalityCode', 'in', codes).where('retiredAt', 'is', null)

/** The shelters in service of each municipality, of one list only when `designation` is given. */
const sheltersOfList = (db: Executor, codes: readonly string[], designation: Designation | null) =>
  sheltersInServiceOf(db, codes).$if(designation !== null, (qb) =>
    qb.where('designation', '=', designation ?? 'EMERGENCY_SITE'),
  )

/**
 * Shelters in service of each municipality (of one list when `designation` is given), `page.limit + 1` per
 * municipality at most, in one statement.
 */
export function findSheltersByMunicipality(
  db: Executor,
  codes: readonly string[],
  page: PageRequest,
  designation: Designation | null = null,
) {
  return pagePerParent(
    db,
    sheltersOfList(db, codes, designation).$if(page.afterKey !== null, (qb) =>
      qb.where('id', '>', page.afterKey ?? ''),
    ),
    { parent: 'municipalityCode', order: [{ column: 'id' }], limit: page.limit },
  )
}

export function countSheltersByMunicipality(
  db: Executor,
  codes: readonly string[],
  designation: Designation | null = null,
) {
  return countPerParent(sheltersOfList(db, codes, designation), 'municipalityCode')
}

/** One town's shelters in service, optionally narrowed by `filter`. */
const shelterListOf = (db: Executor, code: string, filter: ShelterFilter) =>
  filtered(sheltersInServiceOf(db, [code]), filter)

/** A page of one town's shelters in service, optionally narrowed by `filter`, by id. */
export function findShelterPage(db: Executor, code: string, filter: ShelterFilter, page: PageRequest) {
  return shelterListOf(db, code, filter)
    .$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? ''))
    .orderBy('id')
    .limit(page.limit + 1)
    .execute()
}

export function countShelters(db: Executor, code: string, filter: ShelterFilter) {
  return countRows(shelterListOf(db, code, filter))
}

/**
 * Shelters in service within `radiusMetres` of a point, nearest first. `earth_box` narrows the
 * search with the GiST index; `earth_distance` then gives the exact great-circle distance.
 */
export function findSheltersNear(
  db: Executor,
  point: { latitude: number; longitude: number },
  options: { radiusMetres: number; filter: ShelterFilter; limit: number },
) {
  const origin = sql`ll_to_earth(${point.latitude}, ${point.longitude})`
  const location = sql`ll_to_earth(latitude, longitude)`
  return filtered(db.selectFrom('disaster.shelter').selectAll(), options.filter)
    .select(sql<number>`earth_distance(${location}, ${origin})`.as('distanceMetres'))
    .where('retiredAt', 'is', null)
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .where(sql<boolean>`earth_box(${origin}, ${options.radiusMetres}) @> ${location}`)
    .where(sql<boolean>`earth_distance(${location}, ${origin}) <= ${options.radiusMetres}`)
    .orderBy('distanceMetres')
    .orderBy('id')
    .limit(options.limit)
    .execute()
}

/** Locks the row for the rest of the transaction (needs the UPDATE policy: check ownership first). */
export function findShelterForUpdate(db: Executor, id: string) {
  return db.selectFrom('disaster.shelter').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function insertShelter(db: Executor, values: Insertable<DisasterShelter>) {
  return db.insertInto('disaster.shelter').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateShelter(db: Executor, id: string, changes: Updateable<DisasterShelter>) {
  return db
    .updateTable('disaster.shelter')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
