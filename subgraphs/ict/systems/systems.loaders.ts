import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import { findSystemsByIds, findSystemsByMunicipality } from './systems.repository.js'

export function createSystemLoaders(db: Database) {
  return {
    systemById: rowLoader((ids: readonly string[]) => findSystemsByIds(db, ids), (row) => row.id),
    systemsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findSystemsByMunicipality(db, codes, page),
      (row) => row.municipalityCode,
      (row) => row.id,
    ),
  }
}
