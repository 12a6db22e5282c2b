/**
 * Business dates are dates in Japan (Asia/Tokyo, UTC+9, no daylight saving), whatever the server's or the
 * database's time zone: "today", stock expiry, the agreement in force. Everything that needs today's date takes it
 * from here, with the clock injectable so tests can cross midnight JST without sleeping.
 */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

const JAPAN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Japan has kept UTC+9 without daylight saving since 1952 (JST had summer time 1948–1951). */
const JAPAN_OFFSET_MS = 9 * 3_600_000
const FIXED_OFFSET_SINCE_MS = Date.UTC(1952, 0, 1)
const LAST_FOUR_DIGIT_YEAR_MS = Date.UTC(9999, 11, 31)

/**
 * The date in Japan at `now`, as YYYY-MM-DD (pass it to SQL as `${date}::date`, never `current_date`). Since 1952 it is
 * the UTC date of the instant nine hours later, computed without Intl (a tenth of its cost: the response cache keys
 * every request on it); earlier and far-future instants go through Intl's time-zone data.
 */
export function businessDate(now: Date = new Date()): string {
  const ms = now.getTime()
  if (ms >= FIXED_OFFSET_SINCE_MS && ms < LAST_FOUR_DIGIT_YEAR_MS)
    return new Date(ms + JAPAN_OFFSET_MS).toISOString().slice(0, 10)
  return JAPAN_DATE.format(now)
}

/** Today's date in Japan (the name the agreement's code reads best with). */
export const todayInJapan = (now: Date = new Date()): string => businessDate(now)

/**
 * The Japanese fiscal year (年度) of a business date (YYYY-MM-DD): April to March, named by the year it starts
 * in, so 2026-03-31 is in 2025 (令和7年度) and 2026-04-01 in 2026.
 */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4))
  return Number(date.slice(5, 7)) < 4 ? year - 1 : year
}
