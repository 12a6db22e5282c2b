import { PET_POLICIES, type PetPolicy } from '../shelters/shelter-kinds.js'

/**
 * Readers for the values real shelter files contain. Each returns the value (and, where the file said something
 * the importer had to interpret, a warning) or a reason the value cannot be read. Full-width digits, Latin letters
 * and signs (１２３, ＴＲＵＥ, －) are folded with NFKC before they are read; text is stored as written, except
 * half-width katakana, which becomes full-width. Whether a readable value is allowed (lengths, ranges, URL shapes)
 * is for the entity's rules (shelters.rules.ts), the same ones the mutations run.
 */
export type Read<T> = { value: T; warning?: string } | { problem: string }

/** NFKC and trimmed: the form values are compared and parsed in, never the form they are stored in. */
export const fold = (raw: string) => raw.normalize('NFKC').trim()

/** Half-width katakana (ｶﾞｯｺｳ, U+FF61–U+FF9F) to full-width (ガッコウ); everything else as written. */
export const widenKatakana = (text: string) => text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'))

// Marks files use for "applies" and "does not apply", folded (NFKC, lower case). U+2212 (−) and the dashes are
// not folded to `-` by NFKC, so they are listed.
const YES = new Set(['1', '1.0', '○', '◯', '〇', '●', '◎', '有', 'あり', '可', 'true', 'yes', 'y'])
const NO = new Set([
  '',
  '0',
  '0.0',
  '×',
  '✕',
  '✖',
  'x',
  '-',
  '−',
  '‐',
  '―',
  '—',
  'ー',
  '無',
  'なし',
  '不可',
  'false',
  'no',
  'n',
])
const CONDITIONAL = new Set(['△', '▲'])

export type HazardMark = 'yes' | 'no' | 'conditional'

/** A 災害種別 cell: applies, does not apply, or △ (usable under conditions), its own state. */
export function readHazardMark(raw: string): Read<HazardMark> {
  const value = fold(raw).toLowerCase()
  if (YES.has(value)) return { value: 'yes' }
  if (NO.has(value)) return { value: 'no' }
  if (CONDITIONAL.has(value)) return { value: 'conditional' }
  return { problem: `${JSON.stringify(raw)} is not a flag (use 1 or ○, △ for conditionally, or leave empty)` }
}

/** A yes/no cell; empty is `no`. */
export function readFlag(raw: string): Read<boolean> {
  const value = fold(raw).toLowerCase()
  if (YES.has(value)) return { value: true }
  if (NO.has(value)) return { value: false }
  if (CONDITIONAL.has(value)) return { problem: `${JSON.stringify(raw)}: △ (conditionally) is for hazards only` }
  return { problem: `${JSON.stringify(raw)} is not a flag (use 1 or ○, or leave empty)` }
}

/** A yes/no cell where empty means "not known" (barrier-free). */
export function readOptionalFlag(raw: string): Read<boolean | null> {
  return fold(raw) === '' ? { value: null } : readFlag(raw)
}

const PET_WORDS: Record<string, PetPolicy> = {
  同伴: 'COHABITATION',
  同伴可: 'COHABITATION',
  同伴避難: 'COHABITATION',
  同伴避難可: 'COHABITATION',
  同室: 'COHABITATION',
  同室可: 'COHABITATION',
  同行: 'ACCOMPANIED',
  同行可: 'ACCOMPANIED',
  同行避難: 'ACCOMPANIED',
  同行避難可: 'ACCOMPANIED',
  別室: 'ACCOMPANIED',
}

/** ペット同行: 同伴 (with their owners), 同行 / ○ / 可 (along, kept apart), 不可 / × (not allowed); empty: unknown. */
export function readPetPolicy(raw: string): Read<PetPolicy | null> {
  const value = fold(raw)
  if (value === '') return { value: null }
  const upper = value.toUpperCase()
  if ((PET_POLICIES as readonly string[]).includes(upper)) return { value: upper as PetPolicy }
  const word = PET_WORDS[value.replace(/\s+/g, '')]
  if (word) return { value: word }
  const flag = readFlag(raw)
  if ('value' in flag) return { value: flag.value ? 'ACCOMPANIED' : 'NOT_ALLOWED' }
  return { problem: `${JSON.stringify(raw)} is not a pet policy (同伴可, 同行可 or ○, 不可 or ×, or leave empty)` }
}

/** A number as files write it (１，２００, `50,700 `, 1.0); empty is null. */
export function readNumber(raw: string): Read<number | null> {
  const value = fold(raw).replace(/,/g, '')
  if (value === '') return { value: null }
  const number = Number(value)
  if (!/^[-+]?\d+(\.\d+)?$/.test(value) || !Number.isFinite(number))
    return { problem: `${JSON.stringify(raw)} is not a number` }
  return { value: number }
}

export interface CapacityValue {
  capacity: number | null
  indoor: number | null
  outdoor: number | null
  /** The cell as written, when it was not a plain number. */
  note: string | null
}

const PERSONS = String.raw`(\d+)\s*人?`
const INDOOR_OUTDOOR = new RegExp(String.raw`^屋内\s*:?\s*${PERSONS}\s*[/／、,・\s]*屋外\s*:?\s*${PERSONS}$`)
const OUTDOOR_INDOOR = new RegExp(String.raw`^屋外\s*:?\s*${PERSONS}\s*[/／、,・\s]*屋内\s*:?\s*${PERSONS}$`)

/**
 * 想定収容人数: `50,700 `, `１２０`, `200人`, `屋内191人／屋外0人` (split into its parts, the total their sum). Text
 * no pattern explains is kept as written with the number left empty, and said so in a warning.
 */
export function readCapacity(raw: string): Read<CapacityValue> {
  const value = fold(raw).replace(/,/g, '')
  if (value === '') return { value: { capacity: null, indoor: null, outdoor: null, note: null } }
  // Out-of-range and fractional numbers are read as they are: the shelter rules refuse them, as for a mutation.
  const plain = /^(約)?\s*([-+]?\d+(?:\.\d+)?)\s*(?:人|名)?$/.exec(value)
  if (plain) {
    const capacity = Number(plain[2])
    if (!plain[1]) return { value: { capacity, indoor: null, outdoor: null, note: null } }
    const warning = `${JSON.stringify(raw.trim())} read as ${capacity} (approximate, kept as written too)`
    return { value: { capacity, indoor: null, outdoor: null, note: raw.trim() }, warning }
  }
  const inOut = INDOOR_OUTDOOR.exec(value)
  const outIn = OUTDOOR_INDOOR.exec(value)
  if (inOut ?? outIn) {
    const indoor = Number(inOut ? inOut[1] : outIn?.[2])
    const outdoor = Number(inOut ? inOut[2] : outIn?.[1])
    return { value: { capacity: indoor + outdoor, indoor, outdoor, note: raw.trim() } }
  }
  return {
    value: { capacity: null, indoor: null, outdoor: null, note: raw.trim() },
    warning: `${JSON.stringify(raw.trim())} is not a number: kept as text, capacity left empty`,
  }
}

/** Trimmed text, half-width katakana widened; empty is null. */
export function readText(raw: string): Read<string | null> {
  const value = raw.trim()
  return { value: value === '' ? null : widenKatakana(value) }
}
