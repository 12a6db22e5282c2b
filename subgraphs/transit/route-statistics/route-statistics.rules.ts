import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'

/** At most ten years of months per request and per query: bounds the statement and the response. */
export const MAX_MONTHS = 120
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
export const yearMonth = z.string().regex(YEAR_MONTH, 'must be a month as YYYY-MM')
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more')
const amount = z.number().min(0, 'must be 0 or more').max(1e10, 'must be at most 10,000,000,000')
const yen = z
  .number()
  .int('must be whole yen')
  .min(0, 'must be 0 or more')
  .max(1e13, 'must be at most 10,000,000,000,000')

const monthRules = z.object({
  month: yearMonth,
  boardings: count,
  alightings: count.nullish(),
  vehicleKm: amount.nullish(),
  passengerKm: amount.nullish(),
  fareRevenueYen: yen.nullish(),
  operatingCostYen: yen.nullish(),
})

/** RecordRouteStatisticsInput: a batch of months of one route (the operator and route are checked by the service). */
export const routeStatisticsRules = defineEntityRules({
  entity: 'RouteMonthStatistics',
  table: 'transit.route_statistics',
  input: z.object({
    operatorId: z.string(),
    routeId: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    months: z
      .array(monthRules)
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
  }),
  // Each month is a row of its own: the month's figures are checked field by field inside `months`.
  columns: { months: null },
})
