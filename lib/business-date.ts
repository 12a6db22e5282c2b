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

/** The date in Japan at `now`, as YYYY-MM-DD (pass it to SQL as `${date}::date`, never `current_date`). */
export function businessDate(now: Date = new Date()): string {
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
