import type { Database } from '../../lib/db/database.js'
import type { SubgraphContext } from '../../lib/graphql/context.js'
import { createFeedLoaders } from './feeds/feeds.loaders.js'
import { createNetworkLoaders } from './feeds/network.loaders.js'
import { createTimetableLoaders } from './timetable/timetable.loaders.js'
import { createOperatorLoaders } from './operators/operators.loaders.js'
import { createPromotionCampaignLoaders } from './promotion-campaigns/promotion-campaigns.loaders.js'
import { createRecruitmentLoaders } from './recruitment/recruitment.loaders.js'
import { createRouteStatisticsLoaders } from './route-statistics/route-statistics.loaders.js'

/** Per-request DataLoaders of the transit subgraph. */
export function createLoaders(db: Database) {
  return {
    ...createOperatorLoaders(db),
    ...createPromotionCampaignLoaders(db),
    ...createFeedLoaders(db),
    ...createNetworkLoaders(db),
    ...createTimetableLoaders(db),
    ...createRouteStatisticsLoaders(db),
    ...createRecruitmentLoaders(db),
  }
}

export type TransitLoaders = ReturnType<typeof createLoaders>
export type TransitContext = SubgraphContext<TransitLoaders>
