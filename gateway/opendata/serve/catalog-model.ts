import { createHash } from 'node:crypto'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'

/** Views of a manifest shared by the portal, the DCAT catalog and the CKAN API. */

export interface Organization {
  /** CKAN `name` (the publisher id, e.g. `minamisorachi`). */
  name: string
  id: string
  title: { ja: string; en: string }
  municipalityCode: string | null
  datasets: DatasetEntry[]
}

/** Publishers of the release's datasets: each town that publishes in its own name, and the region. */
export function organizationsOf(manifest: ReleaseManifest): Organization[] {
  const byName = new Map<string, Organization>()
  for (const dataset of manifest.datasets) {
    const { publisher } = dataset
    let organization = byName.get(publisher.id)
    if (!organization) {
      organization = {
        name: publisher.id,
        id: stableUuid(`organization:${publisher.id}`),
        title: publisher.name,
        municipalityCode: publisher.municipalityCode,
        datasets: [],
      }
      byName.set(publisher.id, organization)
    }
    organization.datasets.push(dataset)
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** The CSV a dataset page previews: the region-wide one (no town code), with BOM preferred (the default layout). */
export function mainCsvOf(dataset: DatasetEntry): Distribution | undefined {
  const csvs = dataset.distributions.filter((distribution) => distribution.format === 'CSV' && distribution.municipalityCode === null)
  return csvs.find((distribution) => distribution.encoding === 'utf8-bom') ?? csvs[0]
}

/** Towns a dataset covers: its publisher's code and those of its per-town files. */
export function municipalityCodesOf(dataset: DatasetEntry): string[] {
  const codes = new Set<string>()
  if (dataset.publisher.municipalityCode) codes.add(dataset.publisher.municipalityCode)
  for (const distribution of dataset.distributions) if (distribution.municipalityCode) codes.add(distribution.municipalityCode)
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
