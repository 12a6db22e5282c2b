import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { findIssuesByIds, findIssuesByPilot, findPilotIdsByIssue } from './regional-issues.repository.js'

export function createRegionalIssueLoaders(db: Database) {
  return {
    issueById: rowLoader(
      (ids: readonly string[]) => findIssuesByIds(db, ids),
      (row) => row.id,
    ),
    issuesByPilot: groupLoader(
      (ids: readonly string[]) => findIssuesByPilot(db, ids),
      (row) => row.pilotId,
    ),
    pilotIdsByIssue: groupLoader(
      (ids: readonly string[]) => findPilotIdsByIssue(db, ids),
      (row) => row.issueId,
    ),
  }
}
