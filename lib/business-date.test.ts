import { describe, expect, it } from 'vitest'
import { businessDate, fiscalYearOf } from './business-date.js'

describe('business dates', () => {
  it('reads the date in Japan, whatever the UTC date', () => {
    expect(businessDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01')
    expect(businessDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31')
  })

  it('names the fiscal year (年度, April–March) by the year it starts in', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025)
    expect(fiscalYearOf('2026-04-01')).toBe(2026)
    expect(fiscalYearOf('2025-12-31')).toBe(2025)
    expect(fiscalYearOf('2026-01-01')).toBe(2025)
  })
})
