import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { findRegionMembers, findRegionsByIds, findRegionsByMunicipalities } from './regions.repository.js'

export function createRegionLoaders(db: Database) {
  return {
    /** Also behind `Region.__resolveReference`. */
    regionById: rowLoader(
      (ids: readonly string[]) => findRegionsByIds(db, ids),
      (row) => row.id,
    ),
    regionsByMunicipality: groupLoader(
      (codes: readonly string[]) => findRegionsByMunicipalities(db, codes),
      (row) => row.municipalityCode ?? '',
    ),
    membersByRegion: groupLoader(
      (ids: readonly string[]) => findRegionMembers(db, ids),
      (row) => row.regionId ?? '',
    ),
  }
}
