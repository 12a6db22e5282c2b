import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'

export const pilotResolvers: Resolvers = {
  Query: {
    pilot: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.pilotById.load(id) : null),
  },
  Pilot: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.pilotById.load(ref.id) : null),
    municipality: (pilot) => ({ code: pilot.municipalityCode }),
    initiative: (pilot) => ({ id: pilot.initiativeId }),
  },
  Initiative: {
    __resolveReference: (ref) => ({ id: ref.id }),
    pilots: (initiative, args, ctx) =>
      ctx.loaders.pilotsByInitiative.load({ key: initiative.id, page: pageRequest(args, isUuid) }),
  },
}
