import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { isUuid } from '../../../lib/ids.js'
import { decideAmendment, listProposals, proposeAmendment, withdrawAmendment } from './amendments.service.js'

export const amendmentResolvers: Resolvers = {
  Query: {
    amendmentProposal: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.proposalById.load(id) : null),
    amendmentProposals: (_, args, ctx) => listProposals(ctx, args),
  },
  Mutation: {
    proposeAmendment: (_, { input }, ctx) => proposeAmendment(ctx, input),
    decideAmendment: (_, { input }, ctx) => decideAmendment(ctx, input),
    withdrawAmendment: (_, { id }, ctx) => withdrawAmendment(ctx, id),
  },
  AmendmentProposal: {
    proposer: (proposal, _, ctx) =>
      required(
        ctx.loaders.municipalityByCode.load(proposal.proposerMunicipalityCode),
        `municipality ${proposal.proposerMunicipalityCode}`,
      ),
    resultingVersion: (proposal, _, ctx) =>
      proposal.resultingVersion === null ? null : ctx.loaders.agreementByVersion.load(proposal.resultingVersion),
    changes: (proposal, _, ctx) => ctx.loaders.changesByProposal.load(proposal.id),
    decisions: (proposal, _, ctx) => ctx.loaders.decisionsByProposal.load(proposal.id),
    pendingParties: async (proposal, _, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      const [parties, decisions] = await Promise.all([
        ctx.loaders.municipalitiesByAgreement.load(agreement.id),
        ctx.loaders.decisionsByProposal.load(proposal.id),
      ])
      const decided = new Set(decisions.map((decision) => decision.municipalityCode))
      return proposal.status === 'OPEN' ? parties.filter((party) => !decided.has(party.code)) : []
    },
    proposedAt: (proposal) => proposal.createdAt.toISOString(),
    closedAt: (proposal) => proposal.closedAt?.toISOString() ?? null,
  },
  AmendmentChange: {
    details: (change) => JSON.stringify(change.payload),
  },
  AmendmentDecision: {
    municipality: (decision, _, ctx) =>
      required(
        ctx.loaders.municipalityByCode.load(decision.municipalityCode),
        `municipality ${decision.municipalityCode}`,
      ),
    decidedAt: (decision) => decision.decidedAt.toISOString(),
  },
}
