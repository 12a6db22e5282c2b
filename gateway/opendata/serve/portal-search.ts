import { foldForSearch } from '../../../lib/text/search-fold.js'
import type { DatasetEntry, ReleaseManifest } from '../release-manifest.js'
import { municipalityCodesOf } from './catalog-model.js'
import { readingsIn } from './search-readings.js'
import { townOf } from './towns.js'

/**
 * The portal's search (`/opendata/?q=&town=&theme=&format=&sample=&page=`), done in the server over the current
 * release's manifest (tens of datasets: no index needed). Every word of `q` must occur (after the search fold of
 * lib/text/search-fold.ts, on both sides) in a dataset's title, description, keywords, column names, file titles,
 * the names of the towns it covers or the readings of its kanji words (search-readings.ts).
 */

export const PAGE_SIZE = 20
export const FACETS = ['town', 'theme', 'format', 'sample'] as const
export type Facet = (typeof FACETS)[number]

export interface PortalQuery {
  q: string
  /** One chosen value per facet (a facet left out filters nothing). */
  facets: Partial<Record<Facet, string>>
  page: number
}

export class PortalQueryError extends Error {
  override name = 'PortalQueryError'
}

type Raw = Record<string, unknown>
const first = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/** Reads the query string; a bad `page` or `sample` is a PortalQueryError naming the parameter. */
export function parsePortalQuery(raw: Raw): PortalQuery {
  const facets: Partial<Record<Facet, string>> = {}
  for (const facet of FACETS) {
    const value = first(raw[facet])?.trim()
    if (value) facets[facet] = value
  }
  if (facets.sample !== undefined && facets.sample !== 'sample' && facets.sample !== 'real')
    throw new PortalQueryError(`sample: must be "sample" or "real", not "${facets.sample}"`)
  const pageText = first(raw.page)?.trim() || '1'
  if (!/^[1-9]\d{0,5}$/.test(pageText))
    throw new PortalQueryError(`page: must be a whole number from 1, not "${pageText}"`)
  return { q: first(raw.q)?.trim() ?? '', facets, page: Number(pageText) }
}

/** The values a dataset has for each facet. */
export function facetValuesOf(dataset: DatasetEntry): Record<Facet, string[]> {
  return {
    town: municipalityCodesOf(dataset),
    theme: [dataset.theme],
    format: [...new Set(dataset.distributions.map((distribution) => distribution.format))].sort(),
    sample: [dataset.isSample ? 'sample' : 'real'],
  }
}

/** Everything a dataset is found by, folded once. */
export function searchTextOf(dataset: DatasetEntry): string {
  const towns = municipalityCodesOf(dataset).flatMap((code) => [townOf(code).ja, townOf(code).en])
  const text = [
    dataset.id,
    dataset.title.ja,
    dataset.title.en,
    dataset.description.ja,
    dataset.description.en,
    ...dataset.keywords,
    ...dataset.columns,
    ...dataset.distributions.flatMap((distribution) => [distribution.title.ja, distribution.title.en]),
    ...towns,
  ].join('\n')
  return foldForSearch([text, ...readingsIn(text)].join('\n'))
}

/** Words of `q`: NFKC turns the full-width space (U+3000) into a plain one, so both separate words. */
export const wordsOf = (q: string): string[] => foldForSearch(q).split(/\s+/).filter(Boolean)

export interface FacetCount {
  value: string
  count: number
}

export interface PortalResults {
  total: number
  page: number
  pageCount: number
  datasets: DatasetEntry[]
  /** Per facet, its values with how many datasets match the query and the other facets' choices. */
  facetCounts: Record<Facet, FacetCount[]>
}

export function searchPortal(manifest: ReleaseManifest, query: PortalQuery): PortalResults {
  const words = wordsOf(query.q)
  const entries = manifest.datasets
    .map((dataset) => ({ dataset, values: facetValuesOf(dataset), text: searchTextOf(dataset) }))
    .filter((entry) => words.every((word) => entry.text.includes(word)))
  const passes = (values: Record<Facet, string[]>, except?: Facet) =>
    FACETS.every((facet) => {
      const chosen = query.facets[facet]
      return facet === except || chosen === undefined || values[facet].includes(chosen)
    })
  const matches = entries.filter((entry) => passes(entry.values)).map((entry) => entry.dataset)
  const facetCounts = {} as Record<Facet, FacetCount[]>
  for (const facet of FACETS) {
    // Counted as if this facet were not chosen, so its alternatives show what choosing them would give.
    const counts = new Map<string, number>()
    for (const entry of entries.filter((candidate) => passes(candidate.values, facet)))
      for (const value of entry.values[facet]) counts.set(value, (counts.get(value) ?? 0) + 1)
    const chosen = query.facets[facet]
    if (chosen !== undefined && !counts.has(chosen)) counts.set(chosen, 0)
    facetCounts[facet] = [...counts].map(([value, count]) => ({ value, count })).sort(byValue)
  }
  const pageCount = Math.max(1, Math.ceil(matches.length / PAGE_SIZE))
  const start = (query.page - 1) * PAGE_SIZE
  return {
    total: matches.length,
    page: query.page,
    pageCount,
    datasets: matches.slice(start, start + PAGE_SIZE),
    facetCounts,
  }
}

const byValue = (a: FacetCount, b: FacetCount) => a.value.localeCompare(b.value)

/** The query string of `query` with `changes` applied (undefined removes a parameter); page 1 is left out. */
export function queryString(
  query: PortalQuery,
  changes: Partial<Record<Facet | 'q', string | undefined>> & { page?: number },
): string {
  const params = new URLSearchParams()
  const q = 'q' in changes ? changes.q : query.q
  if (q) params.set('q', q)
  for (const facet of FACETS) {
    const value = facet in changes ? changes[facet] : query.facets[facet]
    if (value !== undefined) params.set(facet, value)
  }
  const page = changes.page ?? (Object.keys(changes).length > 0 ? 1 : query.page)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
