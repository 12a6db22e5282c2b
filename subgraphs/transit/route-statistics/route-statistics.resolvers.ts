import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import {
  recordRouteStatistics,
  regionRoutePerformance,
  routePerformance,
  routePerformanceFiscalYears,
  routeRidership,
} from './route-statistics.service.js'

/** Per-month ratio: null when either side is missing or the denominator is 0 (no division by zero). */
const ratio = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator

export const routeStatisticsResolvers: Resolvers = {
  Query: {
    routeRidership: (_, args, ctx) => routeRidership(ctx, args),
    routePerformance: (_, { operatorId, fiscalYear }, ctx) => routePerformance(ctx, operatorId, fiscalYear),
    regionRoutePerformance: (_, { fiscalYear }, ctx) => regionRoutePerformance(ctx, fiscalYear),
    routePerformanceFiscalYears: (_, __, ctx) => routePerformanceFiscalYears(ctx),
  },
  Mutation: {
    recordRouteStatistics: (_, { input }, ctx) => recordRouteStatistics(ctx, input),
  },
  Operator: {
    routePerformance: (operator, { fiscalYear }, ctx) => routePerformance(ctx, operator.id, fiscalYear),
  },
  RouteMonthStatistics: {
    operator: (row, _, ctx) => required(ctx.loaders.operatorById.load(row.operatorId), `operator ${row.operatorId}`),
    month: (row) => row.month.slice(0, 7),
    averageLoad: (row) => ratio(row.passengerKm, row.vehicleKm),
    fareboxRatio: (row) => ratio(row.fareRevenueYen, row.operatingCostYen),
    initiative: (row) => ({ id: row.initiativeId }),
  },
  RoutePerformance: {
    operator: (row, _, ctx) => required(ctx.loaders.operatorById.load(row.operatorId), `operator ${row.operatorId}`),
    initiative: (row) => ({ id: row.initiativeId }),
  },
}
