import type { ReleaseManifest } from '../release-manifest.js'
import { catalogViewOf } from './catalog-model.js'
import { ckanOrganization, ckanPackages, type CkanPackage } from './ckan-package.js'
import {
  boolParam,
  CkanError,
  intParam,
  invalid,
  listParam,
  notFound,
  requiredString,
  stringParam,
  type Params,
} from './ckan-params.js'
import {
  FACET_FIELDS,
  facetsOf,
  matchesQuery,
  parseFilterQuery,
  parseSort,
  SearchSyntaxError,
  type FacetField,
} from './ckan-search.js'
import { paths } from './links.js'
import { CATALOG_DESCRIPTION, CATALOG_TITLE } from './site-text.js'

/** The CKAN Action API subset a harvester needs, answered from the current release's manifest. */

export interface ActionContext {
  manifest: ReleaseManifest | null
  baseUrl: string
  params: Params
}

type Action = { help: string; run: (context: ActionContext) => unknown }

const MAX_ROWS = 1000

function catalogView(context: ActionContext) {
  const view = catalogViewOf(context.manifest)
  return { view, organizations: view.organizations, packages: ckanPackages(view, context.baseUrl) }
}

function findPackage(packages: CkanPackage[], idOrName: string): CkanPackage {
  const found = packages.find((pkg) => pkg.name === idOrName || pkg.id === idOrName)
  if (!found) throw notFound('Not found')
  return found
}

function search(context: ActionContext) {
  const { params } = context
  const rows = intParam(params, 'rows', 10, { min: 0, max: MAX_ROWS })
  const start = intParam(params, 'start', 0, { min: 0 })
  const q = stringParam(params, 'q') ?? ''
  const fq = stringParam(params, 'fq') ?? ''
  const sort = stringParam(params, 'sort') ?? 'metadata_modified desc'
  const facetFields = listParam(params, 'facet.field') ?? [...FACET_FIELDS]
  const unknownFacet = facetFields.find((field) => !(FACET_FIELDS as readonly string[]).includes(field))
  if (unknownFacet) throw invalid('facet.field', `cannot facet on ${unknownFacet} (one of ${FACET_FIELDS.join(', ')})`)
  const facetLimit = intParam(params, 'facet.limit', 50, { min: -1 })
  let clauses
  let compare
  try {
    clauses = parseFilterQuery(fq)
    compare = parseSort(sort)
  } catch (error) {
    if (error instanceof SearchSyntaxError)
      throw new CkanError('Search Query Error', error.message, 409, { q: [error.message] })
    throw error
  }
  const matches = catalogView(context)
    .packages.filter((pkg) => matchesQuery(pkg, q) && clauses.every((clause) => clause.test(pkg)))
    .sort(compare)
  return {
    count: matches.length,
    sort,
    results: matches.slice(start, start + rows),
    ...facetsOf(matches, facetFields as FacetField[], facetLimit),
  }
}

function sliceOf<T>(items: T[], params: Params): T[] {
  const offset = intParam(params, 'offset', 0, { min: 0 })
  const limit = params['limit'] === undefined ? undefined : intParam(params, 'limit', 0, { min: 0 })
  return items.slice(offset, limit === undefined ? undefined : offset + limit)
}

export const ACTIONS: Record<string, Action> = {
  status_show: {
    help: 'Site information: title, URL, API version.',
    run: ({ baseUrl, manifest }) => ({
      site_title: CATALOG_TITLE.ja,
      site_description: CATALOG_DESCRIPTION.ja,
      site_url: baseUrl + paths.portal,
      // The Action API level the answers follow; this is not CKAN itself.
      ckan_version: '2.10.0',
      api_version: 3,
      locale_default: 'ja',
      extensions: ['minamisorachi-opendata'],
      release_id: manifest?.releaseId ?? null,
      release_published_at: manifest?.publishedAt ?? null,
    }),
  },
  package_list: {
    help: 'Names of every dataset (limit, offset).',
    run: (context) =>
      sliceOf(
        catalogView(context)
          .packages.map((pkg) => pkg.name)
          .sort(),
        context.params,
      ),
  },
  package_show: {
    help: 'One dataset with its resources (id: name or id).',
    run: (context) => findPackage(catalogView(context).packages, requiredString(context.params, 'id')),
  },
  package_search: {
    help: 'Search datasets: q, fq (organization:, tags:, res_format:, metadata_modified:[A TO B] joined by AND), rows (≤ 1000), start, sort, facet.field, facet.limit.',
    run: search,
  },
  current_package_list_with_resources: {
    help: 'Every dataset with resources, most recently modified first (limit, offset).',
    run: (context) => sliceOf(catalogView(context).packages.sort(parseSort('metadata_modified desc')), context.params),
  },
  organization_list: {
    help: 'Publishing organizations: names, or dictionaries with all_fields=true (sort: name asc|desc, limit, offset).',
    run: (context) => {
      const { view, organizations } = catalogView(context)
      const sort = stringParam(context.params, 'sort') ?? 'name asc'
      const match = /^(name|title|package_count)\s*(asc|desc)?$/.exec(sort.trim())
      if (!match) throw invalid('sort', 'must be name, title or package_count, then asc or desc')
      const dicts = organizations.map((organization) => ckanOrganization(organization, view))
      const [, key = 'name', direction = 'asc'] = match
      const sign = direction === 'asc' ? 1 : -1
      dicts.sort((a, b) => {
        const x = key === 'package_count' ? a.package_count : key === 'title' ? a.title : a.name
        const y = key === 'package_count' ? b.package_count : key === 'title' ? b.title : b.name
        // Ties by name ascending whatever the direction, so pages never overlap.
        return x < y ? -sign : x > y ? sign : a.name.localeCompare(b.name)
      })
      const page = sliceOf(dicts, context.params)
      return boolParam(context.params, 'all_fields', false) ? page : page.map((dict) => dict.name)
    },
  },
  organization_show: {
    help: 'One organization (id: name or id); include_datasets=true adds its packages.',
    run: (context) => {
      const id = requiredString(context.params, 'id')
      const { view, organizations, packages } = catalogView(context)
      const organization = organizations.find((candidate) => candidate.name === id || candidate.id === id)
      if (!organization) throw notFound('Organization not found')
      const dict = ckanOrganization(organization, view)
      if (!boolParam(context.params, 'include_datasets', false)) return dict
      return { ...dict, packages: packages.filter((pkg) => pkg.organization.name === organization.name) }
    },
  },
  help_show: {
    help: 'What an action does (name).',
    run: ({ params }) => {
      const name = requiredString(params, 'name')
      const action = ACTIONS[name]
      if (!action) throw notFound(`Action ${name} not found`)
      return action.help
    },
  },
}
