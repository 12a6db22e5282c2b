import type { CkanPackage } from './ckan-package.js'

/**
 * package_search over a release's packages in memory (a release holds tens of datasets, not
 * millions). The subset of Solr syntax CKAN clients send: `q` terms (all must occur, as substrings,
 * since Japanese has no spaces between words) over title, notes and tags; `fq` clauses `field:value`,
 * `field:"quoted value"` and `field:[A TO B]` (`{}` exclusive, `*` open) joined by spaces or AND;
 * `sort` as `field asc|desc[, …]`.
 */

export class SearchSyntaxError extends Error {
  override name = 'SearchSyntaxError'
}

type Clause = { field: string; test: (pkg: CkanPackage) => boolean }

const TEXT_FIELDS: Record<string, (pkg: CkanPackage) => string[]> = {
  organization: (pkg) => [pkg.organization.name],
  owner_org: (pkg) => [pkg.owner_org],
  tags: (pkg) => pkg.tags.map((tag) => tag.name),
  res_format: (pkg) => pkg.resources.map((resource) => resource.format),
  license_id: (pkg) => [pkg.license_id],
  name: (pkg) => [pkg.name],
  id: (pkg) => [pkg.id],
  is_sample: (pkg) => [String(pkg.is_sample)],
}
const DATE_FIELDS: Record<string, (pkg: CkanPackage) => string> = {
  metadata_modified: (pkg) => pkg.metadata_modified,
  metadata_created: (pkg) => pkg.metadata_created,
}
const SORT_FIELDS: Record<string, (pkg: CkanPackage) => string> = {
  name: (pkg) => pkg.name,
  title: (pkg) => pkg.title,
  title_string: (pkg) => pkg.title,
  metadata_modified: (pkg) => pkg.metadata_modified,
  metadata_created: (pkg) => pkg.metadata_created,
}
export const FACET_FIELDS = ['organization', 'tags', 'res_format', 'license_id'] as const
export type FacetField = (typeof FACET_FIELDS)[number]

/** A clause: `field:` then a quoted string, a range in [] or {}, or a bare word. */
const CLAUSE = /^(-?)([a-z_]+):("(?:[^"\\]|\\.)*"|[[{][^\]}]*[\]}]|[^\s]+)/

export function parseFilterQuery(fq: string): Clause[] {
  const clauses: Clause[] = []
  let rest = fq.trim()
  while (rest.length > 0) {
    const joiner = /^(AND\s+|&&\s*|\+)/.exec(rest)
    if (joiner) {
      rest = rest.slice(joiner[0].length).trimStart()
      continue
    }
    if (/^(OR|NOT)\b|^\|\|/.test(rest))
      throw new SearchSyntaxError(`fq: only clauses joined by AND are supported, not "${rest.slice(0, 20)}"`)
    const match = CLAUSE.exec(rest)
    if (!match) throw new SearchSyntaxError(`fq: expected field:value at "${rest.slice(0, 30)}"`)
    const [whole, negate = '', field = '', value = ''] = match
    const clause = clauseOf(field, value)
    clauses.push(negate ? { field, test: (pkg) => !clause.test(pkg) } : clause)
    rest = rest.slice(whole.length).trimStart()
  }
  return clauses
}

function clauseOf(field: string, value: string): Clause {
  const dateOf = DATE_FIELDS[field]
  if (dateOf) {
    const range = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(value)
    if (!range) {
      const instant = parseInstant(field, unquote(value))
      return { field, test: (pkg) => Date.parse(dateOf(pkg)) === instant }
    }
    const [, open = '[', from = '*', to = '*', close = ']'] = range
    const low = from === '*' ? -Infinity : parseInstant(field, from)
    const high = to === '*' ? Infinity : parseInstant(field, to)
    return {
      field,
      test: (pkg) => {
        const time = Date.parse(dateOf(pkg))
        return (open === '[' ? time >= low : time > low) && (close === ']' ? time <= high : time < high)
      },
    }
  }
  const valuesOf = TEXT_FIELDS[field]
  if (!valuesOf)
    throw new SearchSyntaxError(
      `fq: unknown field "${field}" (known: ${[...Object.keys(TEXT_FIELDS), ...Object.keys(DATE_FIELDS)].join(', ')})`,
    )
  const wanted = unquote(value)
  // res_format is matched case-insensitively (clients send csv and CSV); other fields exactly, as Solr's string fields.
  const equal =
    field === 'res_format' ? (a: string) => a.toLowerCase() === wanted.toLowerCase() : (a: string) => a === wanted
  return { field, test: (pkg) => valuesOf(pkg).some(equal) }
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2
    ? value.slice(1, -1).replace(/\\(.)/g, '$1')
    : value
}

/** A Solr date: ISO 8601 (a trailing Z; a date alone means its midnight UTC) or NOW. */
function parseInstant(field: string, text: string): number {
  if (text === 'NOW') return Date.now()
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text
  const ms = Date.parse(iso)
  if (Number.isNaN(ms))
    throw new SearchSyntaxError(`fq: ${field} needs ISO 8601 dates such as 2026-01-01T00:00:00Z, not "${text}"`)
  return ms
}

/** `q`: every whitespace-separated term must occur (case-insensitively) in the title, notes or tags, ja or en. */
export function matchesQuery(pkg: CkanPackage, q: string): boolean {
  const trimmed = q.trim()
  if (trimmed === '' || trimmed === '*:*' || trimmed === '*') return true
  const haystack = [
    pkg.name,
    pkg.title,
    pkg.notes,
    ...pkg.tags.map((tag) => tag.name),
    ...pkg.extras.filter((extra) => extra.key === 'title_en' || extra.key === 'notes_en').map((extra) => extra.value),
  ]
    .join('\n')
    .toLowerCase()
  return trimmed
    .split(/\s+/)
    .filter((term) => term !== 'AND')
    .every((term) => haystack.includes(unquote(term).toLowerCase()))
}

export function parseSort(sort: string): (a: CkanPackage, b: CkanPackage) => number {
  const keys = sort
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('score'))
    .map((part) => {
      const [field = '', direction = 'asc', ...extra] = part.split(/\s+/)
      const valueOf = SORT_FIELDS[field]
      if (!valueOf || extra.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
        throw new SearchSyntaxError(
          `sort: expected "field asc|desc" with field one of ${Object.keys(SORT_FIELDS).join(', ')}, not "${part}"`,
        )
      }
      return { valueOf, sign: direction === 'asc' ? 1 : -1 }
    })
  // Name last: a total order, so paging with start/rows never repeats or skips a package.
  keys.push({ valueOf: SORT_FIELDS['name'] as (pkg: CkanPackage) => string, sign: 1 })
  return (a, b) => {
    for (const key of keys) {
      const x = key.valueOf(a)
      const y = key.valueOf(b)
      if (x !== y) return (x < y ? -1 : 1) * key.sign
    }
    return 0
  }
}

export function facetsOf(packages: CkanPackage[], fields: readonly FacetField[], limit: number) {
  const facets: Record<string, Record<string, number>> = {}
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {}
  for (const field of fields) {
    const counts = new Map<string, { display: string; count: number }>()
    for (const pkg of packages) {
      const values: [string, string][] =
        field === 'organization'
          ? [[pkg.organization.name, pkg.organization.title]]
          : field === 'tags'
            ? pkg.tags.map((tag) => [tag.name, tag.display_name])
            : field === 'res_format'
              ? pkg.resources.map((resource) => [resource.format, resource.format])
              : [[pkg.license_id, pkg.license_title]]
      for (const [name, display] of new Map(values)) {
        const entry = counts.get(name) ?? { display, count: 0 }
        entry.count += 1
        counts.set(name, entry)
      }
    }
    const items = [...counts.entries()]
      .map(([name, { display, count }]) => ({ name, display_name: display, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, limit < 0 ? undefined : limit)
    facets[field] = Object.fromEntries(items.map((item) => [item.name, item.count]))
    searchFacets[field] = { title: field, items }
  }
  return { facets, search_facets: searchFacets }
}
