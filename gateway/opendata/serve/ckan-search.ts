import { foldForSearch } from '../../../lib/text/search-fold.js'
import type { CkanPackage } from './ckan-package.js'
import { SEARCH_FIELDS } from './ckan-fields.js'
import { isoMicros } from './solr-date.js'
import { compileSolrQuery, SolrQueryError, type Predicate } from './solr-query.js'

/**
 * package_search over a release's packages in memory (a region's release holds tens or hundreds of packages, a
 * nationwide one thousands, not millions; what each package contributes is worked out once: keptPerPackage).
 * `q` without a colon is CKAN's dismax search (every word in name, title, tags, groups or the catch-all text, with
 * CKAN's minimum-match `2<-1 5<80%`); `q` with a colon and every `fq` go through the Lucene parser
 * (solr-query.ts). `sort` is Solr's `field dir[, field dir…]`.
 */

/** CKAN's SearchQueryError (400 "Search Query is invalid"), e.g. a sort without a direction. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError'
}
export { SolrQueryError }

/** Dismax: optional words must meet the minimum match, +words must occur, -words must not. */
export function compileDismax(q: string): Predicate {
  const tokens = [...q.matchAll(/([+-]?)(?:"([^"]*)"|(\S+))/g)].map((match) => ({
    sign: match[1] ?? '',
    word: foldForSearch(match[2] ?? match[3] ?? ''),
  }))
  const words = tokens.filter((token) => token.word !== '' && !['and', 'or', 'not'].includes(token.word))
  if (words.length === 0) return () => true
  const optional = words.filter((token) => token.sign === '')
  const required = words.filter((token) => token.sign === '+')
  const prohibited = words.filter((token) => token.sign === '-')
  const needed = minimumMatch(optional.length)
  return (pkg) => {
    const haystack = dismaxText(pkg)
    const has = (word: string) => haystack.includes(word)
    if (prohibited.some((token) => has(token.word))) return false
    if (!required.every((token) => has(token.word))) return false
    if (optional.length === 0) return true
    return optional.filter((token) => has(token.word)).length >= needed
  }
}

/** CKAN's `mm=2<-1 5<80%`: up to 2 words all, 3–5 all but one, more than 5 at least 80 % (rounded down). */
function minimumMatch(count: number): number {
  if (count <= 2) return count
  if (count <= 5) return count - 1
  return Math.floor(count * 0.8)
}

/**
 * What a package contributes to a search, worked out on its first search and kept: a release's packages are built
 * once and shared by every request (ckan-package.ts), so this turns a search of the nationwide release (7,073
 * packages, some with 1,750 resources) from re-reading every field of every package into reading kept values.
 */
function keptPerPackage<T>(derive: (pkg: CkanPackage) => T): (pkg: CkanPackage) => T {
  const kept = new WeakMap<CkanPackage, T>()
  return (pkg) => {
    let value = kept.get(pkg)
    if (value === undefined) kept.set(pkg, (value = derive(pkg)))
    return value
  }
}

const dismaxText = keptPerPackage((pkg: CkanPackage): string => {
  const fields = ['name', 'title', 'tags', 'groups', 'text'] as const
  return foldForSearch(
    fields
      .flatMap((name) => {
        const spec = SEARCH_FIELDS.get(name)
        return spec && (spec.kind === 'string' || spec.kind === 'text') ? spec.values(pkg) : []
      })
      .join('\n'),
  )
})

/** `q`: `*:*` or empty matches all; a colon makes it a Lucene query, otherwise dismax (as CKAN decides). */
export function compileQ(q: string): Predicate {
  const trimmed = q.trim()
  if (trimmed === '' || trimmed === '*:*' || trimmed === '""' || trimmed === "''") return () => true
  return trimmed.includes(':') ? compileSolrQuery(trimmed, 'q') : compileDismax(trimmed)
}

type SortKey = (pkg: CkanPackage) => string | number
const SORT_FIELDS: ReadonlyMap<string, SortKey> = new Map<string, SortKey>([
  ['id', (pkg) => pkg.id],
  ['name', (pkg) => pkg.name],
  ['title', (pkg) => pkg.title],
  ['title_string', (pkg) => pkg.title],
  // Parsed once per package: the default sort compares metadata_modified ~90k times over a nationwide release.
  ['metadata_modified', keptPerPackage((pkg) => isoMicros(pkg.metadata_modified))],
  ['metadata_created', keptPerPackage((pkg) => isoMicros(pkg.metadata_created))],
  ['num_resources', (pkg) => pkg.num_resources],
  ['num_tags', (pkg) => pkg.num_tags],
  // Every match scores the same here: score sorts nothing and the next key decides.
  ['score', () => 0],
])

/** A comparator for Solr's sort spec; the package id breaks ties, so paging never repeats or skips one. */
export function parseSort(sort: string): (a: CkanPackage, b: CkanPackage) => number {
  const keys = sort
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [field = '', direction, ...extra] = part.split(/\s+/)
      if (direction === undefined || extra.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase()))
        throw new SearchQueryError(`Invalid "sort" parameter: "${part}" needs a field then asc or desc`)
      const valueOf = SORT_FIELDS.get(field)
      if (!valueOf)
        throw new SolrQueryError(
          `sort param field can't be found: ${field} (one of ${[...SORT_FIELDS.keys()].join(', ')})`,
        )
      return { valueOf, sign: direction.toLowerCase() === 'asc' ? 1 : -1 }
    })
  keys.push({ valueOf: (pkg) => pkg.id, sign: 1 })
  return (a, b) => {
    for (const key of keys) {
      const x = key.valueOf(a)
      const y = key.valueOf(b)
      if (x !== y) return (x < y ? -1 : 1) * key.sign
    }
    return 0
  }
}

export const FACET_FIELDS = ['organization', 'groups', 'tags', 'res_format', 'license_id'] as const
export type FacetField = (typeof FACET_FIELDS)[number]

/** Each package's distinct values of a facet (name → display name), kept per package. */
const facetValues: Record<FacetField, (pkg: CkanPackage) => ReadonlyMap<string, string>> = {
  organization: keptPerPackage((pkg) => new Map([[pkg.organization.name, pkg.organization.title]])),
  groups: keptPerPackage((pkg) => new Map(pkg.groups.map((group) => [group.name, group.title]))),
  tags: keptPerPackage((pkg) => new Map(pkg.tags.map((tag) => [tag.name, tag.display_name]))),
  res_format: keptPerPackage((pkg) => new Map(pkg.resources.map((resource) => [resource.format, resource.format]))),
  license_id: keptPerPackage((pkg) => new Map([[pkg.license_id, pkg.license_title]])),
}

/** CKAN's `facets` (name → count) and `search_facets` (items sorted by display name, descending, as CKAN does). */
export function facetsOf(packages: readonly CkanPackage[], fields: readonly FacetField[], limit: number) {
  const facets: Record<string, Record<string, number>> = {}
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {}
  for (const field of fields) {
    const counts = new Map<string, { display: string; count: number }>()
    for (const pkg of packages) {
      for (const [name, display] of facetValues[field](pkg)) {
        const entry = counts.get(name) ?? { display, count: 0 }
        entry.count += 1
        counts.set(name, entry)
      }
    }
    // Solr returns the most frequent values first and stops at facet.limit.
    const top = [...counts.entries()]
      .map(([name, { display, count }]) => ({ name, display_name: display, count }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, limit < 0 ? undefined : limit)
    facets[field] = Object.fromEntries(top.map((item) => [item.name, item.count]))
    searchFacets[field] = {
      title: field,
      items: [...top].sort((a, b) => (a.display_name < b.display_name ? 1 : a.display_name > b.display_name ? -1 : 0)),
    }
  }
  return { facets, search_facets: searchFacets }
}
