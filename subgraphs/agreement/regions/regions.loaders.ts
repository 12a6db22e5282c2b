import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import {
  findRegionCentres,
  findRegionMembers,
  findRegionsByIds,
  findRegionsByMunicipalities,
} from './regions.repository.js'

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
    centreByRegion: rowLoader(
      (ids: readonly string[]) => findRegionCentres(db, ids),
      (row) => row.id,
    ),
  }
}
