import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { STANDARD_BUSINESSES } from '../systems/standard-businesses.js'
import { combinedAnnualCost, jointProcurementCandidates, systemMatrix } from './procurement.service.js'

export const procurementResolvers: Resolvers = {
  Query: {
    standardBusinesses: () => [...STANDARD_BUSINESSES],
    systemMatrix: (_, { standardOnly, first, after, region }, ctx) =>
      // Codegen types an argument with a default as non-null, but a client may still send an explicit null.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
      systemMatrix(ctx, standardOnly ?? true, { first, after, region }),
    jointProcurementCandidates: (_, args, ctx) => jointProcurementCandidates(ctx, args),
  },
  SystemMatrixCell: {
    municipality: (cell) => ({ code: cell.municipalityCode }),
  },
  ProcurementGroup: {
    municipalities: (group) =>
      [...new Set(group.systems.map((system) => system.municipalityCode))].map((code) => ({ code })),
    combinedAnnualCostYen: (group, _, ctx) => combinedAnnualCost(ctx, group),
  },
}
