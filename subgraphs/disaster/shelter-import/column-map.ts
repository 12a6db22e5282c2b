import { meaningOf, type ImportField } from './headers.js'
import type { ImportWarning } from './import-problems.js'

/**
 * Which column holds each field, and what becomes of the others. Every column the import does not store is named
 * in the result: unknown columns and columns without a header always, standard columns this platform does not
 * keep (名称_英字, 郵便番号, …) when they hold values, and a second column for a field already read (a 国土地理院
 * file's running NO next to its 共通ID).
 */
export interface ColumnMap {
  /** Field → 0-based column index. */
  columns: Map<ImportField, number>
  /** Columns not imported, with why; their values are counted over the imported rows for the warning. */
  unused: { index: number; why: string; warnEvenIfEmpty: boolean }[]
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const chosen = new Map<ImportField, { index: number; rank: number }>()
  const unused: ColumnMap['unused'] = []
  headers.forEach((header, index) => {
    const meaning = meaningOf(header)
    if (meaning.kind === 'empty') {
      unused.push({ index, why: 'has no header name: not imported', warnEvenIfEmpty: true })
    } else if (meaning.kind === 'unknown') {
      unused.push({ index, why: 'is not a column of the shelter standards: not imported', warnEvenIfEmpty: true })
    } else if (meaning.kind === 'unstored') {
      unused.push({ index, why: 'is a standard column this platform does not store', warnEvenIfEmpty: false })
    } else {
      const earlier = chosen.get(meaning.field)
      if (!earlier || meaning.rank < earlier.rank) {
        if (earlier) unused.push(duplicate(headers, earlier.index, index))
        chosen.set(meaning.field, { index, rank: meaning.rank })
      } else unused.push(duplicate(headers, index, earlier.index))
    }
  })
  return { columns: new Map([...chosen].map(([field, { index }]) => [field, index])), unused }
}

const duplicate = (headers: readonly string[], index: number, used: number) => ({
  index,
  why: `means the same as ${headers[used] ?? ''} (column ${used + 1}), which is used: not imported`,
  warnEvenIfEmpty: true,
})

/** One warning per unused column, saying how many of the imported rows had a value there. */
export function unusedColumnWarnings(
  headers: readonly string[],
  map: ColumnMap,
  rows: readonly { cells: readonly string[] }[],
): ImportWarning[] {
  return map.unused.flatMap(({ index, why, warnEvenIfEmpty }) => {
    const filled = rows.filter((row) => (row.cells[index] ?? '').trim() !== '').length
    if (filled === 0 && !warnEvenIfEmpty) return []
    const name = headers[index] === '' ? `column ${index + 1}` : JSON.stringify(headers[index])
    return [{ line: 1, column: index + 1, message: `${name} ${why} (${filled} of ${rows.length} rows have a value)` }]
  })
}
