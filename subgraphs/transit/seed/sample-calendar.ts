import holidayJp from '@holiday-jp/holiday_jp'

/** The sample feeds' service period: fiscal years 2025 and 2026 (令和7・8年度). */
export const SERVICE_PERIOD = { start: '2025-04-01', end: '2027-03-31' } as const

export interface SampleService {
  serviceId: 'WEEKDAY' | 'HOLIDAY'
  /** Monday first, as in calendar.txt. */
  weekdays: boolean[]
  /** calendar_dates.txt: 1 = runs that day after all, 2 = does not run. */
  exceptions: { date: string; exceptionType: 1 | 2 }[]
}

/**
 * Japan's public holidays (国民の祝日, 振替休日, 国民の休日) in the period, from @holiday-jp/holiday_jp
 * (maintained from the Cabinet Office's list), as YYYY-MM-DD strings: no time zone can shift them.
 */
export function publicHolidays(start: string, end: string): string[] {
  return Object.values(holidayJp.holidays)
    .map((holiday) => holiday.date)
    .filter((date) => date >= start && date <= end)
    .sort()
}

const isWeekday = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day >= 1 && day <= 5
}

/**
 * 平日ダイヤ and 土休日ダイヤ, the way Japanese operators publish them: the weekday service does not
 * run on a holiday that falls on a weekday, and the weekend/holiday service runs on it instead.
 */
export function sampleServices(): SampleService[] {
  const weekdayHolidays = publicHolidays(SERVICE_PERIOD.start, SERVICE_PERIOD.end).filter(isWeekday)
  return [
    {
      serviceId: 'WEEKDAY',
      weekdays: [true, true, true, true, true, false, false],
      exceptions: weekdayHolidays.map((date) => ({ date, exceptionType: 2 })),
    },
    {
      serviceId: 'HOLIDAY',
      weekdays: [false, false, false, false, false, true, true],
      exceptions: weekdayHolidays.map((date) => ({ date, exceptionType: 1 })),
    },
  ]
}
