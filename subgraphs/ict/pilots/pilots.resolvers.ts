import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { municipalityName } from '../../../lib/graphql/municipality-names.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { changePilotStatus, createPilot, recordPilotOutcome } from './pilots.service.js'

export const pilotResolvers: Resolvers = {
  Query: {
    pilot: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.pilotById.load(id) : null),
  },
  Mutation: {
    createPilot: (_, { input }, ctx) => createPilot(ctx, input),
    changePilotStatus: (_, { id, ...args }, ctx) => changePilotStatus(ctx, id, args),
    recordPilotOutcome: (_, { id, ...args }, ctx) => recordPilotOutcome(ctx, id, args),
  },
  Pilot: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.pilotById.load(ref.id) : null),
    municipality: (pilot) => ({ code: pilot.municipalityCode, name: pilot.municipalityName }),
    initiative: (pilot) => ({ id: pilot.initiativeId }),
    partnerMunicipalities: (pilot) => pilot.partnerMunicipalityCodes.map((code) => ({ code })),
    outcome: (pilot) => ({ hoursSavedPerYear: pilot.hoursSavedPerYear, notes: pilot.outcomeNotes }),
    statusHistory: (pilot, _, ctx) => ctx.loaders.statusHistoryByPilot.load(pilot.id),
  },
  Municipality: {
    // Provided on `Pilot.municipality` only (schema.graphql): the gateway asks this subgraph for it there alone.
    name: (municipality, _, ctx) => municipalityName(municipality, ctx.loaders.municipalityNames),
  },
  Initiative: {
    __resolveReference: (ref) => ({ id: ref.id }),
    pilots: (initiative, args, ctx) =>
      ctx.loaders.pilotsByInitiative.load({ key: initiative.id, page: pageRequest(args, isUuid) }),
  },
}
