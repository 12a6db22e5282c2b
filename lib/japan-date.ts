/**
 * Business dates are dates in Japan (Asia/Tokyo) whatever the server's zone: "today" for the agreement in force,
 * for a contract that has ended, for a pilot's status. The one place that turns an instant into such a date.
 */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
