import { mergeResolvers } from '../../lib/graphql/merge-resolvers.js'
import { YenScalar } from '../../lib/graphql/yen-scalar.js'
import { createSubgraphApp, type SubgraphDeps } from '../../lib/graphql/subgraph-app.js'
import { createLoaders } from './context.js'
import { createFeedImports } from './feeds/import-gate.js'
import { registerRegionalFeed } from './regional-feed/regional-feed.route.js'
import { RegionalFeedCache } from './regional-feed/regional-feed-cache.js'
import { registerFeedUpload } from './feeds/feed-upload.route.js'
import { feedResolvers } from './feeds/feeds.resolvers.js'
import { networkResolvers } from './feeds/network.resolvers.js'
import { operatorResolvers } from './operators/operators.resolvers.js'
import { connectionResolvers } from './connections/connections.resolvers.js'
import { timetableResolvers } from './timetable/timetable.resolvers.js'
import { promotionCampaignResolvers } from './promotion-campaigns/promotion-campaigns.resolvers.js'
import { recruitmentResolvers } from './recruitment/recruitment.resolvers.js'
import { routeStatisticsResolvers } from './route-statistics/route-statistics.resolvers.js'

export const resolvers = mergeResolvers(
  { Yen: YenScalar },
  operatorResolvers,
  promotionCampaignResolvers,
  feedResolvers,
  networkResolvers,
  timetableResolvers,
  connectionResolvers,
  routeStatisticsResolvers,
  recruitmentResolvers,
)

/** The transit subgraph as an HTTP app (not yet listening): main.ts, `npm start` and tests share it. */
export function createTransitSubgraph(deps: SubgraphDeps) {
  // One gate per subgraph instance: every request of this process shares the per-town import slots.
  const feedImports = createFeedImports(deps.feedImportLimits)
  return createSubgraphApp(
    {
      name: 'transit',
      resolvers,
      createLoaders: (db) => createLoaders(db, feedImports),
      registerRoutes: (app, context) => {
        registerFeedUpload(app, context, deps.uploadLimitBytes)
        const feedCache = new RegionalFeedCache(deps.regionalFeedCacheDir)
        app.addHook('onClose', () => feedCache.close())
        registerRegionalFeed(app, deps.db, feedCache)
      },
    },
    deps,
  )
}
