import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { errorCodeOf } from './errors.js'
import {
  assertMunicipalityCode,
  checkDigitOf,
  isValidMunicipalityCode,
  PARTY_CODES,
  PARTY_NAMES,
  suggestMunicipalityCode,
} from './municipality-code.js'

/** The nine parties as a served list (code → name), as lib/served-municipalities.ts reads it from the data. */
const SERVED: ReadonlyMap<string, string> = new Map(Object.entries(PARTY_NAMES))

describe('全国地方公共団体コード check digit', () => {
  it('accepts the codes of all nine parties', () => {
    for (const code of PARTY_CODES) expect(isValidMunicipalityCode(code), code).toBe(true)
  })

  it('accepts exactly one check digit for every five-digit prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{5}$/), fc.integer({ min: 0, max: 9 }), (prefix, digit) => {
        expect(isValidMunicipalityCode(`${prefix}${digit}`)).toBe(digit === checkDigitOf(prefix))
      }),
    )
  })

  it.each([
    ['01210', '012106 (岩見沢市)'],
    ['12106', '012106 (岩見沢市)'],
    ['01430', '014303 (月形町)'],
    ['012107', '012106 (岩見沢市)'],
    ['０１２１０６', '012106 (岩見沢市)'],
    ['01100', '011002'],
  ])('proposes the code meant for %j, by name when it is served', (code, meant) => {
    const [suggested, name] = meant.split(' ')
    expect(suggestMunicipalityCode(code, SERVED)).toBe(` Did you mean "${suggested ?? ''}"${name ? ` ${name}` : ''}?`)
  })

  it('names no town when the served list is not at hand, and prefers a served candidate', () => {
    expect(suggestMunicipalityCode('01210')).toBe(' Did you mean "012106"?')
    // 12106 lost its leading zero (012106) or its check digit (121061): the served one wins.
    expect(suggestMunicipalityCode('12106', new Map([['121061', '合成市']]))).toBe(' Did you mean "121061" (合成市)?')
  })

  it('proposes nothing when no code is near', () => {
    for (const code of ['abc', '', '0121066', '1234']) expect(suggestMunicipalityCode(code)).toBe('')
  })

  it.each([
    ['01210', /Did you mean "012106" \(岩見沢市\)/],
    ['12106', /Did you mean "012106"/],
    ['012107', /wrong check digit.*012106/],
    ['abc', /6-digit/],
    ['', /6-digit/],
    ['0121066', /6-digit/],
    ['０１２１０６', /6-digit/],
  ])('rejects %j with BAD_USER_INPUT and a helpful message', (code, message) => {
    let thrown: unknown
    try {
      assertMunicipalityCode(code, 'code', SERVED)
    } catch (error) {
      thrown = error
    }
    expect(errorCodeOf(thrown)).toBe('BAD_USER_INPUT')
    expect((thrown as Error).message).toMatch(message)
  })
})
