import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseAsOf } from './as-of.js'
import { listVersions } from './versions.service.js'

export const versionResolvers: Resolvers = {
  Query: {
    agreement: async (_, { asOf }, ctx) => {
      const date = parseAsOf(asOf)
      const agreement = await ctx.loaders.agreementAsOf.load(date)
      if (!agreement)
        throw badUserInput(`asOf: the agreement was not yet signed on ${date} (signed 2020-10-09).`, { field: 'asOf' })
      return agreement
    },
    agreementVersions: (_, args, ctx) => listVersions(ctx, args),
  },
  Agreement: {
    effectiveUntil: async (agreement, _, ctx) =>
      (await ctx.loaders.agreementByVersion.load(agreement.version + 1))?.effectiveFrom ?? null,
    amendedBy: (agreement, _, ctx) =>
      agreement.amendedByProposalId ? ctx.loaders.proposalById.load(agreement.amendedByProposalId) : null,
  },
}
