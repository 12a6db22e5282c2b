import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js'
import { foldForSearch, matchesSearch } from './search-fold.js'

describe('foldForSearch', () => {
  it.each([
    ['ＡＩ', 'ai'],
    ['AI-OCR', 'ai-ocr'],
    ['ＲＰＡ１２３', 'rpa123'],
    ['ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ', 'がばめんとくらうど'],
    ['ガバメントクラウド', 'がばめんとくらうど'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ヶ月', 'ゖ月'],
    ['除雪', '除雪'],
    ['㈱ＧＰＳ　除雪', '(株)gps 除雪'],
    ['ー', 'ー'],
    ['ΟΔΟΣ', 'οδοσ'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded)
  })

  it('lets full-width, half-width, case and script variants find each other', () => {
    expect(matchesSearch('AIによる議事録作成', 'ＡＩ')).toBe(true)
    expect(matchesSearch('ｵﾝﾗｲﾝ申請', 'おんらいん')).toBe(true)
    expect(matchesSearch('オンライン申請', 'ｵﾝﾗｲﾝ')).toBe(true)
    expect(matchesSearch('除雪', '除排雪')).toBe(false)
  })
})

describe('app.search_fold (PostgreSQL) and foldForSearch agree', () => {
  let database: TestDatabase
  beforeAll(async () => void (database = await createTestDatabase()))
  afterAll(() => database.drop())

  const inSql = async (values: readonly string[]) => {
    const { rows } = await sql<{ folded: string }>`
      select app.search_fold(value) as folded from unnest(${values}::text[]) with ordinality as v (value, n)
        order by n`.execute(database.admin)
    return rows.map((row) => row.folded)
  }

  it('on every character of the Japanese and ASCII blocks a search meets', async () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e], // ASCII
      [0xa0, 0x17f], // Latin-1 and Latin Extended-A (İ lowers to one character in both)
      [0x370, 0x3ff], // Greek (a final Σ lowers to σ in both)
      [0x3000, 0x30ff], // CJK punctuation, hiragana, katakana
      [0x3200, 0x33ff], // enclosed and compatibility forms (㈱, ㌔)
      [0xff00, 0xffef], // full-width and half-width forms
    ]
    const characters = ranges.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
    )
    expect(await inSql(characters)).toEqual(characters.map(foldForSearch))
  })

  it('on random mixed strings', async () => {
    const alphabet = fc.constantFrom(...'AaＡａ1１ｶｶﾞカガかがヴヵヶー除雪㈱　 -%_'.split(''))
    const samples = fc.sample(fc.string({ unit: alphabet, maxLength: 12 }), 300)
    expect(await inSql(samples)).toEqual(samples.map(foldForSearch))
  })
})
