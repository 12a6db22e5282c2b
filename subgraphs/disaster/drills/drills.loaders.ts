import type { Database } from '../../../lib/db/database.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import { countDrillsByInitiative, drillSortKey, findDrillsByInitiative } from './drills.repository.js'

export function createDrillLoaders(db: Database) {
  return {
    drillsByInitiative: connectionLoader(
      (ids: readonly string[], page) => findDrillsByInitiative(db, ids, page),
      (row) => row.initiativeId,
      drillSortKey,
      (ids) => countDrillsByInitiative(db, ids),
    ),
  }
}
