import type { CkanPackage } from './ckan-package.js'
import { boolParam, CkanError, intParam, invalid, listParam, stringParam, type Params } from './ckan-params.js'
import {
  compileQ,
  FACET_FIELDS,
  facetsOf,
  parseSort,
  SearchQueryError,
  SolrQueryError,
  type FacetField,
} from './ckan-search.js'
import { compileSolrQuery, type Predicate } from './solr-query.js'

/** CKAN's own upper limit of `rows` (`ckan.search.rows_max`): larger values are capped, not refused. */
const MAX_ROWS = 1000
/** CKAN's `search.facets.limit` default. */
const FACET_LIMIT = 50
const DEFAULT_SORT = 'score desc, metadata_modified desc'

/**
 * package_search as CKAN answers it: `{count, facets, results, sort, search_facets}`. What Solr would
 * refuse (syntax, undefined fields) is CKAN's 409 `Search Error`; a sort CKAN cannot read is its 400
 * `Search Query Error` ("Search Query is invalid"); a bad rows/start is a 409 Validation Error.
 */
export function packageSearch(packages: readonly CkanPackage[], params: Params) {
  const rows = intParam(params, 'rows', 10, { min: 0, max: MAX_ROWS })
  const start = intParam(params, 'start', 0, { min: 0 })
  const requested = stringParam(params, 'sort')
  const sort = requested === undefined || requested === 'rank' ? DEFAULT_SORT : requested
  const facetFields = facetFieldsOf(params)
  const facetLimit = intParam(params, 'facet.limit', FACET_LIMIT, { min: -1 })
  const { filter, compare } = compileSearch(params, sort)
  const matches = packages.filter(filter).sort(compare)
  return {
    count: matches.length,
    ...facetsOf(matches, facetFields, facetLimit),
    results: matches.slice(start, start + rows),
    sort,
  }
}

function compileSearch(params: Params, sort: string) {
  try {
    const q = compileQ(stringParam(params, 'q') ?? '')
    const filters: Predicate[] = [
      compileSolrQuery(stringParam(params, 'fq') ?? '', 'fq'),
      ...(listParam(params, 'fq_list') ?? []).map((fq) => compileSolrQuery(fq, 'fq')),
    ]
    const compare = parseSort(sort)
    return { filter: (pkg: CkanPackage) => q(pkg) && filters.every((test) => test(pkg)), compare }
  } catch (error) {
    if (error instanceof SearchQueryError)
      throw new CkanError('Search Query Error', `Search Query is invalid: ${error.message}`, 400)
    if (error instanceof SolrQueryError)
      throw new CkanError('Search Error', `Search error: Search Query is invalid: ${error.message}`, 409)
    throw error
  }
}

/** `facet.field` is a JSON list (CKAN's own clients send `["tags","organization"]`); none asked, none given. */
function facetFieldsOf(params: Params): FacetField[] {
  if (!boolParam(params, 'facet', true)) return []
  const asked = listParam(params, 'facet.field') ?? []
  const known: readonly string[] = FACET_FIELDS
  const unknown = asked.find((field) => !known.includes(field))
  if (unknown) throw invalid('facet.field', `cannot facet on ${unknown} (one of ${FACET_FIELDS.join(', ')})`)
  return asked as FacetField[]
}
