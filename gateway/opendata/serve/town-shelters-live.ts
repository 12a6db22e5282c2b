import { freePlaces, readShelters, suitabilityOf, type EmbedShelter } from '../../embed/shelters-data.js'
import type { TownShelter } from './town-shelters.js'

/**
 * A town's shelters as they are now, for the town page: the disaster subgraph's public `shelters` query (the
 * same anonymous read as the shelters widget), so the page without JavaScript is a current snapshot and the
 * live script's refresh gets the latest report, not the release's.
 */

function stateOf(shelter: EmbedShelter): TownShelter['status'] {
  if (!shelter.latestStatus) return 'unreported'
  return shelter.latestStatus.isOpen ? 'open' : 'closed'
}

export async function readLiveTownShelters(disasterUrl: string, code: string): Promise<TownShelter[]> {
  const shelters = await readShelters(disasterUrl, code)
  return shelters.map((shelter) => ({
    id: shelter.id,
    name: shelter.name,
    address: shelter.address,
    location: shelter.location,
    suitability: suitabilityOf(shelter),
    status: stateOf(shelter),
    free: freePlaces(shelter),
    isSample: shelter.isSample,
  }))
}
