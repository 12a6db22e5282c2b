import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'

export const shelterResolvers: Resolvers = {
  Query: {
    shelter: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.shelterById.load(id) : null),
  },
  Shelter: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.shelterById.load(ref.id) : null),
    municipality: (shelter) => ({ code: shelter.municipalityCode }),
    location: (shelter) =>
      shelter.latitude === null || shelter.longitude === null
        ? null
        : { latitude: shelter.latitude, longitude: shelter.longitude },
    isRetired: (shelter) => shelter.retiredAt !== null,
  },
  Municipality: {
    __resolveReference: (ref) => ({ code: ref.code }),
    shelters: (municipality, args, ctx) =>
      ctx.loaders.sheltersByMunicipality.load({ key: municipality.code, page: pageRequest(args, isUuid) }),
  },
}
