import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { isUuid } from '../../../lib/ids.js'
import { createSharedCase, findSharedCases } from './shared-cases.service.js'

export const sharedCaseResolvers: Resolvers = {
  Query: {
    sharedCases: (_, args, ctx) => findSharedCases(ctx, args),
  },
  Mutation: {
    createSharedCase: (_, { input }, ctx) => createSharedCase(ctx, input),
  },
  SharedCase: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.sharedCaseById.load(ref.id) : null),
    municipality: (sharedCase) => (sharedCase.municipalityCode ? { code: sharedCase.municipalityCode } : null),
  },
}
