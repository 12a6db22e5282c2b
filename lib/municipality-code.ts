import { badUserInput } from './errors.js'

/**
 * 全国地方公共団体コード: five digits plus a check digit.
 * cd = (11 − (6a + 5b + 4c + 3d + 2e) mod 11) mod 10 — the rule published with the code table.
 */
export function checkDigitOf(firstFive: string): number {
  const weights = [6, 5, 4, 3, 2]
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(firstFive[i]), 0)
  return (11 - (sum % 11)) % 10
}

export type MunicipalityCodeProblem = 'format' | 'check-digit'

export function municipalityCodeProblem(code: string): MunicipalityCodeProblem | null {
  if (!/^[0-9]{6}$/.test(code)) return 'format'
  return checkDigitOf(code.slice(0, 5)) === Number(code[5]) ? null : 'check-digit'
}

/** Municipalities of Japan (1,718 市町村 and 23 特別区): the most codes a list of towns can sensibly hold. */
export const MUNICIPALITIES_OF_JAPAN = 1741

export function isValidMunicipalityCode(code: string): boolean {
  return municipalityCodeProblem(code) === null
}

/**
 * The codes someone most likely meant by a malformed one, likeliest first. Two slips are common: the check digit
 * left off (the 5-digit 団体コード of older tables, `01210` → `012106`) and the leading zero lost in a spreadsheet
 * (`12106` → `012106`); a code that keeps its leading zero was most likely cut short.
 */
export function likelyMeantCodes(code: string): string[] {
  const digits = code.normalize('NFKC').trim()
  if (/^[0-9]{5}$/.test(digits)) {
    const completed = `${digits}${checkDigitOf(digits)}`
    const padded = `0${digits}`
    const candidates = digits.startsWith('0') ? [completed, padded] : [padded, completed]
    return candidates.filter(isValidMunicipalityCode)
  }
  if (/^[0-9]{6}$/.test(digits)) return [`${digits.slice(0, 5)}${checkDigitOf(digits.slice(0, 5))}`]
  return []
}

/**
 * ` Did you mean "012106" (岩見沢市)?` for a malformed code: a candidate in `served` (code → name, the served
 * municipalities among the candidates, lib/served-municipalities.ts) is preferred and said by name. Empty when
 * nothing sensible can be proposed.
 */
export function suggestMunicipalityCode(code: string, served: ReadonlyMap<string, string> = new Map()): string {
  const candidates = likelyMeantCodes(code)
  const best = candidates.find((candidate) => served.has(candidate)) ?? candidates[0]
  if (best === undefined || best === code) return ''
  const name = served.get(best)
  return ` Did you mean "${best}"${name === undefined ? '' : ` (${name})`}?`
}

/**
 * Throws BAD_USER_INPUT naming the argument, what a valid value looks like, and the code probably meant (by name
 * when `served` holds it).
 */
export function assertMunicipalityCode(
  code: string,
  field: string,
  served: ReadonlyMap<string, string> = new Map(),
): string {
  const problem = municipalityCodeProblem(code)
  const hint = problem === null ? '' : suggestMunicipalityCode(code, served)
  if (problem === 'format') {
    throw badUserInput(
      `${field} must be a 6-digit 全国地方公共団体コード (5 digits and a check digit, ` +
        `e.g. "012106" for 岩見沢市), got ${JSON.stringify(code)}.${hint}`,
      { field },
    )
  }
  if (problem === 'check-digit') {
    throw badUserInput(`${field} ${JSON.stringify(code)} has a wrong check digit.${hint}`, { field })
  }
  return code
}

/**
 * Says what is wrong with a value that should be a 全国地方公共団体コード, and which code was probably meant.
 * Whether the platform serves that municipality is the data's to say (lib/served-municipalities.ts).
 */
export function municipalityCodeMessage(code: unknown): string {
  const hint = typeof code === 'string' ? suggestMunicipalityCode(code) : ''
  return `must be a 6-digit 全国地方公共団体コード with its check digit (e.g. "012106"), got ${JSON.stringify(code)}.${hint}`
}

/**
 * The nine parties to the real 南空知 agreement (codes verified against the 総務省 table), as the seed loads them
 * from shared/reference. For the sample data and the tests of the nine-town platform only: which municipalities
 * the running platform serves comes from the database (lib/served-municipalities.ts), never from this list.
 */
export const PARTY_CODES = [
  '012106', // 岩見沢市 — lead (中心市) for all three policy fields
  '012092', // 夕張市
  '012157', // 美唄市
  '012220', // 三笠市
  '014231', // 南幌町
  '014273', // 由仁町
  '014281', // 長沼町
  '014290', // 栗山町
  '014303', // 月形町
] as const
export type PartyCode = (typeof PARTY_CODES)[number]

/** The parties' names, for the seed and the tests of the nine-town platform (messages read names from the data). */
export const PARTY_NAMES: Readonly<Record<PartyCode, string>> = {
  '012106': '岩見沢市',
  '012092': '夕張市',
  '012157': '美唄市',
  '012220': '三笠市',
  '014231': '南幌町',
  '014273': '由仁町',
  '014281': '長沼町',
  '014290': '栗山町',
  '014303': '月形町',
}

/** 岩見沢市, the 中心市 of the real agreement. */
export const LEAD_MUNICIPALITY_CODE: PartyCode = '012106'

export function isPartyCode(code: string): code is PartyCode {
  return (PARTY_CODES as readonly string[]).includes(code)
}
