/**
 * Readers for the values real shelter files contain. Each returns the value or a reason the value
 * cannot be read; full-width digits and signs (１２３, －) are folded with NFKC first.
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

export function readNumber(raw: string, range: { min: number; max: number }, what: string): Read<number | null> {
  const value = fold(raw).replace(/,/g, '')
  if (value === '') return { value: null }
  const number = Number(value)
  if (!/^[-+]?\d+(\.\d+)?$/.test(value) || !Number.isFinite(number))
    return { problem: `${JSON.stringify(raw)} is not a number` }
  if (number < range.min || number > range.max)
    return { problem: `${what} ${number} is outside ${range.min}…${range.max}` }
  return { value: number }
}

export function readInteger(raw: string, what: string): Read<number | null> {
  const read = readNumber(raw, { min: 0, max: 1_000_000 }, what)
  if ('value' in read && read.value !== null && !Number.isInteger(read.value))
    return { problem: `${what} must be a whole number` }
  return read
}

export function readText(raw: string, max: number, options: { required?: boolean } = {}): Read<string | null> {
  const value = raw.trim()
  if (value === '') return options.required ? { problem: 'must not be empty' } : { value: null }
  if (value.length > max) return { problem: `is longer than ${max} characters` }
  if (value.includes('\u0000')) return { problem: 'contains a NUL character' }
  return { value }
}

export function readUrl(raw: string): Read<string | null> {
  const value = raw.trim()
  if (value === '') return { value: null }
  return /^https?:\/\/\S+$/i.test(value) && value.length <= 2000
    ? { value }
    : { problem: `${JSON.stringify(raw)} is not an http(s) URL` }
}

export const readCode = (raw: string) => fold(raw)
