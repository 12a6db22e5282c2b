import { createHash } from 'node:crypto'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { townOf } from './towns.js'

/** Views of a manifest shared by the portal, the DCAT catalog and the CKAN API. */

export interface Organization {
  /** CKAN `name`: the publisher id (e.g. `minamisorachi`), or a town's name for towns known only by code. */
  name: string
  id: string
  title: { ja: string; en: string }
  municipalityCode: string | null
}

/**
 * One CKAN package: a dataset as published, or one town's share of a region-wide dataset (its per-town
 * files), so each town that publishes has an organization with its own packages, as on a town portal.
 */
export interface PackageSource {
  name: string
  dataset: DatasetEntry
  distributions: Distribution[]
  organization: Organization
  /** Set on a town's share of a region-wide dataset. */
  town: string | null
}

export interface CatalogView {
  organizations: Organization[]
  packages: PackageSource[]
}

/** Organizations and packages of a release: the publishers, and each town with per-town files. */
export function catalogViewOf(manifest: ReleaseManifest | null): CatalogView {
  if (!manifest) return { organizations: [], packages: [] }
  const byCode = new Map<string, Organization>()
  const byName = new Map<string, Organization>()
  const add = (organization: Organization) => {
    const existing =
      (organization.municipalityCode && byCode.get(organization.municipalityCode)) || byName.get(organization.name)
    if (existing) return existing
    byName.set(organization.name, organization)
    if (organization.municipalityCode) byCode.set(organization.municipalityCode, organization)
    return organization
  }
  const organizationOf = (name: string, title: { ja: string; en: string }, code: string | null): Organization => ({
    name,
    id: stableUuid(`organization:${name}`),
    title,
    municipalityCode: code,
  })
  // Publishers first, so a town publishing in its own name keeps its id for its per-town shares too.
  for (const { publisher } of manifest.datasets)
    add(organizationOf(publisher.id, publisher.name, publisher.municipalityCode))
  const packages: PackageSource[] = []
  for (const dataset of manifest.datasets) {
    const { publisher } = dataset
    const owner = (publisher.municipalityCode && byCode.get(publisher.municipalityCode)) || byName.get(publisher.id)
    if (!owner) throw new Error(`no organization for ${publisher.id}`)
    packages.push({ name: dataset.id, dataset, distributions: dataset.distributions, organization: owner, town: null })
    const townCodes = [...new Set(dataset.distributions.map((distribution) => distribution.municipalityCode))]
    for (const code of townCodes) {
      if (code === null || code === publisher.municipalityCode) continue
      const town = townOf(code)
      packages.push({
        name: `${dataset.id}-${code}`,
        dataset,
        distributions: dataset.distributions.filter((distribution) => distribution.municipalityCode === code),
        organization: add(organizationOf(town.slug, { ja: town.ja, en: town.en }, code)),
        town: code,
      })
    }
  }
  return { organizations: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)), packages }
}

/** The CSV a dataset page previews: the region-wide one (no town code), with BOM preferred (the default layout). */
export function mainCsvOf(dataset: DatasetEntry): Distribution | undefined {
  const csvs = dataset.distributions.filter(
    (distribution) => distribution.format === 'CSV' && distribution.municipalityCode === null,
  )
  return csvs.find((distribution) => distribution.encoding === 'utf8-bom') ?? csvs[0]
}

/** Towns a dataset covers: its publisher's code and those of its per-town files. */
export function municipalityCodesOf(dataset: DatasetEntry): string[] {
  const codes = new Set<string>()
  if (dataset.publisher.municipalityCode) codes.add(dataset.publisher.municipalityCode)
  for (const distribution of dataset.distributions)
    if (distribution.municipalityCode) codes.add(distribution.municipalityCode)
  return [...codes].sort()
}

/**
 * A UUID derived from a name (the layout of RFC 9562 version 5, SHA-1 based), so CKAN ids stay the same
 * across releases and restarts without being stored anywhere.
 */
export function stableUuid(name: string): string {
  const bytes = createHash('sha1').update(`minamisorachi-opendata:${name}`).digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
