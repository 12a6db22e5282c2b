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
