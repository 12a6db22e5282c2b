import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'

export const operatorResolvers: Resolvers = {
  Query: {
    operator: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.operatorById.load(id) : null),
  },
  Operator: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.operatorById.load(ref.id) : null),
    municipality: (operator) => (operator.municipalityCode ? { code: operator.municipalityCode } : null),
  },
  Municipality: {
    __resolveReference: (ref) => ({ code: ref.code }),
    transitOperators: (municipality, args, ctx) =>
      ctx.loaders.operatorsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isUuid) }),
  },
}
