import type { Action, ActionContext } from './ckan-action-types.js'
import { foldForSearch, matchesSearch } from '../../../lib/text/search-fold.js'
import { catalogViewOf } from './catalog-model.js'
import { GROUP_ACTIONS } from './ckan-group-actions.js'
import { ckanPackages, type CkanPackage } from './ckan-package.js'
import { intParam, notFound, requiredString, sliceOf } from './ckan-params.js'
import { packageSearch } from './ckan-package-search.js'
import { paths } from './links.js'
import { CATALOG_DESCRIPTION, CATALOG_TITLE } from './site-text.js'

/** The read-only CKAN Action API, answered from the current release's manifest. */

/** The CKAN version whose Action API these answers follow (clients parse it; this is not CKAN itself). */
export const CKAN_API_LEVEL = '2.11.0'

export function packagesOf(context: ActionContext): readonly CkanPackage[] {
  return ckanPackages(catalogViewOf(context.manifest), context.baseUrl)
}

function findPackage(packages: readonly CkanPackage[], idOrName: string): CkanPackage {
  const found = packages.find((pkg) => pkg.name === idOrName || pkg.id === idOrName)
  if (!found) throw notFound()
  return found
}

const PACKAGE_ACTIONS: [string, Action][] = [
  [
    'status_show',
    {
      help: 'Site information: title, URL, the CKAN API level followed, extensions.',
      run: ({ baseUrl, manifest }) => ({
        site_title: CATALOG_TITLE.ja,
        site_description: CATALOG_DESCRIPTION.ja,
        site_url: baseUrl + paths.portal,
        ckan_version: CKAN_API_LEVEL,
        error_emails_to: null,
        locale_default: 'ja',
        extensions: ['minamisorachi-opendata'],
        release_id: manifest?.releaseId ?? null,
        release_published_at: manifest?.publishedAt ?? null,
      }),
    },
  ],
  ['site_read', { help: 'Whether the site can be read: always true.', run: () => true }],
  [
    'package_list',
    {
      help: 'Names of every dataset, sorted (limit, offset).',
      run: (context) =>
        sliceOf(
          packagesOf(context)
            .map((pkg) => pkg.name)
            .sort(),
          context.params,
        ),
    },
  ],
  [
    'package_show',
    {
      help: 'One dataset with its resources (id: name or id).',
      run: (context) => findPackage(packagesOf(context), requiredString(context.params, 'id')),
    },
  ],
  [
    'package_search',
    {
      help:
        'Search datasets (Solr syntax): q, fq, fq_list, rows (≤ ' +
        '1000), start, sort, facet, facet.field, facet.limit.',
      run: (context) => packageSearch(packagesOf(context), context.params),
    },
  ],
  [
    'current_package_list_with_resources',
    {
      help: 'Every dataset with resources, most recently modified first (limit, offset).',
      run: (context) => {
        const newestFirst = [...packagesOf(context)].sort(
          (a, b) => b.metadata_modified.localeCompare(a.metadata_modified) || a.id.localeCompare(b.id),
        )
        return sliceOf(newestFirst, context.params)
      },
    },
  ],
  [
    'resource_show',
    {
      help: 'One resource (id).',
      run: (context) => {
        const id = requiredString(context.params, 'id')
        const resource = packagesOf(context)
          .flatMap((pkg) => pkg.resources)
          .find((candidate) => candidate.id === id)
        if (!resource) throw notFound('Resource was not found.')
        return resource
      },
    },
  ],
  [
    'package_autocomplete',
    {
      help: 'Datasets whose name or title contains q (q, limit ≤ 1000, default 10).',
      run: (context) => {
        const q = requiredString(context.params, 'q')
        const limit = intParam(context.params, 'limit', 10, { min: 0, max: 1000 })
        const wanted = foldForSearch(q)
        return packagesOf(context)
          .filter((pkg) => pkg.name.includes(wanted) || matchesSearch(pkg.title, q))
          .sort((a, b) => a.name.localeCompare(b.name))
          .slice(0, limit)
          .map((pkg) => {
            const byName = pkg.name.includes(wanted)
            return {
              name: pkg.name,
              title: pkg.title,
              match_field: byName ? 'name' : 'title',
              match_displayed: byName ? pkg.name : `${pkg.title} (${pkg.name})`,
            }
          })
      },
    },
  ],
]

/** Every action by name (a Map: `__proto__` or `constructor` is an unknown action, not a property). */
export const ACTIONS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ...PACKAGE_ACTIONS,
  ...GROUP_ACTIONS,
  [
    'help_show',
    {
      help: 'What an action does (name).',
      run: ({ params }) => {
        const name = requiredString(params, 'name')
        const action = ACTIONS.get(name)
        if (!action) throw notFound(`Action function not found`)
        return action.help
      },
    },
  ],
])
