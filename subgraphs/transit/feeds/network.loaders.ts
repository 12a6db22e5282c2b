import type { Database } from '../../../lib/db/database.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import {
  countRoutesByMunicipality,
  countStopsByMunicipality,
  findRoutesByMunicipality,
  findStopsByMunicipality,
  routeSortKey,
  stopSortKey,
} from './network.repository.js'

export function createNetworkLoaders(db: Database) {
  return {
    stopsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findStopsByMunicipality(db, codes, page),
      (row) => row.municipalityCode ?? '',
      stopSortKey,
      (codes) => countStopsByMunicipality(db, codes),
    ),
    routesByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findRoutesByMunicipality(db, codes, page),
      (row) => row.municipalityCode ?? '',
      routeSortKey,
      (codes) => countRoutesByMunicipality(db, codes),
    ),
  }
}
