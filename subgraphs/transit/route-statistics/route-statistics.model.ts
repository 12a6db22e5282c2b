import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** One route's figures for one month: the model of RouteMonthStatistics. */
export type RouteMonthStatisticsModel = Selectable<DB['transit.routeStatistics']>

/** One route's fiscal-year totals, as findRoutePerformance computes them: the model of RoutePerformance. */
export interface RoutePerformanceModel {
  operatorId: string
  routeId: string
  routeName: string | null
  fiscalYear: number
  initiativeId: string
  monthsReported: number
  boardings: number
  alightings: number | null
  vehicleKm: number | null
  passengerKm: number | null
  fareRevenueYen: number | null
  operatingCostYen: number | null
  averageLoad: number | null
  fareboxRatio: number | null
  /** True when any month of the year is a generated sample record. */
  isSample: boolean
}
