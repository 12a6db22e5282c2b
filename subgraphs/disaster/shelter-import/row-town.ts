import { checkDigitOf, municipalityCodeProblem } from '../../../lib/municipality-code.js'
import { fold } from './field-values.js'
import { splitPrefecture, type ServedTownNames } from './served-town-names.js'

/**
 * Whose row it is: a multi-town file (国土地理院 national or prefectural files, a prefecture's list, a code column
 * holding several towns) is split by each row's own town, found from its code (全国地方公共団体コード / 市区町村コード),
 * the 5-digit code in digits 2–6 of its 共通ID, or its name (都道府県名及び市町村名 / 地方公共団体名 / 市区町村名).
 */
export interface RowTown {
  /** The 6-digit code, when the row gives one (or its 共通ID does); null for a town named only. */
  code: string | null
  /** The town's name: a served town's as the data spells it, anything else as the file wrote it. */
  name: string | null
  /** The platform serves the town (a party to the agreement or to another 圏域 it serves): its rows may be written. */
  isParty: boolean
}

export const townLabel = (town: RowTown) =>
  town.code && town.name ? `${town.name} (${town.code})` : (town.code ?? town.name ?? 'unknown town')

export const partyTown = (code: string, towns: ServedTownNames): RowTown => ({
  code,
  name: towns.nameOf(code),
  isParty: towns.isServed(code),
})

/**
 * A code cell: 6 digits with a valid check digit, or 5 digits (a code without its check digit, or one that lost
 * its leading zero).
 */
export function readTownCode(raw: string): { code: string } | { problem: string } {
  const value = fold(raw).replace(/\s+/g, '')
  if (/^\d{5}$/.test(value)) {
    // 01430 is 月形町's code without its check digit; 14303 is 014303 with the leading zero lost in a spreadsheet.
    const lostZero = `0${value}`
    if (!value.startsWith('0') && municipalityCodeProblem(lostZero) === null) return { code: lostZero }
    return { code: `${value}${checkDigitOf(value)}` }
  }
  const problem = municipalityCodeProblem(value)
  if (problem === 'format') return { problem: `${JSON.stringify(raw)} is not a 全国地方公共団体コード (6 digits)` }
  if (problem === 'check-digit') {
    const corrected = `${value.slice(0, 5)}${checkDigitOf(value.slice(0, 5))}`
    return {
      problem: `${JSON.stringify(raw)} has a wrong check digit: the code for ${value.slice(0, 5)} is ${corrected}`,
    }
  }
  return { code: value }
}

/** A prefecture's own code (e.g. 010006 北海道) in a column that may hold a prefecture's or a town's code. */
const isPrefectureCode = (code: string) => /^\d{2}000\d$/.test(code)

/** The town a 共通ID names (E0143000001201: digits 2–6 are 01430, 月形町's code without its check digit). */
export function codeOfCommonId(raw: string): string | null {
  const match = /^[A-Za-z](\d{5})\d+$/.exec(fold(raw))
  return match?.[1] ? `${match[1]}${checkDigitOf(match[1])}` : null
}

/**
 * A town's name as files write it: `北海道栗山町` (国土地理院, no 郡), `北海道夕張郡栗山町`, `栗山町`, or a prefecture and a
 * name in two cells. A served town's name (in that prefecture, when given) gives its code; any other name is a town
 * the platform does not serve.
 */
export function townOfName(prefecture: string, name: string, towns: ServedTownNames): RowTown | null {
  const joined = fold(`${prefecture}${name}`).replace(/\s+/g, '')
  if (joined === '') return null
  const split = splitPrefecture(joined)
  const local = split.rest.replace(/^[^市]+?郡(?=.+[町村]$)/, '')
  const code = towns.codeNamed(local, split.prefecture)
  return code ? partyTown(code, towns) : { code: null, name: fold(`${prefecture}${name}`), isParty: false }
}

const NO_TOWN =
  'the row does not say its town (no code, 共通ID or town name): an admin importing it must pass municipalityCode'

export interface TownCells {
  code?: { raw: string; column: number }
  commonId?: { raw: string; column: number }
  name?: { raw: string; column: number }
  prefecture?: string
}

export type TownOfRow = { town: RowTown } | { problem: { column: number; reason: string } }

/**
 * The row's town from its cells; where a code and a name (or a 共通ID) disagree the row is refused rather than
 * guessed. A row without any of them belongs to `fallback` (the town the import is for), when there is one.
 */
export function townOfRow(cells: TownCells, fallback: string | null, towns: ServedTownNames): TownOfRow {
  let coded: { code: string; column: number } | null = null
  if (cells.code && fold(cells.code.raw) !== '') {
    const read = readTownCode(cells.code.raw)
    if ('problem' in read) return { problem: { column: cells.code.column, reason: read.problem } }
    if (!isPrefectureCode(read.code)) coded = { code: read.code, column: cells.code.column }
  }
  const fromId = cells.commonId ? codeOfCommonId(cells.commonId.raw) : null
  if (coded && fromId && coded.code !== fromId && cells.commonId) {
    const reason = `共通ID ${cells.commonId.raw.trim()} is of ${fromId}, but the row's code is ${coded.code}`
    return { problem: { column: cells.commonId.column, reason } }
  }
  const code = coded?.code ?? fromId
  const named = cells.name ? townOfName(cells.prefecture ?? '', cells.name.raw, towns) : null
  if (code && named && cells.name && (named.isParty || towns.isServed(code)) && named.code !== code) {
    const reason = `the row's name says ${townLabel(named)}, its code says ${townLabel(partyTown(code, towns))}`
    return { problem: { column: cells.name.column, reason } }
  }
  if (code) return { town: { ...partyTown(code, towns), name: towns.nameOf(code) ?? named?.name ?? null } }
  if (named) return { town: named }
  return fallback ? { town: partyTown(fallback, towns) } : { problem: { column: 0, reason: NO_TOWN } }
}
