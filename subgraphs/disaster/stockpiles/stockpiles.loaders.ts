import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import {
  findLotsByIds,
  findLotsBySite,
  findSitesByIds,
  findSitesByMunicipality,
  findSupplyItemsByIds,
} from './stockpiles.repository.js'

export function createStockpileLoaders(db: Database) {
  return {
    supplyItemById: rowLoader(
      (ids: readonly string[]) => findSupplyItemsByIds(db, ids),
      (row) => row.id,
    ),
    sitesByMunicipality: groupLoader(
      (codes: readonly string[]) => findSitesByMunicipality(db, codes),
      (row) => row.municipalityCode,
    ),
    siteById: rowLoader(
      (ids: readonly string[]) => findSitesByIds(db, ids),
      (row) => row.id,
    ),
    lotById: rowLoader(
      (ids: readonly string[]) => findLotsByIds(db, ids),
      (row) => row.id,
    ),
    lotsBySite: groupLoader(
      (ids: readonly string[]) => findLotsBySite(db, ids),
      (row) => row.siteId,
    ),
  }
}
