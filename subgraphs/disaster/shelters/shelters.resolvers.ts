import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { HAZARDS, hazardsOf } from './hazards.js'
import { isDesignation, isPetPolicy } from './shelter-kinds.js'
import { createShelter, nearbyShelters, retireShelter, shelterPage, updateShelter } from './shelters.service.js'

export const shelterResolvers: Resolvers = {
  Query: {
    shelter: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.shelterById.load(id) : null),
    shelters: (_, args, ctx) => shelterPage(ctx, args),
    sheltersNear: async (_, args, ctx) =>
      (await nearbyShelters(ctx, args)).map(({ distanceMetres, ...shelter }) => ({ shelter, distanceMetres })),
  },
  Mutation: {
    createShelter: (_, { input }, ctx) => createShelter(ctx, input),
    updateShelter: (_, { id, input }, ctx) => updateShelter(ctx, id, input),
    retireShelter: (_, { id }, ctx) => retireShelter(ctx, id),
  },
  Shelter: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.shelterById.load(ref.id) : null),
    municipality: (shelter) => ({ code: shelter.municipalityCode }),
    location: (shelter) =>
      shelter.latitude === null || shelter.longitude === null
        ? null
        : { latitude: shelter.latitude, longitude: shelter.longitude },
    isRetired: (shelter) => shelter.retiredAt !== null,
    elevationMetres: (shelter) => shelter.elevationM,
    safeFor: (shelter) => hazardsOf(shelter),
    conditionallySafeFor: (shelter) => HAZARDS.filter((hazard) => shelter.conditionalHazards.includes(hazard)),
    designation: (shelter) => (isDesignation(shelter.designation) ? shelter.designation : 'EMERGENCY_SITE'),
    // Each list's own rows are of that list; the flag says whether the row is also on the other one.
    isEmergencySite: (shelter) => shelter.designation === 'EMERGENCY_SITE' || shelter.isEmergencySite,
    isDesignatedShelter: (shelter) => shelter.designation === 'DESIGNATED_SHELTER' || shelter.isDesignatedShelter,
    petPolicy: (shelter) => (shelter.petPolicy !== null && isPetPolicy(shelter.petPolicy) ? shelter.petPolicy : null),
  },
  Municipality: {
    __resolveReference: (ref) => ({ code: ref.code }),
    shelters: (municipality, args, ctx) =>
      ctx.loaders.sheltersByMunicipality[args.designation ?? 'all'].load({
        key: municipality.code,
        page: pageRequest(args, isUuid),
      }),
  },
}
