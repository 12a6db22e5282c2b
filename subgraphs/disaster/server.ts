import { mergeResolvers } from '../../lib/graphql/merge-resolvers.js'
import { createSubgraphApp, type SubgraphDeps } from '../../lib/graphql/subgraph-app.js'
import { createLoaders } from './context.js'
import { drillResolvers } from './drills/drills.resolvers.js'
import { shelterImportResolvers } from './shelter-import/shelter-import.resolvers.js'
import { shelterResolvers } from './shelters/shelters.resolvers.js'
import { situationEvents } from './situation/situation.events.js'
import { situationResolvers } from './situation/situation.resolvers.js'
import { stockpileResolvers } from './stockpiles/stockpiles.resolvers.js'
import { wideAreaResolvers } from './wide-area/wide-area.resolvers.js'

export const resolvers = mergeResolvers(
  shelterResolvers,
  drillResolvers,
  shelterImportResolvers,
  situationResolvers,
  stockpileResolvers,
  wideAreaResolvers,
)

/** The disaster subgraph as an HTTP app (not yet listening): main.ts, `npm start` and tests share it. */
export function createDisasterSubgraph(deps: SubgraphDeps) {
  return createSubgraphApp({ name: 'disaster', resolvers, createLoaders, events: situationEvents }, deps)
}
