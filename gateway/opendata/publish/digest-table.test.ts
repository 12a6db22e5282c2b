import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DigestTable } from './digest-table.js'

const digestOf = (text: string) => createHash('sha1').update(text).digest('base64url')

describe('DigestTable', () => {
  it('tells added, changed and unchanged rows apart and counts the previous rows never met', () => {
    const table = new DigestTable()
    table.add('014303-001', digestOf('a'))
    table.add('014303-002', digestOf('b'))
    table.add('避難所\t三笠', digestOf('c'))
    expect(table.unmet).toBe(3)
    expect(table.meet('014303-001', digestOf('a'))).toBe('unchanged')
    expect(table.meet('避難所\t三笠', digestOf('c2'))).toBe('changed')
    expect(table.meet('014303-003', digestOf('d'))).toBe('added')
    // A key met twice is not in the previous release twice: the second time it counts as added, as the Map did.
    expect(table.meet('014303-001', digestOf('a'))).toBe('added')
    expect(table.unmet).toBe(1)
  })

  it('agrees with a Map of the strings over 200,000 rows, growing past its first size', () => {
    // Deterministic rows: keys of three shapes (codes, Japanese, numbers), a tenth changed, a tenth removed, some new.
    const keyOf = (i: number) =>
      i % 3 === 0 ? `01${String(i).padStart(4, '0')}-${i}` : i % 3 === 1 ? `避難所${i}` : `r${(i * 2654435761) >>> 0}`
    const previous = new Map<string, string>()
    const table = new DigestTable()
    for (let i = 0; i < 200_000; i++) {
      previous.set(keyOf(i), digestOf(String(i)))
      table.add(keyOf(i), digestOf(String(i)))
    }
    const expected = { added: 0, changed: 0, unchanged: 0 }
    const seen = { added: 0, changed: 0, unchanged: 0 }
    for (let i = 20_000; i < 230_000; i++) {
      const digest = digestOf(i % 10 === 0 ? `${i} changed` : String(i))
      const before = previous.get(keyOf(i))
      expected[before === undefined ? 'added' : before === digest ? 'unchanged' : 'changed']++
      previous.delete(keyOf(i))
      seen[table.meet(keyOf(i), digest)]++
    }
    expect(seen).toEqual(expected)
    expect(expected).toEqual({ added: 30_000, changed: 18_000, unchanged: 162_000 })
    expect(table.unmet).toBe(previous.size)
  })
})
