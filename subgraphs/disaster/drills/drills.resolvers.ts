import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { municipalityName } from '../../../lib/graphql/municipality-names.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isDrillSortKey } from './drills.repository.js'
import { drillTotals, drillTotalsByFiscalYear, recordDrill } from './drills.service.js'

export const drillResolvers: Resolvers = {
  Query: {
    drillTotals: (_, __, ctx) => drillTotals(ctx),
    drillTotalsByFiscalYear: (_, __, ctx) => drillTotalsByFiscalYear(ctx),
  },
  Mutation: {
    recordDrill: (_, { input }, ctx) => recordDrill(ctx, input),
  },
  Drill: {
    participatingMunicipalities: (drill) => drill.participatingMunicipalityCodes.map((code) => ({ code })),
    host: (drill) => ({ code: drill.hostMunicipalityCode, name: drill.hostName }),
    initiative: (drill) => ({ id: drill.initiativeId }),
    participants: (drill) => ({
      staff: drill.staffParticipants,
      volunteers: drill.volunteerParticipants,
      residents: drill.residentParticipants,
      total: drill.staffParticipants + drill.volunteerParticipants + drill.residentParticipants,
    }),
  },
  Municipality: {
    // Provided on `Drill.host` only (schema.graphql): the gateway asks this subgraph for it there and nowhere else.
    name: (municipality, _, ctx) => municipalityName(municipality, ctx.loaders.municipalityNames),
  },
  Initiative: {
    __resolveReference: (ref) => ({ id: ref.id }),
    drills: (initiative, args, ctx) =>
      ctx.loaders.drillsByInitiative.load({ key: initiative.id, page: pageRequest(args, isDrillSortKey) }),
  },
}
