import { spawnSync } from 'node:child_process'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectPath } from '../../../lib/paths.js'
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

/**
 * The allocation-site pretenuring decisions V8 makes while `tokenize` (a script that sets `records`) runs over 100k
 * plain and 100k quoted rows, all kept alive, in a fresh node whose new space is at its maximum from the start: the
 * conditions in which a scavenge judges a site "tenure" (docs/performance/gtfs-import.md, the second memory mode).
 */
function pretenuringDecisions(tokenize: string): string[] {
  const tokenizer = projectPath('subgraphs', 'transit', 'gtfs', 'csv-tokenizer.ts')
  const script = `import { CsvTokenizer } from ${JSON.stringify(tokenizer)}
    const text = 'r001_t0001,s0001,1,12:00:00,12:00:00,0,0,,\\n'.repeat(100000) + '"q","r, s","t"\\n'.repeat(100000)
    console.log('tokenizing')
    ${tokenize}
    console.log('tokenized', records.length)`
  const { stdout } = spawnSync(
    process.execPath,
    [
      '--min-semi-space-size=16',
      '--trace-pretenuring-statistics',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  )
  expect(stdout).toContain('tokenized 200')
  return stdout
    .slice(stdout.indexOf('tokenizing'), stdout.indexOf('tokenized'))
    .split('\n')
    .filter((line) => / => (maybe )?tenure/.test(line))
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

  it('makes nothing per record that V8 could decide to allocate in old space (no object or array literal)', () => {
    // The harness sees a literal's site tenured (else this test could not fail)...
    const literals =
      "const records = text.split('\\n').map((line, index) => ({ line: index, fields: line.split(',') }))"
    expect(pretenuringDecisions(literals).length).toBeGreaterThan(0)
    // ...and none of the tokenizer's: records are class instances, fields come from split/map/slice.
    expect(pretenuringDecisions('const records = new CsvTokenizer(1 << 20).push(text, true)')).toEqual([])
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
