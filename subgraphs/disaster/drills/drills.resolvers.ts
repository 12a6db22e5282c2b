import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isDrillSortKey } from './drills.repository.js'

export const drillResolvers: Resolvers = {
  Drill: {
    host: (drill) => ({ code: drill.hostMunicipalityCode }),
    initiative: (drill) => ({ id: drill.initiativeId }),
    participants: (drill) => ({
      staff: drill.staffParticipants,
      volunteers: drill.volunteerParticipants,
      residents: drill.residentParticipants,
      total: drill.staffParticipants + drill.volunteerParticipants + drill.residentParticipants,
    }),
  },
  Initiative: {
    __resolveReference: (ref) => ({ id: ref.id }),
    drills: (initiative, args, ctx) => ctx.loaders.drillsByInitiative.load({ key: initiative.id, page: pageRequest(args, isDrillSortKey) }),
  },
}
