import type { Database } from '../../../lib/db/database.js'
import { groupLoader } from '../../../lib/graphql/loaders.js'
import { findFeedVersionsByOperator } from './feeds.repository.js'

export function createFeedLoaders(db: Database) {
  return {
    feedVersionsByOperator: groupLoader(
      (ids: readonly string[]) => findFeedVersionsByOperator(db, ids),
      (row) => row.operatorId,
    ),
  }
}
