import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { findLatestReports } from './situation.repository.js'

export function createSituationLoaders(db: Database) {
  return {
    latestReportByShelter: rowLoader(
      (ids: readonly string[]) => findLatestReports(db, ids),
      (row) => row.shelterId,
    ),
  }
}
