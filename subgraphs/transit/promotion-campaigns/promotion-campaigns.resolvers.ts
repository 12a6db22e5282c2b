import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { createPromotionCampaign, updatePromotionCampaign } from './promotion-campaigns.service.js'

export const promotionCampaignResolvers: Resolvers = {
  Query: {
    promotionCampaign: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.campaignById.load(id) : null),
  },
  Mutation: {
    createPromotionCampaign: (_, { input }, ctx) => createPromotionCampaign(ctx, input),
    updatePromotionCampaign: (_, { id, input }, ctx) => updatePromotionCampaign(ctx, id, input),
  },
  PromotionCampaign: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.campaignById.load(ref.id) : null),
    municipality: (campaign) => ({ code: campaign.municipalityCode }),
    initiative: (campaign) => ({ id: campaign.initiativeId }),
  },
  Initiative: {
    __resolveReference: (ref) => ({ id: ref.id }),
    promotionCampaigns: (initiative, args, ctx) =>
      ctx.loaders.campaignsByInitiative.load({ key: initiative.id, page: pageRequest(args, isUuid) }),
  },
}
