import type { Database } from '../../lib/db/database.js'
import { createMunicipalityNameLoader } from '../../lib/graphql/municipality-names.js'
import type { SubgraphContext } from '../../lib/graphql/context.js'
import { createDrillLoaders } from './drills/drills.loaders.js'
import { createShelterLoaders } from './shelters/shelters.loaders.js'
import { createSituationLoaders } from './situation/situation.loaders.js'
import { createStockpileLoaders } from './stockpiles/stockpiles.loaders.js'

/** Per-request DataLoaders of the disaster subgraph. */
export function createLoaders(db: Database) {
  return {
    ...createShelterLoaders(db),
    ...createDrillLoaders(db),
    ...createSituationLoaders(db),
    ...createStockpileLoaders(db),
    municipalityNames: createMunicipalityNameLoader(db),
  }
}

export type DisasterLoaders = ReturnType<typeof createLoaders>
export type DisasterContext = SubgraphContext<DisasterLoaders>
