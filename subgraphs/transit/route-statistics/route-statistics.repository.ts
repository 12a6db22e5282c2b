import { sql, type Insertable } from 'kysely'
import type { TransitRouteStatistics } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'

import type { RoutePerformanceModel } from './route-statistics.model.js'

/** The route as the operator's ACTIVE feed has it, or undefined (unknown route, or no active feed). */
export function findActiveRoute(db: Executor, operatorId: string, routeId: string) {
  return db
    .selectFrom('transit.gtfsRoute as r')
    .innerJoin('transit.feedVersion as f', 'f.id', 'r.feedVersionId')
    .select(['r.routeId', 'r.routeLongName', 'r.routeShortName'])
    .where('f.operatorId', '=', operatorId)
    .where('f.status', '=', 'ACTIVE')
    .where('r.routeId', '=', routeId)
    .executeTakeFirst()
}

/** The route's rows for the given months (first days), locked so the audit's `before` cannot go stale. */
export function findRouteMonthsForUpdate(db: Executor, operatorId: string, routeId: string, months: readonly string[]) {
  return db
    .selectFrom('transit.routeStatistics')
    .selectAll()
    .where('operatorId', '=', operatorId)
    .where('routeId', '=', routeId)
    .where('month', 'in', months)
    .orderBy('month')
    .forUpdate()
    .execute()
}

/** One route's months in [fromMonth, toMonth] (first days of months), oldest first. */
export function findRouteMonths(db: Executor, operatorId: string, routeId: string, fromMonth: string, toMonth: string) {
  return db
    .selectFrom('transit.routeStatistics')
    .selectAll()
    .where('operatorId', '=', operatorId)
    .where('routeId', '=', routeId)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .orderBy('month')
    .execute()
}

/**
 * A batch of months in ONE statement: months already reported are replaced (a correction), new ones
 * added. The caller guarantees each month appears once (ON CONFLICT cannot touch a row twice).
 */
export function upsertRouteMonths(db: Executor, rows: readonly Insertable<TransitRouteStatistics>[]) {
  return db
    .insertInto('transit.routeStatistics')
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(['operatorId', 'routeId', 'month']).doUpdateSet((eb) => ({
        boardings: eb.ref('excluded.boardings'),
        alightings: eb.ref('excluded.alightings'),
        vehicleKm: eb.ref('excluded.vehicleKm'),
        passengerKm: eb.ref('excluded.passengerKm'),
        fareRevenueYen: eb.ref('excluded.fareRevenueYen'),
        operatingCostYen: eb.ref('excluded.operatingCostYen'),
        // A town's own figures replace sample ones.
        isSample: eb.ref('excluded.isSample'),
        updatedAt: sql<Date>`now()`,
      })),
    )
    .returningAll()
    .execute()
}

/** Sums a column only when every month of the group has it: a partial sum would pass for a total. */
const completeSum = (column: string) =>
  sql<number | null>`case when count(${sql.ref(column)}) = count(*) then sum(${sql.ref(column)}) end`

/** `numerator / denominator` of two complete sums; null when either is incomplete or the denominator is 0. */
const ratioOfSums = (numerator: string, denominator: string) =>
  sql<number | null>`case when count(${sql.ref(numerator)}) = count(*) and count(${sql.ref(denominator)}) = count(*)
    then sum(${sql.ref(numerator)})::numeric / nullif(sum(${sql.ref(denominator)}), 0) end`

/**
 * Fiscal-year (April–March) totals per route for many operators in ONE statement, with each route's
 * name from its operator's active feed (a left join: figures outlive the route's removal from a feed).
 */
export function findRoutePerformance(db: Executor, operatorIds: readonly string[] | 'all', fiscalYear: number) {
  return db
    .selectFrom('transit.routeStatistics as s')
    .leftJoin('transit.feedVersion as f', (join) =>
      join.onRef('f.operatorId', '=', 's.operatorId').on('f.status', '=', 'ACTIVE'),
    )
    .leftJoin('transit.gtfsRoute as r', (join) =>
      join.onRef('r.feedVersionId', '=', 'f.id').onRef('r.routeId', '=', 's.routeId'),
    )
    .select([
      's.operatorId',
      's.routeId',
      sql<string | null>`coalesce(r.route_long_name, r.route_short_name)`.as('routeName'),
      sql<number>`${fiscalYear}::int`.as('fiscalYear'),
      // Rows of one route may in principle name different lines; the route's figures serve the earliest id.
      sql<string>`min(s.initiative_id)`.as('initiativeId'),
      sql<number>`count(*)::int`.as('monthsReported'),
      sql<number>`sum(s.boardings)`.as('boardings'),
      completeSum('s.alightings').as('alightings'),
      completeSum('s.vehicleKm').as('vehicleKm'),
      completeSum('s.passengerKm').as('passengerKm'),
      completeSum('s.fareRevenueYen').as('fareRevenueYen'),
      completeSum('s.operatingCostYen').as('operatingCostYen'),
      ratioOfSums('s.passengerKm', 's.vehicleKm').as('averageLoad'),
      ratioOfSums('s.fareRevenueYen', 's.operatingCostYen').as('fareboxRatio'),
      sql<boolean>`bool_or(s.is_sample)`.as('isSample'),
    ])
    .$if(operatorIds !== 'all', (query) => query.where('s.operatorId', 'in', operatorIds as readonly string[]))
    .where('s.month', '>=', `${fiscalYear}-04-01`)
    .where('s.month', '<', `${fiscalYear + 1}-04-01`)
    .groupBy(['s.operatorId', 's.routeId', 'r.routeLongName', 'r.routeShortName'])
    .orderBy('s.operatorId')
    .orderBy('s.routeId')
    .execute() as Promise<RoutePerformanceModel[]>
}

/** The fiscal years (April–March) with any figures, newest first: what `routePerformanceFiscalYears` lists. */
export function findStatisticsFiscalYears(db: Executor) {
  const fiscalYear = sql<number>`extract(year from month - interval '3 months')::int`
  return db
    .selectFrom('transit.routeStatistics')
    .select(fiscalYear.as('fiscalYear'))
    .distinct()
    .orderBy('fiscalYear', 'desc')
    .execute()
}
