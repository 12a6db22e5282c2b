import type { Quad, Quad_Subject } from 'n3'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { catalogViewOf, municipalityCodesOf, type PackageSource } from './catalog-model.js'
import { paths } from './links.js'
import { GraphBuilder, iri, plain, PREFIXES, text, typed } from './rdf-terms.js'
import { CATALOG_DESCRIPTION, CATALOG_TITLE } from './site-text.js'
import { townOf } from './towns.js'
import { fileLabel } from './file-labels.js'

/**
 * The release as a DCAT-AP 3 graph: one dcat:Dataset per CKAN package (a town's share of a regional
 * dataset is a dataset of its own, `dct:isPartOf` the regional one), each object typed as the DCAT-AP 3.0.1
 * range shapes require (licenses are dct:LicenseDocument, pages foaf:Document, places dct:Location …).
 * Serialized as JSON-LD, Turtle or RDF/XML by rdf-serialize.ts; paged the way ckanext-dcat pages
 * (hydra:PartialCollectionView with hydra:next), which its RDF harvester follows.
 */

/** Datasets per catalog page: ckanext-dcat's default (`ckanext.dcat.datasets_per_page`). */
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
const THEME: ReadonlyMap<string, string> = new Map([
  ['disaster', 'JUST'],
  ['transit', 'TRAN'],
  ['ict', 'TECH'],
  ['agreement', 'GOVE'],
  ['catalog', 'GOVE'],
])
/** The EU data-theme vocabulary's English labels of the themes used (skos:prefLabel is mandatory on a concept). */
const THEME_LABEL: ReadonlyMap<string, string> = new Map([
  ['JUST', 'Justice, legal system and public safety'],
  ['TRAN', 'Transport'],
  ['TECH', 'Science and technology'],
  ['GOVE', 'Government and public sector'],
])
const FILE_TYPE: Record<Distribution['format'], string> = {
  CSV: 'CSV',
  XLSX: 'XLSX',
  JSON: 'JSON',
  GeoJSON: 'GEOJSON',
  GTFS: 'ZIP',
  ZIP: 'ZIP',
  TXT: 'TXT',
}
/** e-Stat's LOD URI of a municipality: the 5-digit code (the 6-digit one without its check digit). */
export const spatialUri = (code: string) => `http://data.e-stat.go.jp/lod/sac/C${code.slice(0, 5)}`

export interface DcatPage {
  manifest: ReleaseManifest | null
  /** Origin of absolute IRIs: PUBLIC_BASE_URL or the allow-listed request origin; '' gives relative IRIs. */
  baseUrl: string
  /** The catalog URL this page is served at (its paging links repeat it with ?page=n). */
  catalogPath: string
  page: number
  pageSize?: number
}

export function dcatGraph({ manifest, baseUrl, catalogPath, page, pageSize = DCAT_PAGE_SIZE }: DcatPage): Quad[] {
  const abs = (path: string) => baseUrl + path
  const graph = new GraphBuilder()
  const catalog = iri(abs(paths.catalog))
  const packages = catalogViewOf(manifest).packages
  const pageCount = Math.max(1, Math.ceil(packages.length / pageSize))
  graph.typedNode(catalog, 'dcat:Catalog')
  graph.add(catalog, 'dct:title', text(CATALOG_TITLE.ja, 'ja'), text(CATALOG_TITLE.en, 'en'))
  graph.add(catalog, 'dct:description', text(CATALOG_DESCRIPTION.ja, 'ja'), text(CATALOG_DESCRIPTION.en, 'en'))
  graph.add(catalog, 'foaf:homepage', graph.typedNode(iri(abs(paths.portal)), 'foaf:Document'))
  for (const language of ['JPN', 'ENG'])
    graph.add(catalog, 'dct:language', graph.typedNode(iri(`${EU}/language/${language}`), 'dct:LinguisticSystem'))
  const region = manifest?.datasets.find((dataset) => dataset.publisher.municipalityCode === null)?.publisher
  graph.add(catalog, 'dct:publisher', publisherNode(graph, region ?? null, abs))
  if (manifest) graph.add(catalog, 'dct:modified', typed(manifest.publishedAt, 'xsd:dateTime'))
  addCatalogRecommended(graph, catalog, manifest)
  for (const source of packages.slice((page - 1) * pageSize, page * pageSize))
    graph.add(catalog, 'dcat:dataset', datasetNode(graph, source, abs))
  if (pageCount > 1) addPaging(graph, abs(catalogPath), page, pageCount, packages.length)
  return graph.quads
}

/** DCAT-AP's recommended catalog properties: first release, licence, the region's towns, the theme scheme. */
function addCatalogRecommended(graph: GraphBuilder, catalog: Quad_Subject, manifest: ReleaseManifest | null) {
  const first = manifest?.datasets.map((dataset) => dataset.created).sort()[0]
  if (first) graph.add(catalog, 'dct:issued', typed(first, 'xsd:dateTime'))
  const license = manifest?.datasets[0]?.license.url
  if (license) graph.add(catalog, 'dct:license', graph.typedNode(iri(license), 'dct:LicenseDocument'))
  const codes = new Set(manifest?.datasets.flatMap((dataset) => municipalityCodesOf(dataset)) ?? [])
  for (const code of codes) graph.add(catalog, 'dct:spatial', graph.typedNode(iri(spatialUri(code)), 'dct:Location'))
  const scheme = graph.typedNode(iri(`${EU}/data-theme`), 'skos:ConceptScheme')
  graph.add(scheme, 'dct:title', text('Data theme', 'en'))
  graph.add(catalog, 'dcat:themeTaxonomy', scheme)
}

function addPaging(graph: GraphBuilder, catalogUrl: string, page: number, pageCount: number, total: number) {
  const pageUrl = (n: number) => iri(`${catalogUrl}?page=${n}`)
  const view = graph.typedNode(pageUrl(page), 'hydra:PartialCollectionView')
  graph.add(view, 'hydra:totalItems', typed(String(total), 'xsd:nonNegativeInteger'))
  graph.add(view, 'hydra:first', pageUrl(1))
  graph.add(view, 'hydra:last', pageUrl(pageCount))
  if (page > 1) graph.add(view, 'hydra:previous', pageUrl(page - 1))
  if (page < pageCount) graph.add(view, 'hydra:next', pageUrl(page + 1))
}

function publisherNode(
  graph: GraphBuilder,
  publisher: DatasetEntry['publisher'] | null,
  abs: (path: string) => string,
): Quad_Subject {
  const node = graph.typedNode(iri(abs(paths.organization(publisher?.id ?? 'minamisorachi'))), 'foaf:Agent')
  const name = publisher?.name ?? CATALOG_TITLE
  graph.add(node, 'foaf:name', text(name.ja, 'ja'), text(name.en, 'en'))
  return node
}

function datasetNode(graph: GraphBuilder, source: PackageSource, abs: (path: string) => string): Quad_Subject {
  const { dataset } = source
  const landing = abs(paths.dataset(dataset.id))
  const town = source.town ? townOf(source.town) : null
  const node = graph.typedNode(iri(town ? `${landing}#town-${source.town}` : landing), 'dcat:Dataset')
  const title = town
    ? { ja: `${dataset.title.ja}（${town.ja}）`, en: `${dataset.title.en} (${town.en})` }
    : dataset.title
  graph.add(node, 'dct:identifier', plain(source.name))
  graph.add(node, 'dct:title', text(title.ja, 'ja'), text(title.en, 'en'))
  graph.add(node, 'dct:description', text(dataset.description.ja, 'ja'), text(dataset.description.en, 'en'))
  const keywords = source.isSample ? [...dataset.keywords, 'サンプルデータ'] : dataset.keywords
  graph.add(node, 'dcat:keyword', ...keywords.map((keyword) => text(keyword, 'ja')))
  graph.add(node, 'dct:publisher', publisherNode(graph, dataset.publisher, abs))
  graph.add(node, 'dcat:contactPoint', contactNode(graph, source, abs))
  graph.add(node, 'dct:issued', typed(dataset.created, 'xsd:dateTime'))
  graph.add(node, 'dct:modified', typed(source.modified, 'xsd:dateTime'))
  for (const code of source.town ? [source.town] : municipalityCodesOf(dataset))
    graph.add(node, 'dct:spatial', graph.typedNode(iri(spatialUri(code)), 'dct:Location'))
  const theme = THEME.get(dataset.theme) ?? 'GOVE'
  const themeNode = graph.once(iri(`${EU}/data-theme/${theme}`), (concept) => {
    graph.typedNode(concept, 'skos:Concept')
    graph.add(concept, 'skos:prefLabel', text(THEME_LABEL.get(theme) ?? theme, 'en'))
  })
  graph.add(node, 'dcat:theme', themeNode)
  const frequency = iri(`${EU}/frequency/${FREQUENCY[dataset.updateFrequency]}`)
  graph.add(node, 'dct:accrualPeriodicity', graph.typedNode(frequency, 'dct:Frequency'))
  graph.add(node, 'dcat:landingPage', graph.typedNode(iri(landing), 'foaf:Document'))
  if (town) graph.add(node, 'dct:isPartOf', iri(landing))
  for (const distribution of source.distributions)
    graph.add(node, 'dcat:distribution', distributionNode(graph, source, distribution, abs))
  return node
}

function contactNode(graph: GraphBuilder, source: PackageSource, abs: (path: string) => string): Quad_Subject {
  const contact = graph.typedNode(graph.blank(), 'vcard:Kind')
  graph.typedNode(contact, 'vcard:Organization')
  graph.add(contact, 'vcard:fn', text(source.organization.title.ja, 'ja'), text(source.organization.title.en, 'en'))
  graph.add(contact, 'vcard:hasURL', iri(abs(paths.portal)))
  return contact
}

function distributionNode(
  graph: GraphBuilder,
  source: PackageSource,
  distribution: Distribution,
  abs: (path: string) => string,
): Quad_Subject {
  const download = abs(paths.file(distribution.path))
  return graph.once(iri(`${download}#distribution`), (node) => {
    describeDistribution(graph, source, distribution, node, abs)
  })
}

function describeDistribution(
  graph: GraphBuilder,
  source: PackageSource,
  distribution: Distribution,
  node: Quad_Subject,
  abs: (path: string) => string,
): void {
  const { dataset } = source
  const download = abs(paths.file(distribution.path))
  graph.typedNode(node, 'dcat:Distribution')
  const bareMediaType = distribution.mediaType.split(';')[0]?.trim() ?? distribution.mediaType
  const title = { ja: fileLabel(distribution, 'ja'), en: fileLabel(distribution, 'en') }
  graph.add(node, 'dct:title', text(title.ja, 'ja'), text(title.en, 'en'))
  graph.add(node, 'dct:description', text(title.ja, 'ja'), text(title.en, 'en'))
  graph.add(node, 'dcat:accessURL', iri(abs(paths.dataset(dataset.id))))
  graph.add(node, 'dcat:downloadURL', iri(download))
  const mediaType = iri(`https://www.iana.org/assignments/media-types/${bareMediaType}`)
  graph.add(node, 'dcat:mediaType', graph.typedNode(mediaType, 'dct:MediaType'))
  const format = iri(`${EU}/file-type/${FILE_TYPE[distribution.format]}`)
  graph.add(node, 'dct:format', graph.typedNode(format, 'dct:MediaTypeOrExtent'))
  graph.add(node, 'dcat:byteSize', typed(String(distribution.byteSize), 'xsd:nonNegativeInteger'))
  const checksum = graph.typedNode(graph.blank(), 'spdx:Checksum')
  graph.add(
    checksum,
    'spdx:algorithm',
    graph.typedNode(iri(`${PREFIXES.spdx}checksumAlgorithm_sha256`), 'spdx:ChecksumAlgorithm'),
  )
  graph.add(checksum, 'spdx:checksumValue', typed(distribution.sha256, 'xsd:hexBinary'))
  graph.add(node, 'spdx:checksum', checksum)
  graph.add(node, 'dct:license', graph.typedNode(iri(dataset.license.url), 'dct:LicenseDocument'))
  graph.add(node, 'dct:modified', typed(distribution.modified ?? source.modified, 'xsd:dateTime'))
}
