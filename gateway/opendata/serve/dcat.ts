import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { municipalityCodesOf } from './catalog-model.js'
import { paths } from './links.js'
import { CATALOG_TITLE, CATALOG_DESCRIPTION } from './site-text.js'

/**
 * The release as a DCAT-AP 3 catalog in JSON-LD. The @context is inline (prefixes only) so the
 * document expands without fetching anything; properties are written as prefixed names with explicit
 * `@language`, `@type` and `@id`, which leaves no room for a context to reinterpret them.
 */

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const

/** Datasets per catalog page; ckanext-dcat pages the same way (hydra:PagedCollection) beyond this. */
export const DCAT_PAGE_SIZE = 100

const EU = 'http://publications.europa.eu/resource/authority'
const FREQUENCY: Record<DatasetEntry['updateFrequency'], string> = {
  continuous: 'UPDATE_CONT',
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  annual: 'ANNUAL',
  irregular: 'IRREG',
}
/** Agreement fields → EU data themes (disaster preparedness is public safety, JUST). */
const THEME: Record<string, string> = {
  disaster: 'JUST',
  transit: 'TRAN',
  ict: 'TECH',
  agreement: 'GOVE',
  catalog: 'GOVE',
}
const FILE_TYPE: Record<Distribution['format'], string> = {
  CSV: 'CSV',
  JSON: 'JSON',
  GeoJSON: 'GEOJSON',
  GTFS: 'ZIP',
  ZIP: 'ZIP',
  TXT: 'TXT',
}

type Node = Record<string, unknown>

const localized = (text: { ja: string; en: string }) => [
  { '@value': text.ja, '@language': 'ja' },
  { '@value': text.en, '@language': 'en' },
]
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' })
/** e-Stat's LOD URI of a municipality: the 5-digit code (the 6-digit one without its check digit). */
export const spatialUri = (code: string) => `http://data.e-stat.go.jp/lod/sac/C${code.slice(0, 5)}`

export function dcatCatalog(manifest: ReleaseManifest | null, baseUrl: string, page: number): Node {
  const abs = (path: string) => baseUrl + path
  const catalogUrl = abs(paths.catalog)
  const all = manifest?.datasets ?? []
  const pageCount = Math.max(1, Math.ceil(all.length / DCAT_PAGE_SIZE))
  const datasets = all.slice((page - 1) * DCAT_PAGE_SIZE, page * DCAT_PAGE_SIZE)
  const regionPublisher = manifest?.datasets.find((dataset) => dataset.publisher.municipalityCode === null)?.publisher

  const catalog: Node = {
    '@context': DCAT_CONTEXT,
    '@id': catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': localized(CATALOG_TITLE),
    'dct:description': localized(CATALOG_DESCRIPTION),
    'foaf:homepage': { '@id': abs(paths.portal) },
    'dct:language': [{ '@id': `${EU}/language/JPN` }, { '@id': `${EU}/language/ENG` }],
    'dct:publisher': regionPublisher
      ? publisherNode(regionPublisher, abs)
      : { '@type': 'foaf:Agent', 'foaf:name': localized(CATALOG_TITLE) },
    'dcat:dataset': datasets.map((dataset) => datasetNode(dataset, abs)),
  }
  if (manifest) catalog['dct:modified'] = dateTime(manifest.publishedAt)
  if (pageCount > 1) {
    const pageUrl = (n: number) => `${catalogUrl}?page=${n}`
    catalog['hydra:view'] = {
      '@id': pageUrl(page),
      '@type': 'hydra:PartialCollectionView',
      'hydra:totalItems': { '@value': String(all.length), '@type': 'xsd:nonNegativeInteger' },
      'hydra:first': { '@id': pageUrl(1) },
      'hydra:last': { '@id': pageUrl(pageCount) },
      ...(page > 1 ? { 'hydra:previous': { '@id': pageUrl(page - 1) } } : {}),
      ...(page < pageCount ? { 'hydra:next': { '@id': pageUrl(page + 1) } } : {}),
    }
  }
  return catalog
}

function publisherNode(publisher: DatasetEntry['publisher'], abs: (path: string) => string): Node {
  return {
    '@id': abs(paths.organization(publisher.id)),
    '@type': 'foaf:Agent',
    'foaf:name': localized(publisher.name),
    ...(publisher.municipalityCode ? { 'dct:spatial': { '@id': spatialUri(publisher.municipalityCode) } } : {}),
  }
}

function datasetNode(dataset: DatasetEntry, abs: (path: string) => string): Node {
  const landing = abs(paths.dataset(dataset.id))
  const keywords = dataset.isSample ? [...dataset.keywords, 'サンプルデータ', 'sample data'] : dataset.keywords
  return {
    '@id': landing,
    '@type': 'dcat:Dataset',
    'dct:identifier': dataset.id,
    'dct:title': localized(dataset.title),
    'dct:description': localized(dataset.description),
    'dcat:keyword': keywords.map((keyword) => ({ '@value': keyword, '@language': 'ja' })),
    'dct:publisher': publisherNode(dataset.publisher, abs),
    'dct:issued': dateTime(dataset.created),
    'dct:modified': dateTime(dataset.modified),
    'dct:spatial': municipalityCodesOf(dataset).map((code) => ({ '@id': spatialUri(code) })),
    'dcat:theme': { '@id': `${EU}/data-theme/${THEME[dataset.theme] ?? 'GOVE'}` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/${FREQUENCY[dataset.updateFrequency]}` },
    'dcat:landingPage': { '@id': landing },
    'dcat:distribution': dataset.distributions.map((distribution) => distributionNode(dataset, distribution, abs)),
  }
}

function distributionNode(dataset: DatasetEntry, distribution: Distribution, abs: (path: string) => string): Node {
  const download = abs(paths.file(distribution.path))
  const bareMediaType = distribution.mediaType.split(';')[0]?.trim() ?? distribution.mediaType
  return {
    '@id': `${download}#distribution`,
    '@type': 'dcat:Distribution',
    'dct:title': localized(distribution.title),
    'dcat:accessURL': { '@id': abs(paths.dataset(dataset.id)) },
    'dcat:downloadURL': { '@id': download },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${bareMediaType}` },
    'dct:format': { '@id': `${EU}/file-type/${FILE_TYPE[distribution.format]}` },
    'dcat:byteSize': { '@value': String(distribution.byteSize), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': { '@value': distribution.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': { '@id': dataset.license.url },
    'dct:modified': dateTime(dataset.modified),
    ...(distribution.municipalityCode ? { 'dct:spatial': { '@id': spatialUri(distribution.municipalityCode) } } : {}),
  }
}
