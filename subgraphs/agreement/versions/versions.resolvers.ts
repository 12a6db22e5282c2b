import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { badUserInput } from '../../../lib/errors.js'
import { pageRequest, toConnection } from '../../../lib/graphql/pagination.js'
import { findVersionsPage } from '../agreement/agreement.repository.js'
import { parseAsOf } from './as-of.js'

const isVersionKey = (key: string) => /^[1-9][0-9]{0,8}$/.test(key)

export const versionResolvers: Resolvers = {
  Query: {
    agreement: async (_, { asOf }, ctx) => {
      const date = parseAsOf(asOf)
      const agreement = await ctx.loaders.agreementAsOf.load(date)
      if (!agreement) throw badUserInput(`asOf: the agreement was not yet signed on ${date} (signed 2020-10-09).`, { field: 'asOf' })
      return agreement
    },
    agreementVersions: async (_, args, ctx) => {
      const page = pageRequest(args, isVersionKey)
      return toConnection(await findVersionsPage(ctx.db, page), page, (row) => String(row.version))
    },
  },
  Agreement: {
    effectiveUntil: async (agreement, _, ctx) => (await ctx.loaders.agreementByVersion.load(agreement.version + 1))?.effectiveFrom ?? null,
    amendedBy: (agreement, _, ctx) => (agreement.amendedByProposalId ? ctx.loaders.proposalById.load(agreement.amendedByProposalId) : null),
  },
}
