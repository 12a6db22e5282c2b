import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { findProjectsByFiscalYears, findProjectsByIds, findUsageByProjects } from './cost-sharing.repository.js'

export function createCostSharingLoaders(db: Database) {
  return {
    jointProjectById: rowLoader(
      (ids: readonly string[]) => findProjectsByIds(db, ids),
      (row) => row.id,
    ),
    jointProjectsByFiscalYear: groupLoader(
      (years: readonly number[]) => findProjectsByFiscalYears(db, years),
      (row) => row.fiscalYear,
    ),
    usageByProject: groupLoader(
      (ids: readonly string[]) => findUsageByProjects(db, ids),
      (row) => row.projectId,
    ),
  }
}
