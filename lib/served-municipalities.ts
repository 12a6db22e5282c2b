import { sql } from 'kysely'
import type { Executor } from './db/database.js'
import { badUserInput } from './errors.js'
import { assertMunicipalityCode, likelyMeantCodes, municipalityCodeProblem } from './municipality-code.js'

/**
 * The municipalities this platform serves are rows of agreement.municipality, read through views every subgraph
 * role may read: agreement.served_municipality for the served order and the coordinator flag (it ranks every town,
 * so it is for whole lists), agreement.municipality_name for lookups by code (one row by the primary key). The nine
 * parties in the sample, 1,741 in the nationwide scale data. No list of them lives in the code.
 */

/** Every served code, the parties of the agreement first in the order they signed. One statement. */
export async function findServedMunicipalityCodes(db: Executor): Promise<string[]> {
  return (await findServedTowns(db)).map((town) => town.code)
}

/** A served municipality as every process may read it (agreement.served_municipality). */
export interface ServedTown {
  code: string
  name: string
  nameEn: string
  kind: string
  /** It leads a policy field of the newest agreement version: its coordinator tokens act region-wide. */
  isCoordinator: boolean
}

/** Every served municipality in the served order (parties in signing order, then by code). One statement. */
export async function findServedTowns(db: Executor): Promise<ServedTown[]> {
  const rows = await db
    .selectFrom('agreement.servedMunicipality')
    .select(['code', 'name', 'nameEn', 'kind', 'isCoordinator'])
    .orderBy('position')
    .execute()
  return rows.flatMap(({ code, name, nameEn, kind, isCoordinator }) =>
    code === null || name === null || nameEn === null || kind === null
      ? []
      : [{ code, name, nameEn, kind, isCoordinator: isCoordinator === true }],
  )
}

/** The names of the given served codes (unserved codes are absent). One statement. */
export async function findMunicipalityNames(
  db: Executor,
  codes: readonly string[],
): Promise<{ code: string; name: string }[]> {
  const rows = await db
    .selectFrom('agreement.municipalityName')
    .select(['code', 'name'])
    .where('code', 'in', codes)
    .execute()
  return rows.flatMap(({ code, name }) => (code === null || name === null ? [] : [{ code, name }]))
}

/** Which of the given codes are parties to the agreement in force (what its coordinator's remit covers). */
export async function findAgreementParties(db: Executor, codes: readonly string[]): Promise<{ code: string }[]> {
  const rows = await db
    .selectFrom('agreement.servedMunicipality')
    .select('code')
    .where('code', 'in', codes)
    .where('isParty', '=', true)
    .execute()
  return rows.flatMap(({ code }) => (code === null ? [] : [{ code }]))
}

/**
 * Refuses (BAD_USER_INPUT naming `field` and the codes) codes that are well-formed but not served: the other
 * subgraphs hold no foreign key to agreement.municipality, so their writes ask here. One statement, none for [].
 */
export async function assertServedMunicipalities(db: Executor, codes: readonly string[], field: string): Promise<void> {
  if (codes.length === 0) return
  const result = await sql<{ code: string }>`
    select c.code from unnest(${[...new Set(codes)]}::text[]) as c(code)
     where not exists (select from agreement.municipality_name m where m.code = c.code)`.execute(db)
  const unknown = result.rows.map((row) => row.code)
  if (unknown.length > 0) {
    throw badUserInput(
      `${field} must name municipalities this platform serves; ` +
        `not served: ${unknown.map((c) => JSON.stringify(c)).join(', ')}.`,
      { field },
    )
  }
}

/**
 * `assertMunicipalityCode`, naming the served municipality a malformed code most likely meant
 * (`Did you mean "012106" (岩見沢市)?`). One statement, and only for a malformed code.
 */
export async function assertMunicipalityCodeOfServed(db: Executor, code: string, field: string): Promise<string> {
  if (municipalityCodeProblem(code) === null) return code
  const candidates = likelyMeantCodes(code)
  const named =
    candidates.length === 0
      ? []
      : await db
          .selectFrom('agreement.municipalityName')
          .select(['code', 'name'])
          .where('code', 'in', candidates)
          .execute()
  const served = new Map(named.flatMap((row) => (row.code && row.name ? [[row.code, row.name] as const] : [])))
  return assertMunicipalityCode(code, field, served)
}
