import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvRecordTooLong, CsvTokenizer } from './csv-tokenizer.js'

/** Tokenizes `text` cut into chunks at the given points, as a stream delivers it. */
function tokenize(text: string, cuts: number[], limit = 1 << 20) {
  const tokenizer = new CsvTokenizer(limit)
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)
  const records = []
  let from = 0
  for (const point of points) {
    records.push(...tokenizer.push(text.slice(from, point)))
    from = point
  }
  records.push(...tokenizer.push(text.slice(from), true))
  return records
}

// Fields as real feeds have them: ids, Japanese names, commas, quotes, newlines inside quotes.
const field = fc.stringMatching(/^[a-zA-Z0-9月形町役場前駅、,"\n _:.-]{0,12}$/).map((value) => value.trim())
const record = fc.array(field, { minLength: 1, maxLength: 6 }).filter((fields) => fields.join('') !== '')

describe('CsvTokenizer', () => {
  it('reads what csv-parse reads, with the same line numbers, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (records, newline, bom, cuts) => {
          const delimiter = newline === '\n' ? 'unix' : 'windows'
          // Quoted as real writers do when a field holds a line break of either kind.
          const text =
            (bom ? '\uFEFF' : '') + stringify(records, { record_delimiter: delimiter, quoted_match: /[\r\n]/ })
          const expected = (
            parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
              record: string[]
              info: { lines: number }
            }[]
          ).map(({ record: fields, info }) => ({ line: info.lines, fields }))
          expect(tokenize(text, cuts)).toEqual(expected)
        },
      ),
      { seed: 20261206, numRuns: 400 },
    )
  })

  it('reads lone CR line ends, blank lines and a last line without a line end', () => {
    expect(tokenize('a,b\r\rc,"d\ne"\n\nf,g', [2, 5])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd\ne'] },
      { line: 6, fields: ['f', 'g'] },
    ])
  })

  it('stops at a record longer than its limit, even when no line ever ends', () => {
    const tokenizer = new CsvTokenizer(1000)
    expect(() => {
      for (let i = 0; i < 100; i++) tokenizer.push('x'.repeat(100))
    }).toThrow(CsvRecordTooLong)
    expect(() => new CsvTokenizer(10).push('short\n0123456789abc\n')).toThrow(
      'longer than 10 characters starts on line 2',
    )
  })
})
