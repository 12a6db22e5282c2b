import { mergeResolvers } from '../../lib/graphql/merge-resolvers.js'
import { YenScalar } from '../../lib/graphql/yen-scalar.js'
import { createSubgraphApp, type SubgraphDeps } from '../../lib/graphql/subgraph-app.js'
import { createLoaders } from './context.js'
import { pilotResolvers } from './pilots/pilots.resolvers.js'
import { procurementResolvers } from './procurement/procurement.resolvers.js'
import { regionalIssueResolvers } from './regional-issues/regional-issues.resolvers.js'
import { sharedCaseResolvers } from './shared-cases/shared-cases.resolvers.js'
import { systemResolvers } from './systems/systems.resolvers.js'

export const resolvers = mergeResolvers(
  { Yen: YenScalar },
  systemResolvers,
  pilotResolvers,
  procurementResolvers,
  sharedCaseResolvers,
  regionalIssueResolvers,
)

/** The ict subgraph as an HTTP app (not yet listening): main.ts, `npm start` and tests share it. */
export function createIctSubgraph(deps: SubgraphDeps) {
  return createSubgraphApp({ name: 'ict', resolvers, createLoaders }, deps)
}
