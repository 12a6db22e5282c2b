import type { Hazard, Resolvers } from '../../../codegen/disaster-resolvers.js'
import { arrangementsOf, recordEvacuationArrangement, wideAreaEvacuation } from './wide-area.service.js'

export const wideAreaResolvers: Resolvers = {
  Query: {
    wideAreaEvacuation: (_, args, ctx) => wideAreaEvacuation(ctx, args),
    evacuationArrangements: (_, { municipalityCode }, ctx) => arrangementsOf(ctx, municipalityCode),
  },
  Mutation: {
    recordEvacuationArrangement: (_, { input }, ctx) => recordEvacuationArrangement(ctx, input),
  },
  EvacuationArrangement: {
    from: (row) => ({ code: row.fromMunicipalityCode }),
    to: (row) => ({ code: row.toMunicipalityCode }),
    hazard: (row) => row.hazard as Hazard | null,
  },
}
