import type { Database } from '../../lib/db/database.js'
import type { SubgraphContext } from '../../lib/graphql/context.js'
import { createAgreementLoaders } from './agreement/agreement.loaders.js'
import { createAmendmentLoaders } from './amendments/amendments.loaders.js'
import { createCostSharingLoaders } from './cost-sharing/cost-sharing.loaders.js'
import { createMunicipalityLoaders } from './municipalities/municipalities.loaders.js'
import { createPolicyFieldLoaders } from './policy-fields/policy-fields.loaders.js'
import { createRegionLoaders } from './regions/regions.loaders.js'

/** Per-request DataLoaders of the agreement subgraph. */
export function createLoaders(db: Database) {
  return {
    ...createAgreementLoaders(db),
    ...createMunicipalityLoaders(db),
    ...createPolicyFieldLoaders(db),
    ...createAmendmentLoaders(db),
    ...createCostSharingLoaders(db),
    ...createRegionLoaders(db),
  }
}

export type AgreementLoaders = ReturnType<typeof createLoaders>
export type AgreementContext = SubgraphContext<AgreementLoaders>
