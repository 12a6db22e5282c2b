import { describe, expect, it } from 'vitest'
import { businessDate, fiscalYearOf } from './business-date.js'

describe('business dates', () => {
  it('reads the date in Japan, whatever the UTC date', () => {
    expect(businessDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01')
    expect(businessDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31')
  })

  it('gives the date Intl gives for Asia/Tokyo, across the years and around midnight in Japan', () => {
    const tokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', dateStyle: 'short' })
    const instants: number[] = []
    // Every 97 hours (so the hour of day wanders), and a second either side of 15:00 UTC (midnight in Japan).
    for (let ms = Date.UTC(1947, 0, 1); ms < Date.UTC(2060, 0, 1); ms += 97 * 3_600_000 + 59_999) instants.push(ms)
    for (let day = Date.UTC(1951, 0, 1, 15); day < Date.UTC(2030, 0, 1); day += 86_400_000 * 37) {
      instants.push(day - 1000, day, day + 1000)
    }
    const differing = instants.filter((ms) => businessDate(new Date(ms)) !== tokyo.format(new Date(ms)))
    expect(differing.map((ms) => new Date(ms).toISOString())).toEqual([])
  })

  it('names the fiscal year (年度, April–March) by the year it starts in', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025)
    expect(fiscalYearOf('2026-04-01')).toBe(2026)
    expect(fiscalYearOf('2025-12-31')).toBe(2025)
    expect(fiscalYearOf('2026-01-01')).toBe(2025)
  })
})
