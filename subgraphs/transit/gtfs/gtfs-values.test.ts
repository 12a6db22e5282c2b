import { describe, expect, it } from 'vitest'
import { parseGtfsTime } from './gtfs-values.js'

/** The rule parseGtfsTime implements by character codes, as a regular expression. */
function byPattern(value: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(value)
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null
}

describe('parseGtfsTime', () => {
  it('reads H:MM:SS with one to three hour digits, past 24:00:00 too', () => {
    expect(parseGtfsTime('5:00:00')).toBe(18_000)
    expect(parseGtfsTime('08:05:09')).toBe(29_109)
    expect(parseGtfsTime('25:30:00')).toBe(91_800)
    expect(parseGtfsTime('100:00:01')).toBe(360_001)
  })

  it('refuses what the GTFS time pattern refuses', () => {
    for (const value of [
      '',
      '8:00',
      '08:60:00',
      '08:00:60',
      '1000:00:00',
      ' 8:00:00',
      '08:00:00 ',
      '0a:00:00',
      '-1:00:00',
    ])
      expect(parseGtfsTime(value)).toBeNull()
  })

  it('agrees with the pattern on every short string over its alphabet (fixed seed)', () => {
    const alphabet = '0123456789:5a '
    let seed = 19
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 20_000; n++) {
      const length = 5 + Math.floor(random() * 6)
      let value = ''
      for (let i = 0; i < length; i++) value += alphabet.charAt(Math.floor(random() * alphabet.length))
      // Shapes near H:MM:SS are the interesting ones: put the colons where they belong half of the time.
      if (random() < 0.5 && length >= 7)
        value = `${value.slice(0, length - 6)}:${value.slice(length - 5, length - 3)}:${value.slice(length - 2)}`
      expect(parseGtfsTime(value), value).toBe(byPattern(value))
    }
  })
})
