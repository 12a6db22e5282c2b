import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import { countSheltersByMunicipality, findSheltersByIds, findSheltersByMunicipality } from './shelters.repository.js'

export function createShelterLoaders(db: Database) {
  return {
    shelterById: rowLoader(
      (ids: readonly string[]) => findSheltersByIds(db, ids),
      (row) => row.id,
    ),
    sheltersByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findSheltersByMunicipality(db, codes, page),
      (row) => row.municipalityCode,
      (row) => row.id,
      (codes) => countSheltersByMunicipality(db, codes),
    ),
  }
}
