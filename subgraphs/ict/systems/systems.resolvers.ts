import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { canReadRestricted } from './restricted-access.js'
import { isStandardBusiness } from './standard-businesses.js'
import { createSystem, retireSystem, setSystemContract, updateSystem } from './systems.service.js'

export const systemResolvers: Resolvers = {
  Query: {
    system: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.systemById.load(id) : null),
  },
  Mutation: {
    createSystem: (_, { input }, ctx) => createSystem(ctx, input),
    updateSystem: (_, { id, input }, ctx) => updateSystem(ctx, id, input),
    retireSystem: (_, { id }, ctx) => retireSystem(ctx, id),
    setSystemContract: (_, { systemId, input }, ctx) => setSystemContract(ctx, systemId, input),
  },
  InformationSystem: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.systemById.load(ref.id) : null),
    municipality: (system) => ({ code: system.municipalityCode }),
    isStandardBusiness: (system) => isStandardBusiness(system.business),
    isRetired: (system) => system.retiredAt !== null,
    contract: async (system, _, ctx) =>
      (await canReadRestricted(ctx, system.municipalityCode))
        ? ctx.loaders.visibleContractBySystemId.load(system.id)
        : null,
  },
  Municipality: {
    __resolveReference: (ref) => ({ code: ref.code }),
    systems: (municipality, args, ctx) =>
      ctx.loaders.systemsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isUuid) }),
  },
}
