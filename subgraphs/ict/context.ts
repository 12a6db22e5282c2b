import type { Viewer } from '../../lib/auth/viewer.js'
import type { Database } from '../../lib/db/database.js'
import { createMunicipalityNameLoader } from '../../lib/graphql/municipality-names.js'
import type { SubgraphContext } from '../../lib/graphql/context.js'
import { createPilotLoaders } from './pilots/pilots.loaders.js'
import { createRegionalIssueLoaders } from './regional-issues/regional-issues.loaders.js'
import { createSharedCaseLoaders } from './shared-cases/shared-cases.loaders.js'
import { createSystemLoaders } from './systems/systems.loaders.js'

/** Per-request DataLoaders of the ict subgraph. */
export function createLoaders(db: Database, viewer: Viewer) {
  return {
    ...createSystemLoaders(db, viewer),
    ...createPilotLoaders(db),
    ...createSharedCaseLoaders(db),
    ...createRegionalIssueLoaders(db),
    municipalityNames: createMunicipalityNameLoader(db),
  }
}

export type IctLoaders = ReturnType<typeof createLoaders>
export type IctContext = SubgraphContext<IctLoaders>
