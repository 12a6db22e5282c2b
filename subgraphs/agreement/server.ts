import { mergeResolvers } from '../../lib/graphql/merge-resolvers.js'
import { YenScalar } from '../../lib/graphql/yen-scalar.js'
import { createSubgraphApp, type SubgraphDeps } from '../../lib/graphql/subgraph-app.js'
import { agreementResolvers } from './agreement/agreement.resolvers.js'
import { amendmentResolvers } from './amendments/amendments.resolvers.js'
import { auditLogResolvers } from './audit-log/audit-log.resolvers.js'
import { createLoaders } from './context.js'
import { costSharingResolvers } from './cost-sharing/cost-sharing.resolvers.js'
import { municipalityResolvers } from './municipalities/municipalities.resolvers.js'
import { policyFieldResolvers } from './policy-fields/policy-fields.resolvers.js'
import { regionResolvers } from './regions/regions.resolvers.js'
import { versionResolvers } from './versions/versions.resolvers.js'
import { viewerResolvers } from './viewer/viewer.resolvers.js'
import { webhookResolvers } from './webhooks/webhooks.resolvers.js'

export const resolvers = mergeResolvers(
  { Yen: YenScalar },
  agreementResolvers,
  municipalityResolvers,
  policyFieldResolvers,
  regionResolvers,
  versionResolvers,
  amendmentResolvers,
  costSharingResolvers,
  auditLogResolvers,
  webhookResolvers,
  viewerResolvers,
)

/** The agreement subgraph as an HTTP app (not yet listening): main.ts, `npm start` and tests share it. */
export function createAgreementSubgraph(deps: SubgraphDeps) {
  return createSubgraphApp({ name: 'agreement', resolvers, createLoaders }, deps)
}
