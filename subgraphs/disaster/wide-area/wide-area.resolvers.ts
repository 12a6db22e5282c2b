import type { Hazard, Resolvers } from '../../../codegen/disaster-resolvers.js'
import {
  arrangementsOf,
  consentingTownOf,
  decideEvacuationArrangement,
  recordEvacuationArrangement,
  withdrawEvacuationArrangement,
} from './arrangements.service.js'
import { IN_EFFECT, type ArrangementStatus } from './wide-area.model.js'
import { wideAreaEvacuation } from './wide-area.service.js'

export const wideAreaResolvers: Resolvers = {
  Query: {
    wideAreaEvacuation: (_, args, ctx) => wideAreaEvacuation(ctx, args),
    evacuationArrangements: (_, { municipalityCode, statuses }, ctx) => arrangementsOf(ctx, municipalityCode, statuses),
  },
  Mutation: {
    recordEvacuationArrangement: (_, { input }, ctx) => recordEvacuationArrangement(ctx, input),
    decideEvacuationArrangement: (_, { input }, ctx) => decideEvacuationArrangement(ctx, input),
    withdrawEvacuationArrangement: (_, { id }, ctx) => withdrawEvacuationArrangement(ctx, id),
  },
  EvacuationArrangement: {
    from: (row) => ({ code: row.fromMunicipalityCode }),
    to: (row) => ({ code: row.toMunicipalityCode }),
    hazard: (row) => row.hazard as Hazard | null,
    status: (row) => row.status as ArrangementStatus,
    inEffect: (row) => row.status === IN_EFFECT,
    proposedBy: (row) => ({ code: row.proposerMunicipalityCode }),
    consentingTown: (row) => ({ code: consentingTownOf(row) }),
    decidedAt: (row) => row.decidedAt?.toISOString() ?? null,
  },
}
