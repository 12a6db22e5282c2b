import type { Action, ActionContext } from './ckan-action-types.js'
import { matchesSearch } from '../../../lib/text/search-fold.js'
import { catalogViewOf, type CatalogView } from './catalog-model.js'
import { ckanGroup, ckanOrganization, ckanPackages, type CkanGroup } from './ckan-package.js'
import { boolParam, invalid, listParam, notFound, requiredString, sliceOf, stringParam } from './ckan-params.js'
import { THEMES } from './themes.js'

/** Organizations (publishers and towns), groups (the agreement's themes), tags and licenses. */

/** CKAN's `ckan.group_and_organization_list_all_fields_max` and `…_list_max` defaults. */
const ALL_FIELDS_MAX = 25
const NAMES_MAX = 1000

type Kind = 'organization' | 'group'

function groupsOf(kind: Kind, view: CatalogView): CkanGroup[] {
  if (kind === 'organization') return view.organizations.map((organization) => ckanOrganization(organization, view))
  const themes = new Set([...THEMES.keys()].filter((id) => view.packages.some((pkg) => pkg.dataset.theme === id)))
  for (const pkg of view.packages) themes.add(pkg.dataset.theme)
  return [...themes].map((theme) => ckanGroup(theme, view))
}

const SORT = /^(name|title|package_count|packages)\s*(asc|desc)?$/

/** organization_list / group_list: names, or dictionaries with all_fields (sort, limit, offset, groups, q). */
function listGroups(kind: Kind, context: ActionContext) {
  const { params } = context
  const view = catalogViewOf(context.manifest)
  const sort = (stringParam(params, 'sort') ?? stringParam(params, 'order_by') ?? 'name asc').trim()
  const match = SORT.exec(sort)
  if (!match) throw invalid('sort', 'must be name, title or package_count, then asc or desc')
  const [, key = 'name', givenDirection] = match
  const counted = key === 'package_count' || key === 'packages'
  const direction = givenDirection ?? (counted ? 'desc' : 'asc')
  const only = listParam(params, 'groups') ?? stringParam(params, 'groups')?.split(',')
  const q = stringParam(params, 'q')
  const sign = direction === 'asc' ? 1 : -1
  const valueOf = (group: CkanGroup) => (counted ? group.package_count : key === 'title' ? group.title : group.name)
  const dicts = groupsOf(kind, view)
    .filter((group) => !only || only.includes(group.name))
    .filter((group) => !q || [group.name, group.title, group.description].some((text) => matchesSearch(text, q)))
    .sort((a, b) => {
      const [x, y] = [valueOf(a), valueOf(b)]
      // Ties by name ascending whatever the direction, so pages never overlap.
      return x < y ? -sign : x > y ? sign : a.name.localeCompare(b.name)
    })
  const allFields = boolParam(params, 'all_fields', false)
  const page = sliceOf(dicts, params, allFields ? ALL_FIELDS_MAX : NAMES_MAX)
  if (!allFields) return page.map((group) => group.name)
  if (boolParam(params, 'include_dataset_count', true)) return page
  // CKAN leaves the count out when it was not asked for.
  return page.map((group) => Object.fromEntries(Object.entries(group).filter(([key]) => key !== 'package_count')))
}

/** organization_show / group_show (id: name or id); include_datasets adds the packages. */
function showGroup(kind: Kind, context: ActionContext) {
  const id = requiredString(context.params, 'id')
  const view = catalogViewOf(context.manifest)
  const group = groupsOf(kind, view).find((candidate) => candidate.name === id || candidate.id === id)
  if (!group) throw notFound()
  if (!boolParam(context.params, 'include_datasets', false)) return group
  const packages = ckanPackages(view, context.baseUrl).filter((pkg) =>
    kind === 'organization' ? pkg.organization.id === group.id : pkg.groups.some((member) => member.id === group.id),
  )
  return { ...group, packages }
}

function tagList(context: ActionContext) {
  const query = stringParam(context.params, 'query')
  const tags = new Map(
    ckanPackages(catalogViewOf(context.manifest), context.baseUrl)
      .flatMap((pkg) => pkg.tags)
      .map((tag) => [tag.name, tag]),
  )
  const matching = [...tags.values()]
    .filter((tag) => !query || matchesSearch(tag.name, query))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  if (boolParam(context.params, 'all_fields', false))
    return matching.map((tag) => ({ id: tag.id, name: tag.name, vocabulary_id: null }))
  return matching.map((tag) => tag.name)
}

/** CKAN's license dictionary (`License.license_dictize`) for every license the release uses. */
function licenseList(context: ActionContext) {
  const licenses = new Map((context.manifest?.datasets ?? []).map((dataset) => [dataset.license.id, dataset.license]))
  return [...licenses.values()].map((license) => ({
    id: license.id,
    title: license.title,
    url: license.url,
    status: 'active',
    maintainer: '',
    family: '',
    domain_content: true,
    domain_data: true,
    domain_software: false,
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    is_generic: false,
    is_okd_compliant: true,
    is_osi_compliant: false,
  }))
}

export const GROUP_ACTIONS: [string, Action][] = [
  [
    'organization_list',
    {
      help: 'Publishing organizations: names, or dictionaries with all_fields=true (≤ 25; sort, limit, offset, q).',
      run: (context) => listGroups('organization', context),
    },
  ],
  [
    'organization_show',
    {
      help: 'One organization (id: name or id); include_datasets=true adds its packages.',
      run: (context) => showGroup('organization', context),
    },
  ],
  [
    'group_list',
    {
      help: 'The themes (agreement fields) as groups: names, or dictionaries with all_fields=true.',
      run: (context) => listGroups('group', context),
    },
  ],
  [
    'group_show',
    {
      help: 'One theme group (id: name or id); include_datasets=true adds its packages.',
      run: (context) => showGroup('group', context),
    },
  ],
  ['tag_list', { help: 'Every tag (query filters; all_fields=true gives dictionaries).', run: tagList }],
  ['license_list', { help: 'The licenses datasets here use, as CKAN license dictionaries.', run: licenseList }],
]
