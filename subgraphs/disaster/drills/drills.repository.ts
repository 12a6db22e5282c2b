import { sql, type Insertable } from 'kysely'
import type { DisasterDrill } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, firstPagePerParent, pagePerParent } from '../../../lib/db/paging.js'
import { isUuid } from '../../../lib/ids.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { DrillModel } from './drills.model.js'

/** Newest first; the sort key (held_on, id) is unique, so pages never skip or repeat a drill. */
export const drillSortKey = (drill: DrillModel) => `${drill.heldOn}|${drill.id}`
export const isDrillSortKey = (key: string) => /^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/.test(key) && isUuid(key.slice(11))

const drillsOf = (db: Executor, initiativeIds: readonly string[]) =>
  db.selectFrom('disaster.drill').selectAll().where('initiativeId', 'in', initiativeIds)

export function countDrillsByInitiative(db: Executor, initiativeIds: readonly string[]) {
  return countPerParent(drillsOf(db, initiativeIds), 'initiativeId')
}

const DRILL_ORDER = [
  { column: 'heldOn', descending: true },
  { column: 'id', descending: true },
] as const

const drillsWithHostNames = (db: Executor) =>
  db
    .selectFrom('disaster.drill')
    .leftJoin('agreement.municipalityName as host', 'host.code', 'disaster.drill.hostMunicipalityCode')
    .selectAll('disaster.drill')
    .select('host.name as hostName')

/** The first page of drills of each initiative (the hot read of an initiative's records): a prepared statement. */
const firstDrillPages = firstPagePerParent('disaster-first-drill-pages', drillsWithHostNames, {
  parent: 'initiativeId',
  order: DRILL_ORDER,
})

/**
 * A page of drills per initiative, each with its host's name (`hostName`, from agreement.municipality_name in the
 * same statement: `Drill.host` provides the name, so the gateway needs no fetch to the agreement subgraph for it).
 */
export function findDrillsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  if (page.afterKey === null) return firstDrillPages(db, initiativeIds, page.limit)
  const [afterDate = '', afterId = ''] = page.afterKey.split('|')
  return pagePerParent(
    db,
    drillsWithHostNames(db)
      .where('initiativeId', 'in', initiativeIds)
      .where(sql<boolean>`(held_on, id) < (${afterDate}::date, ${afterId}::uuid)`),
    { parent: 'initiativeId', order: DRILL_ORDER, limit: page.limit },
  )
}

/** Per calendar year: drills and participants by group, one statement. */
export function findDrillTotalsByYear(db: Executor) {
  return db
    .selectFrom('disaster.drill')
    .select([
      sql<number>`extract(year from held_on)::int`.as('year'),
      sql<number>`count(*)::int`.as('drills'),
      sql<number>`sum(staff_participants)::int`.as('staff'),
      sql<number>`sum(volunteer_participants)::int`.as('volunteers'),
      sql<number>`sum(resident_participants)::int`.as('residents'),
    ])
    .groupBy(sql`extract(year from held_on)`)
    .orderBy('year', 'desc')
    .execute()
}

/**
 * Per fiscal year (年度, April–March): drills, how many are sample, participants by group, one statement.
 * held_on is already a date in Japan, so shifting it back three months gives the 年度 as its calendar year.
 */
export function findDrillTotalsByFiscalYear(db: Executor) {
  const fiscalYear = sql<number>`extract(year from held_on - interval '3 months')::int`
  return db
    .selectFrom('disaster.drill')
    .select([
      fiscalYear.as('fiscalYear'),
      sql<number>`count(*)::int`.as('drills'),
      sql<number>`(count(*) filter (where is_sample))::int`.as('sampleDrills'),
      sql<number>`sum(staff_participants)::int`.as('staff'),
      sql<number>`sum(volunteer_participants)::int`.as('volunteers'),
      sql<number>`sum(resident_participants)::int`.as('residents'),
    ])
    .groupBy(sql`extract(year from held_on - interval '3 months')`)
    .orderBy('fiscalYear', 'desc')
    .execute()
}

export const insertDrill = (db: Executor, values: Insertable<DisasterDrill>) =>
  db.insertInto('disaster.drill').values(values).returningAll().executeTakeFirstOrThrow()
