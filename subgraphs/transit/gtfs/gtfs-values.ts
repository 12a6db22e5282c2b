/** Value rules of the GTFS reference (and GTFS-JP, which adds none to these fields). */

const DIGIT_0 = 48
const COLON = 58
/** The digit at `at` (0–9), or -1. */
const digitAt = (value: string, at: number) => {
  const digit = value.charCodeAt(at) - DIGIT_0
  return digit >= 0 && digit <= 9 ? digit : -1
}

/**
 * Seconds since noon minus 12 h of the service day; GTFS times may exceed 24:00:00 (after midnight).
 * H:MM:SS with 1–3 hour digits and minutes and seconds 00–59 (the rule of /^(\d{1,3}):([0-5]\d):([0-5]\d)$/),
 * read by character codes: it runs twice per row of a million-row stop_times.txt (check, then COPY).
 */
export function parseGtfsTime(value: string): number | null {
  const hourDigits = value.length - 6
  if (hourDigits < 1 || hourDigits > 3 || value.charCodeAt(hourDigits) !== COLON) return null
  if (value.charCodeAt(hourDigits + 3) !== COLON) return null
  let hours = 0
  for (let i = 0; i < hourDigits; i++) {
    const digit = digitAt(value, i)
    if (digit < 0) return null
    hours = hours * 10 + digit
  }
  // Four constants, not an array destructured: no allocation per call.
  const m1 = digitAt(value, hourDigits + 1)
  const m2 = digitAt(value, hourDigits + 2)
  const s1 = digitAt(value, hourDigits + 4)
  const s2 = digitAt(value, hourDigits + 5)
  if (m1 < 0 || m1 > 5 || m2 < 0 || s1 < 0 || s1 > 5 || s2 < 0) return null
  return hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2
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
