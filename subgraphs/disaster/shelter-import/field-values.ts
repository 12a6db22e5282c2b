/**
 * Readers for the values real shelter files contain. Each returns the value or a reason the value
 * cannot be read; full-width digits and signs (１２３, －) are folded with NFKC first. Whether a readable
 * value is allowed (lengths, ranges, URL shapes) is for the entity's rules (shelters.rules.ts), the same
 * ones the mutations run.
 */
export type Read<T> = { value: T } | { problem: string }

const fold = (raw: string) => raw.normalize('NFKC').trim()

const TRUE_FLAGS = new Set(['1', '○', '◯', '〇', '●', '有', 'true', 'yes', 'y'])
const FALSE_FLAGS = new Set(['', '0', '×', '-', '無', 'false', 'no', 'n'])

export function readFlag(raw: string): Read<boolean> {
  const value = fold(raw).toLowerCase()
  if (TRUE_FLAGS.has(value)) return { value: true }
  if (FALSE_FLAGS.has(value)) return { value: false }
  return { problem: `${JSON.stringify(raw)} is not a flag (use 1 or ○, or leave empty)` }
}

/** A number as files write it (１，２００ and 1,200 included); empty is null. */
export function readNumber(raw: string): Read<number | null> {
  const value = fold(raw).replace(/,/g, '')
  if (value === '') return { value: null }
  const number = Number(value)
  if (!/^[-+]?\d+(\.\d+)?$/.test(value) || !Number.isFinite(number))
    return { problem: `${JSON.stringify(raw)} is not a number` }
  return { value: number }
}

/** Trimmed text; empty is null, or a problem when the importer cannot do without the value. */
export function readText(raw: string, options: { required?: boolean } = {}): Read<string | null> {
  const value = raw.trim()
  if (value === '') return options.required ? { problem: 'must not be empty' } : { value: null }
  return { value }
}

export const readCode = (raw: string) => fold(raw)
