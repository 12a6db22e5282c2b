import { z } from 'zod'
import type { RecordRouteStatisticsInput } from '../../../codegen/transit-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { TransitContext } from '../context.js'
import { findOperatorsByIds } from '../operators/operators.repository.js'
import {
  findActiveRoute,
  findRouteMonths,
  findRoutePerformance,
  findStatisticsFiscalYears,
  findRouteMonthsForUpdate,
  upsertRouteMonths,
} from './route-statistics.repository.js'
import { MAX_MONTHS, routeStatisticsRules, yearMonth } from './route-statistics.rules.js'

const firstDay = (month: string) => `${month}-01`
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))

/**
 * Records a batch of months for one route: the input (every problem by path), then the operator and the
 * caller's right to write for it, then the route against the operator's active feed; then one upsert and
 * its audit row commit together.
 */
export function recordRouteStatistics(ctx: TransitContext, input: RecordRouteStatisticsInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(routeStatisticsRules.input, input, 'input', { indexStyle: 'bracket' })
    const [operator] = isUuid(data.operatorId) ? await findOperatorsByIds(w.trx, [data.operatorId]) : []
    if (!operator) throw notFound(`No operator with id ${JSON.stringify(data.operatorId)}.`)
    w.assertOwns(operator.municipalityCode)
    if (!(await findActiveRoute(w.trx, operator.id, data.routeId))) {
      throw badUserInput(
        `input.routeId: ${JSON.stringify(data.routeId)} is not a route of ${operator.name}'s active feed.`,
        { field: 'input.routeId' },
      )
    }
    const months = data.months.map((entry) => firstDay(entry.month))
    const before = await findRouteMonthsForUpdate(w.trx, operator.id, data.routeId, months)
    const rows = await upsertRouteMonths(
      w.trx,
      data.months.map((entry) => ({
        operatorId: operator.id,
        municipalityCode: operator.municipalityCode,
        routeId: data.routeId,
        month: firstDay(entry.month),
        boardings: entry.boardings,
        alightings: entry.alightings ?? null,
        vehicleKm: entry.vehicleKm ?? null,
        passengerKm: entry.passengerKm ?? null,
        fareRevenueYen: entry.fareRevenueYen ?? null,
        operatingCostYen: entry.operatingCostYen ?? null,
        isSample: false,
      })),
    )
    rows.sort((a, b) => a.month.localeCompare(b.month))
    await w.changed({
      operation: 'record-statistics',
      entity: 'RouteMonthStatistics',
      // One audit row per batch: the route is the entity, the months are in before/after.
      entityId: `${operator.id}/${data.routeId}`,
      ownerCode: operator.municipalityCode,
      before: before.length > 0 ? before : undefined,
      after: rows,
    })
    return rows
  })
}

const rangeSchema = z
  .object({ from: yearMonth, to: yearMonth })
  .refine((range) => range.from <= range.to, { error: 'must not be before from', path: ['to'] })
  .refine((range) => range.from > range.to || monthsBetween(range.from, range.to) < MAX_MONTHS, {
    error: `must be within ${MAX_MONTHS} months of from`,
    path: ['to'],
  })

export async function routeRidership(
  ctx: TransitContext,
  args: { operatorId: string; routeId: string; from: string; to: string },
) {
  const range = parseInput(rangeSchema, { from: args.from, to: args.to }, 'args')
  if (!isUuid(args.operatorId)) return []
  return findRouteMonths(ctx.db, args.operatorId, args.routeId, firstDay(range.from), firstDay(range.to))
}

/** Fiscal years the figures can belong to; anything else is a typo, not an empty year. */
export function assertFiscalYear(fiscalYear: number): number {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1990 || fiscalYear > 2100) {
    throw badUserInput(`fiscalYear must be a year between 1990 and 2100, got ${fiscalYear}.`, { field: 'fiscalYear' })
  }
  return fiscalYear
}

export function routePerformance(ctx: TransitContext, operatorId: string, fiscalYear: number) {
  assertFiscalYear(fiscalYear)
  return isUuid(operatorId) ? ctx.loaders.routePerformanceByOperator.load({ operatorId, fiscalYear }) : []
}

/** Every route of every operator (region-wide ones included) with figures in the fiscal year, one statement. */
export function regionRoutePerformance(ctx: TransitContext, fiscalYear: number) {
  return findRoutePerformance(ctx.db, 'all', assertFiscalYear(fiscalYear))
}

export async function routePerformanceFiscalYears(ctx: TransitContext) {
  return (await findStatisticsFiscalYears(ctx.db)).map((row) => row.fiscalYear)
}
