/** Value rules of the GTFS reference (and GTFS-JP, which adds none to these fields). */

/** Seconds since noon minus 12 h of the service day; GTFS times may exceed 24:00:00 (after midnight). */
export function parseGtfsTime(value: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(value)
  if (!match) return null
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

/** YYYYMMDD that is a real calendar date. */
export function isGtfsDate(value: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return (
    date.getUTCFullYear() === Number(match[1]) &&
    date.getUTCMonth() === Number(match[2]) - 1 &&
    date.getUTCDate() === Number(match[3])
  )
}

const BASIC_ROUTE_TYPES = new Set([0, 1, 2, 3, 4, 5, 6, 7, 11, 12])
/** Basic route types, or the extended (Google) types 100–1799. */
export function isRouteType(value: string): boolean {
  if (!/^\d+$/.test(value)) return false
  const type = Number(value)
  return BASIC_ROUTE_TYPES.has(type) || (type >= 100 && type < 1800)
}

export function isCoordinate(value: string, limit: number): boolean {
  const number = Number(value)
  return value !== '' && Number.isFinite(number) && Math.abs(number) <= limit
}
