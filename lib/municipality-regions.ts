import { sql } from 'kysely'
import type { Executor } from './db/database.js'
import { badUserInput } from './errors.js'

/** A 圏域 and one of its member towns (agreement.municipality_region). */
export interface TownRegion {
  /** 'agreement' for the agreement in force, else the id of an agreement.region. */
  regionId: string
  regionName: string
  municipalityCode: string
}

/** The id agreement.municipality_region gives the agreement in force; it sorts before every other 圏域. */
export const AGREEMENT_REGION_ID = 'agreement'

/**
 * Every served town's 圏域 (a town may be in several; a town in none is absent), or one region's towns: the
 * agreement in force first, then the other regions by id in byte order (as `Query.regions` lists them), each
 * region's towns by code. One statement.
 */
export async function findTownRegions(db: Executor, regionId?: string | null): Promise<TownRegion[]> {
  const rows = await db
    .selectFrom('agreement.municipalityRegion')
    .select(['regionId', 'regionName', 'municipalityCode'])
    .$if(typeof regionId === 'string', (qb) => qb.where('regionId', '=', regionId ?? ''))
    .orderBy((eb) => eb('regionId', '<>', AGREEMENT_REGION_ID))
    .orderBy(sql`region_id collate "C"`)
    .orderBy('municipalityCode')
    .execute()
  return rows.flatMap(({ regionId: id, regionName, municipalityCode }) =>
    id === null || regionName === null || municipalityCode === null
      ? []
      : [{ regionId: id, regionName, municipalityCode }],
  )
}

/** The refusal of a `region` argument that names no 圏域 the platform serves (BAD_USER_INPUT naming `region`). */
export const unknownRegion = (region: string) =>
  badUserInput(`region "${region}" names no 圏域 this platform serves.`, { field: 'region' })
