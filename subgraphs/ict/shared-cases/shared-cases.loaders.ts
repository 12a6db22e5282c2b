import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { findSharedCasesByIds } from './shared-cases.repository.js'

export function createSharedCaseLoaders(db: Database) {
  return {
    sharedCaseById: rowLoader(
      (ids: readonly string[]) => findSharedCasesByIds(db, ids),
      (row) => row.id,
    ),
  }
}
