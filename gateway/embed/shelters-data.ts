import { suitabilityWords, type Hazard, type Suitability } from './hazard-labels.js'
import { querySubgraph } from './subgraph-query.js'

/** A town's shelters with their live status, as the shelters widget shows them (list and map alike). */

export interface EmbedShelter {
  id: string
  name: string
  address: string
  location: { latitude: number; longitude: number } | null
  capacity: number | null
  safeFor: string[]
  conditionallySafeFor: string[]
  isSample: boolean
  latestStatus: { isOpen: boolean; evacuees: number; reportedAt: string } | null
}

const QUERY = `query EmbedShelters($code: String!, $hazard: Hazard, $after: String) {
  shelters(municipalityCode: $code, hazard: $hazard, first: 200, after: $after) {
    nodes { id name address location { latitude longitude } capacity safeFor conditionallySafeFor isSample
      latestStatus { isOpen evacuees reportedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`

interface Page {
  shelters: { nodes: EmbedShelter[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
}

/** A town has a few hundred shelters at most; the page cap (200) bounds each request, not the list. */
const MAX_PAGES = 20

export async function readShelters(disasterUrl: string, town: string, hazard?: Hazard): Promise<EmbedShelter[]> {
  const shelters: EmbedShelter[] = []
  let after: string | null = null
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: Page = await querySubgraph<Page>(disasterUrl, QUERY, { code: town, hazard: hazard ?? null, after })
    shelters.push(...data.shelters.nodes)
    if (!data.shelters.pageInfo.hasNextPage) break
    after = data.shelters.pageInfo.endCursor
  }
  return shelters
}

/** Free places: capacity minus the evacuees reported; null when the capacity is unknown or it is closed. */
export function freePlaces(shelter: EmbedShelter): number | null {
  if (shelter.capacity === null || !shelter.latestStatus?.isOpen) return null
  return Math.max(0, shelter.capacity - shelter.latestStatus.evacuees)
}

/** The hazards a shelter suits, as a resident reads them: 洪水、地震(条件付き)… or — for none. */
export function suitabilityText(shelter: EmbedShelter): string {
  return suitabilityWords(suitabilityOf(shelter))
}

export const suitabilityOf = (shelter: EmbedShelter): Suitability => ({
  safe: shelter.safeFor,
  conditional: shelter.conditionallySafeFor,
})
