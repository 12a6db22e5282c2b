import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { findChangesByProposals, findDecisionsByProposals, findProposalsByIds } from './amendments.repository.js'

export function createAmendmentLoaders(db: Database) {
  return {
    proposalById: rowLoader(
      (ids: readonly string[]) => findProposalsByIds(db, ids),
      (row) => row.id,
    ),
    changesByProposal: groupLoader(
      (ids: readonly string[]) => findChangesByProposals(db, ids),
      (row) => row.proposalId,
    ),
    decisionsByProposal: groupLoader(
      (ids: readonly string[]) => findDecisionsByProposals(db, ids),
      (row) => row.proposalId,
    ),
  }
}
