import { z } from 'zod'
import type { RecordRouteStatisticsInput } from '../../../codegen/transit-resolvers.js'
import { assertCanWriteFor, assertCanWriteRegional, requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { TransitContext } from '../context.js'
import { findOperatorsByIds } from '../operators/operators.repository.js'
import {
  findActiveRoute,
  findRouteMonths,
  findRouteMonthsForUpdate,
  upsertRouteMonths,
} from './route-statistics.repository.js'

/** At most ten years of months per request and per query: bounds the statement and the response. */
const MAX_MONTHS = 120
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const yearMonth = z.string().regex(YEAR_MONTH, 'must be a month as YYYY-MM')
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more')
const amount = z.number().min(0, 'must be 0 or more').max(1e10, 'must be at most 10,000,000,000')
const yen = z
  .number()
  .int('must be whole yen')
  .min(0, 'must be 0 or more')
  .max(1e13, 'must be at most 10,000,000,000,000')

const monthSchema = z.object({
  month: yearMonth,
  boardings: count,
  alightings: count.nullish(),
  vehicleKm: amount.nullish(),
  passengerKm: amount.nullish(),
  fareRevenueYen: yen.nullish(),
  operatingCostYen: yen.nullish(),
})

const recordSchema = z.object({
  operatorId: z.string(),
  routeId: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  months: z
    .array(monthSchema)
    .min(1, 'must have at least one month')
    .max(MAX_MONTHS, `must have at most ${MAX_MONTHS} months`)
    .superRefine((months, ctx) => {
      // ON CONFLICT cannot update a row twice in one statement, and a month reported twice is ambiguous anyway.
      const seen = new Set<string>()
      months.forEach((entry, index) => {
        if (seen.has(entry.month))
          ctx.addIssue({ code: 'custom', message: `repeats ${entry.month}`, path: [index, 'month'] })
        seen.add(entry.month)
      })
    }),
})

const firstDay = (month: string) => `${month}-01`
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))

/**
 * Records a batch of months for one route. Everything is checked before the transaction opens:
 * the input (every problem by path), then the operator and the caller's right to write for it, then
 * the route against the operator's active feed; then one upsert and its audit row commit together.
 */
export async function recordRouteStatistics(ctx: TransitContext, input: RecordRouteStatisticsInput) {
  requireStaff(ctx.viewer)
  const data = parseInput(recordSchema, input, 'input', { indexStyle: 'bracket' })
  const [operator] = isUuid(data.operatorId) ? await findOperatorsByIds(ctx.db, [data.operatorId]) : []
  if (!operator) throw notFound(`No operator with id ${JSON.stringify(data.operatorId)}.`)
  const actor = operator.municipalityCode
    ? assertCanWriteFor(ctx.viewer, operator.municipalityCode)
    : assertCanWriteRegional(ctx.viewer)
  if (!(await findActiveRoute(ctx.db, operator.id, data.routeId))) {
    throw badUserInput(
      `input.routeId: ${JSON.stringify(data.routeId)} is not a route of ${operator.name}'s active feed.`,
      {
        field: 'input.routeId',
      },
    )
  }
  const months = data.months.map((entry) => firstDay(entry.month))
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const before = await findRouteMonthsForUpdate(trx, operator.id, data.routeId, months)
    const rows = await upsertRouteMonths(
      trx,
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
    await recordAudit(trx, {
      actor,
      subgraph: 'transit',
      operation: 'record-statistics',
      entity: 'RouteMonthStatistics',
      // One audit row per batch: the route is the entity, the months are in before/after.
      entityId: `${operator.id}/${data.routeId}`,
      ownerCode: operator.municipalityCode,
      before: before.length > 0 ? before : undefined,
      after: rows,
      requestId: ctx.requestId,
    })
    return rows
  })
}

const rangeSchema = z
  .object({ from: yearMonth, to: yearMonth })
  .refine((range) => range.from <= range.to, { message: 'must not be before from', path: ['to'] })
  .refine((range) => range.from > range.to || monthsBetween(range.from, range.to) < MAX_MONTHS, {
    message: `must be within ${MAX_MONTHS} months of from`,
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
