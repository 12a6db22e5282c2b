import type { Database } from '../../lib/db/database.js'
import type { SubgraphContext } from '../../lib/graphql/context.js'
import { createFeedLoaders } from './feeds/feeds.loaders.js'
import { createFeedImports, type FeedImports } from './feeds/import-gate.js'
import { createNetworkLoaders } from './feeds/network.loaders.js'
import { createTimetableLoaders } from './timetable/timetable.loaders.js'
import { createOperatorLoaders } from './operators/operators.loaders.js'
import { createPromotionCampaignLoaders } from './promotion-campaigns/promotion-campaigns.loaders.js'
import { createRecruitmentLoaders } from './recruitment/recruitment.loaders.js'
import { createRouteStatisticsLoaders } from './route-statistics/route-statistics.loaders.js'

/**
 * Per-request DataLoaders of the transit subgraph, and (shared by all requests of one subgraph
 * instance, not per request) its feed-import limits and gate.
 */
export function createLoaders(db: Database, feedImports: FeedImports = createFeedImports()) {
  return {
    feedImports,
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
