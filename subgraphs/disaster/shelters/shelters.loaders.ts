import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import type { Designation } from './shelter-kinds.js'
import { countSheltersByMunicipality, findSheltersByIds, findSheltersByMunicipality } from './shelters.repository.js'

export function createShelterLoaders(db: Database) {
  return {
    shelterById: rowLoader(
      (ids: readonly string[]) => findSheltersByIds(db, ids),
      (row) => row.id,
    ),
    /** `Municipality.shelters`: both lists (`all`), or one (`EMERGENCY_SITE`, `DESIGNATED_SHELTER`). */
    sheltersByMunicipality: {
      all: shelterConnections(db, null),
      EMERGENCY_SITE: shelterConnections(db, 'EMERGENCY_SITE'),
      DESIGNATED_SHELTER: shelterConnections(db, 'DESIGNATED_SHELTER'),
    } satisfies Record<Designation | 'all', unknown>,
  }
}

/** A page of each municipality's shelters in service (of one list, or both when `designation` is null). */
function shelterConnections(db: Database, designation: Designation | null) {
  return connectionLoader(
    (codes: readonly string[], page) => findSheltersByMunicipality(db, codes, page, designation),
    (row) => row.municipalityCode,
    (row) => row.id,
    (codes) => countSheltersByMunicipality(db, codes, designation),
  )
}
