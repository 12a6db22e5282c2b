import type { FeedVersionStatus, Resolvers } from '../../../codegen/transit-resolvers.js'
import { departures } from './departures.service.js'
import { importGtfsFeed } from './feeds.service.js'

export const feedResolvers: Resolvers = {
  Query: {
    departures: (_, args, ctx) => departures(ctx, args),
  },
  Mutation: {
    importGtfsFeed: (_, args, ctx) => importGtfsFeed(ctx, args),
  },
  Operator: {
    feedVersions: (operator, _, ctx) => ctx.loaders.feedVersionsByOperator.load(operator.id),
  },
  FeedVersion: {
    status: (version) => version.status as FeedVersionStatus,
    rowCounts: (version) => version.rowCounts as { file: string; rows: number }[],
    importedAt: (version) => version.importedAt.toISOString(),
  },
}
