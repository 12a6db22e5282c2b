import {
  municipalityCodesOf,
  stableUuid,
  type CatalogView,
  type Organization,
  type PackageSource,
} from './catalog-model.js'
import { ckanTimestamp } from './ckan-time.js'
import { paths } from './links.js'
import { themeTitle } from './themes.js'
import { townOf } from './towns.js'
import { fileLabel } from './file-labels.js'

/** Manifest entries in the shapes of CKAN's package, resource, organization and group dictionaries (API v3). */

export interface CkanResource {
  id: string
  package_id: string
  url: string
  name: string
  description: string
  format: string
  mimetype: string
  size: number
  hash: string
  last_modified: string
  metadata_modified: string
  created: string
  position: number
  url_type: null
  state: 'active'
  /** Not CKAN core (resources take extra keys): the data rows of a table file. */
  num_rows?: number
}

export interface CkanGroup {
  id: string
  name: string
  title: string
  display_name: string
  description: string
  type: 'organization' | 'group'
  is_organization: boolean
  state: 'active'
  approval_status: 'approved'
  image_url: string
  image_display_url: string
  created: string
  package_count: number
}
export type CkanOrganization = CkanGroup

export interface CkanPackage {
  id: string
  name: string
  title: string
  notes: string
  url: string
  type: 'dataset'
  state: 'active'
  private: false
  isopen: boolean
  author: null
  author_email: null
  maintainer: null
  maintainer_email: null
  version: null
  license_id: string
  license_title: string
  license_url: string
  owner_org: string
  organization: CkanOrganization
  metadata_created: string
  metadata_modified: string
  tags: { id: string; name: string; display_name: string; state: 'active'; vocabulary_id: null }[]
  num_tags: number
  resources: CkanResource[]
  num_resources: number
  groups: {
    id: string
    name: string
    title: string
    display_name: string
    description: string
    image_display_url: string
  }[]
  extras: { key: string; value: string }[]
  /** Not CKAN: kept so a client need not parse extras for the one flag that matters most. */
  is_sample: boolean
}

/** Licenses CKAN itself marks as open (its license register's `od_conformance`). */
const OPEN_LICENSES = new Set(['cc-by', 'cc-by-4.0', 'CC-BY-4.0', 'cc-zero', 'CC0-1.0', 'odc-by', 'pdl-1.0', 'PDL-1.0'])

const earliest = (values: readonly string[]) => [...values].sort()[0]

export function ckanOrganization(organization: Organization, view: CatalogView): CkanOrganization {
  const own = view.packagesByOrganization.get(organization) ?? []
  const { id, name, title } = organization
  return groupShape({ id, name, title: title.ja, description: title.en }, 'organization', own)
}

/** A theme (the agreement field of a dataset) as a CKAN group. */
export function ckanGroup(theme: string, view: CatalogView): CkanGroup {
  const own = view.packages.filter((source) => source.dataset.theme === theme)
  const title = themeTitle(theme)
  return groupShape(
    { id: stableUuid(`group:${theme}`), name: theme, title: title.ja, description: title.en },
    'group',
    own,
  )
}

/** CKAN gives organizations and groups one shape: only who they are and which packages they hold differ. */
function groupShape(
  identity: { id: string; name: string; title: string; description: string },
  type: 'organization' | 'group',
  own: readonly { dataset: { created: string } }[],
): CkanGroup {
  const created = earliest(own.map((source) => source.dataset.created))
  return {
    id: identity.id,
    name: identity.name,
    title: identity.title,
    display_name: identity.title,
    description: identity.description,
    type,
    is_organization: type === 'organization',
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    created: created ? ckanTimestamp(created) : '',
    package_count: own.length,
  }
}

function ckanResources(source: PackageSource, packageId: string, baseUrl: string): CkanResource[] {
  return source.distributions.map<CkanResource>((distribution, position) => {
    const modified = ckanTimestamp(distribution.modified ?? source.dataset.modified)
    return {
      id: stableUuid(`resource:${source.name}:${distribution.path}`),
      package_id: packageId,
      url: baseUrl + paths.file(distribution.path),
      // A town's file by the town's name, as the portal labels it: the manifest's title carries its code.
      name: fileLabel(distribution, 'ja'),
      description: fileLabel(distribution, 'en'),
      format: distribution.format,
      mimetype: distribution.mediaType,
      size: distribution.byteSize,
      hash: `sha256:${distribution.sha256}`,
      last_modified: modified,
      metadata_modified: modified,
      created: ckanTimestamp(source.dataset.created),
      position,
      url_type: null,
      state: 'active',
      ...(typeof distribution.rowCount === 'number' ? { num_rows: distribution.rowCount } : {}),
    }
  })
}

export function ckanPackage(source: PackageSource, organization: CkanOrganization, baseUrl: string): CkanPackage {
  const { dataset } = source
  const id = stableUuid(`dataset:${source.name}`)
  const town = source.town ? townOf(source.town) : null
  const resources = ckanResources(source, id, baseUrl)
  const tags = (source.isSample ? [...dataset.keywords, 'サンプルデータ'] : dataset.keywords).map((name) => ({
    id: stableUuid(`tag:${name}`),
    name,
    display_name: name,
    state: 'active' as const,
    vocabulary_id: null,
  }))
  const theme = themeTitle(dataset.theme)
  return {
    id,
    name: source.name,
    title: town ? `${dataset.title.ja}（${town.ja}）` : dataset.title.ja,
    notes: dataset.description.ja,
    url: baseUrl + paths.dataset(dataset.id),
    type: 'dataset',
    state: 'active',
    private: false,
    isopen: OPEN_LICENSES.has(dataset.license.id),
    author: null,
    author_email: null,
    maintainer: null,
    maintainer_email: null,
    version: null,
    license_id: dataset.license.id,
    license_title: dataset.license.title,
    license_url: dataset.license.url,
    owner_org: organization.id,
    organization,
    metadata_created: ckanTimestamp(dataset.created),
    metadata_modified: ckanTimestamp(source.modified),
    tags,
    num_tags: tags.length,
    resources,
    num_resources: resources.length,
    groups: [
      {
        id: stableUuid(`group:${dataset.theme}`),
        name: dataset.theme,
        title: theme.ja,
        display_name: theme.ja,
        description: theme.en,
        image_display_url: '',
      },
    ],
    extras: extrasOf(source),
    is_sample: source.isSample,
  }
}

/** What CKAN has no field for, as extras (ckanext-harvest copies them over unchanged). */
function extrasOf(source: PackageSource): { key: string; value: string }[] {
  const { dataset } = source
  const town = source.town ? townOf(source.town) : null
  return [
    { key: 'is_sample', value: String(source.isSample) },
    { key: 'title_en', value: town ? `${dataset.title.en} (${town.en})` : dataset.title.en },
    { key: 'notes_en', value: dataset.description.en },
    { key: 'theme', value: dataset.theme },
    { key: 'update_frequency', value: dataset.updateFrequency },
    { key: 'row_count', value: String(source.rowCount) },
    { key: 'municipality_codes', value: source.town ?? municipalityCodesOf(dataset).join(',') },
    // A town's share points at the region-wide package it is cut from.
    ...(source.town ? [{ key: 'region_package', value: dataset.id }] : []),
  ]
}

/** The packages of each view per link origin (PUBLIC_BASE_URL, or one of the few allowed request origins). */
const packagesByView = new WeakMap<CatalogView, Map<string, readonly CkanPackage[]>>()

/**
 * Every package of a release with its organization: datasets in manifest order, each followed by its towns' shares.
 * Built once per view and link origin and shared by every request (0.2–0.4 s at the scale release): the array is
 * frozen, so sort a copy; the packages themselves must not be changed either.
 */
export function ckanPackages(view: CatalogView, baseUrl: string): readonly CkanPackage[] {
  let byOrigin = packagesByView.get(view)
  if (!byOrigin) packagesByView.set(view, (byOrigin = new Map<string, readonly CkanPackage[]>()))
  let packages = byOrigin.get(baseUrl)
  if (!packages) byOrigin.set(baseUrl, (packages = Object.freeze(buildCkanPackages(view, baseUrl))))
  return packages
}

function buildCkanPackages(view: CatalogView, baseUrl: string): CkanPackage[] {
  const dicts = new Map(view.organizations.map((organization) => [organization, ckanOrganization(organization, view)]))
  return view.packages.map((source) => {
    const organization = dicts.get(source.organization)
    if (!organization) throw new Error(`no organization for ${source.name}`)
    return ckanPackage(source, organization, baseUrl)
  })
}
