import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'

export const systemResolvers: Resolvers = {
  Query: {
    system: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.systemById.load(id) : null),
  },
  InformationSystem: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.systemById.load(ref.id) : null),
    municipality: (system) => ({ code: system.municipalityCode }),
  },
  Municipality: {
    __resolveReference: (ref) => ({ code: ref.code }),
    systems: (municipality, args, ctx) =>
      ctx.loaders.systemsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isUuid) }),
  },
}
