import { badUserInput } from '../../../lib/errors.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { isUuid } from '../../../lib/ids.js'
import type { TransitContext } from '../context.js'
import { findDepartures } from './departures.repository.js'

const MAX_DEPARTURES = 100

export const formatSeconds = (total: number) =>
  [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':')

/** HH:MM or HH:MM:SS of one day, as seconds after midnight; BAD_USER_INPUT naming `field` otherwise. */
export function parseTimeOfDay(value: string, field: string) {
  const time = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(value)
  if (!time) throw badUserInput(`${field} must be a time of day, HH:MM or HH:MM:SS.`, { field })
  return Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)
}

export async function departures(
  ctx: TransitContext,
  args: { operatorId: string; stopId: string; date: string; after: string; first?: number | null },
) {
  if (!fieldRules.isoDate.safeParse(args.date).success)
    throw badUserInput('date must be YYYY-MM-DD.', { field: 'date' })
  const limit = args.first ?? 10
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DEPARTURES) {
    throw badUserInput(`first must be between 1 and ${MAX_DEPARTURES}.`, { field: 'first' })
  }
  if (!isUuid(args.operatorId)) return []
  const seconds = parseTimeOfDay(args.after, 'after')
  const rows = await findDepartures(ctx.db, {
    operatorId: args.operatorId,
    stopId: args.stopId,
    date: args.date,
    seconds,
    limit,
  })
  return rows.map((row) => ({
    tripId: row.tripId,
    serviceDate: row.serviceDate,
    serviceTime: formatSeconds(row.departureSeconds),
    time: formatSeconds(row.secondsAfterMidnight),
    headsign: row.tripHeadsign,
    routeId: row.routeId,
    routeShortName: row.routeShortName,
    routeLongName: row.routeLongName,
  }))
}
