import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { isCreatedAtSortKey, pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { isEventSortKey } from './recruitment-events.repository.js'
import { createRecruitmentEvent, findRecruitmentEvents, updateRecruitmentEvent } from './recruitment-events.service.js'
import {
  createRecruitmentOpening,
  findRecruitmentOpenings,
  updateRecruitmentOpening,
} from './recruitment-openings.service.js'

const municipalityOf = (row: { municipalityCode: string | null }) =>
  row.municipalityCode ? { code: row.municipalityCode } : null

export const recruitmentResolvers: Resolvers = {
  Query: {
    recruitmentOpening: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.openingById.load(id) : null),
    recruitmentOpenings: (_, args, ctx) => findRecruitmentOpenings(ctx, args),
    recruitmentEvent: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.eventById.load(id) : null),
    recruitmentEvents: (_, args, ctx) => findRecruitmentEvents(ctx, args),
  },
  Mutation: {
    createRecruitmentOpening: (_, { input }, ctx) => createRecruitmentOpening(ctx, input),
    updateRecruitmentOpening: (_, { id, input }, ctx) => updateRecruitmentOpening(ctx, id, input),
    createRecruitmentEvent: (_, { input }, ctx) => createRecruitmentEvent(ctx, input),
    updateRecruitmentEvent: (_, { id, input }, ctx) => updateRecruitmentEvent(ctx, id, input),
  },
  RecruitmentOpening: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.openingById.load(ref.id) : null),
    municipality: municipalityOf,
    operator: (opening, _, ctx) => (opening.operatorId ? ctx.loaders.operatorById.load(opening.operatorId) : null),
    initiative: (opening) => ({ id: opening.initiativeId }),
  },
  RecruitmentEvent: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.eventById.load(ref.id) : null),
    municipality: municipalityOf,
    initiative: (event) => ({ id: event.initiativeId }),
  },
  Municipality: {
    recruitmentOpenings: (municipality, args, ctx) =>
      ctx.loaders.openingsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isCreatedAtSortKey) }),
    recruitmentEvents: (municipality, args, ctx) =>
      ctx.loaders.eventsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isEventSortKey) }),
  },
  Initiative: {
    recruitmentOpenings: (initiative, args, ctx) =>
      ctx.loaders.openingsByInitiative.load({ key: initiative.id, page: pageRequest(args, isCreatedAtSortKey) }),
    recruitmentEvents: (initiative, args, ctx) =>
      ctx.loaders.eventsByInitiative.load({ key: initiative.id, page: pageRequest(args, isEventSortKey) }),
  },
}
