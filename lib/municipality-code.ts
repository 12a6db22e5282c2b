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

export function isValidMunicipalityCode(code: string): boolean {
  return municipalityCodeProblem(code) === null
}

/** Throws BAD_USER_INPUT naming the argument and what a valid value looks like. */
export function assertMunicipalityCode(code: string, field: string): string {
  const problem = municipalityCodeProblem(code)
  if (problem === 'format') {
    const hint = !/^[0-9]{5}$/.test(code)
      ? ''
      : isValidMunicipalityCode(`0${code}`)
        ? ` Did you mean "0${code}"? (a leading zero is often lost in spreadsheets)`
        : ` If it is a code without its check digit, the full code is "${code}${checkDigitOf(code)}".`
    throw badUserInput(
      `${field} must be a 6-digit 全国地方公共団体コード (5 digits and a check digit, e.g. "012106" for 岩見沢市), got ${JSON.stringify(code)}.${hint}`,
      { field },
    )
  }
  if (problem === 'check-digit') {
    const expected = checkDigitOf(code.slice(0, 5))
    throw badUserInput(
      `${field} ${JSON.stringify(code)} has a wrong check digit: the code for ${code.slice(0, 5)} is ${code.slice(0, 5)}${expected}.`,
      { field },
    )
  }
  return code
}

/**
 * The nine parties to the agreement (codes verified against the 総務省 table). Tokens are only issued
 * for these towns, and every subgraph's ownership rules key on them.
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

export const LEAD_MUNICIPALITY_CODE: PartyCode = '012106'

export function isPartyCode(code: string): code is PartyCode {
  return (PARTY_CODES as readonly string[]).includes(code)
}
