import { readFile } from 'node:fs/promises'
import jsonld from 'jsonld'
import type { JsonLdDocument } from 'jsonld'
import { Parser, Store, type Quad } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { RdfXmlParser } from 'rdfxml-streaming-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectPath } from '../../../lib/paths.js'
import {
  csv,
  standardDatasets,
  startOpenDataServer,
  tempOpenDataDir,
  writeRelease,
  type FixtureDataset,
} from '../../../test/support/opendata-fixture.js'

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const HYDRA = 'http://www.w3.org/ns/hydra/core#'
const SH = 'http://www.w3.org/ns/shacl#'

/** Any attempt to fetch a remote context fails the test: the catalog must read offline. */
const offline = (url: string): Promise<never> => Promise.reject(new Error(`the catalog tried to load ${url}`))

/** A result's sh:resultPath: declared as always there, but a node shape's results have none. */
function pathOf(result: { path: { value: string } | undefined }): string | undefined {
  return result.path?.value
}

/** Parses any of the three syntaxes with an independent parser, resolving relative IRIs against `base`. */
async function parseRdf(body: string, contentType: string, base: string): Promise<Quad[]> {
  if (contentType.startsWith('text/turtle')) return new Parser({ baseIRI: base }).parse(body)
  if (contentType.startsWith('application/ld+json')) {
    const document = JSON.parse(body) as JsonLdDocument
    const nquads = (await jsonld.toRDF(document, {
      format: 'application/n-quads',
      base,
      documentLoader: offline,
    } as jsonld.Options.ToRdf)) as unknown as string
    return new Parser({ format: 'N-Quads' }).parse(nquads)
  }
  if (contentType.startsWith('application/rdf+xml')) {
    const quads: Quad[] = []
    const parser = new RdfXmlParser({ baseIRI: base })
    return new Promise((resolve, reject) => {
      parser.on('data', (quad: Quad) => quads.push(quad))
      parser.on('error', reject)
      parser.on('end', () => {
        resolve(quads)
      })
      parser.write(body)
      parser.end()
    })
  }
  throw new Error(`not an RDF type: ${contentType}`)
}

const shapeFile = (name: string) => readFile(projectPath('test', 'fixtures', 'dcat-ap-3.0.1', name), 'utf8')

/** Validates with the DCAT-AP 3.0.1 shapes (mandatory + ranges, and the recommended ones) in rdf-validate-shacl. */
async function validate(quads: Quad[]) {
  const shapes = new Store(
    (await Promise.all(['shapes.ttl', 'range.ttl', 'shapes_recommended.ttl'].map(shapeFile))).flatMap((text) =>
      new Parser().parse(text),
    ),
  )
  const report = await new SHACLValidator(shapes).validate(new Store(quads))
  const bySeverity = (severity: string) => report.results.filter((result) => result.severity.value === SH + severity)
  return { violations: bySeverity('Violation'), warnings: bySeverity('Warning') }
}

const subjectsOfType = (quads: Quad[], type: string) =>
  quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === type).map((quad) => quad.subject)

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }
let paged: { url: string; close: () => Promise<void> }

const extra: FixtureDataset[] = Array.from({ length: 5 }, (_, index) => ({
  id: `extra-${index}`,
  files: [{ path: `extra-${index}.csv`, content: csv([['a'], [String(index)]]) }],
}))

beforeAll(async () => {
  dir = await tempOpenDataDir()
  server = await startOpenDataServer(dir.dir)
  paged = await startOpenDataServer(dir.dir, undefined, { dcatPageSize: 3 })
})
afterAll(async () => {
  await server.close()
  await paged.close()
  await dir.remove()
})

describe('DCAT-AP 3 catalog', () => {
  it('is an empty catalog before any release', async () => {
    const response = await fetch(`${server.url}/opendata/catalog.ttl`)
    const quads = await parseRdf(await response.text(), 'text/turtle', server.url)
    expect(subjectsOfType(quads, `${DCAT}Catalog`)).toHaveLength(1)
    expect(subjectsOfType(quads, `${DCAT}Dataset`)).toHaveLength(0)
  })

  it('says the same graph in JSON-LD, Turtle and RDF/XML, each read by an independent parser', async () => {
    await writeRelease(dir.dir, { releaseId: '20261125T010000000Z', datasets: [...standardDatasets(), ...extra] })
    const graphs = []
    for (const [path, type] of [
      ['catalog.jsonld', 'application/ld+json'],
      ['catalog.ttl', 'text/turtle'],
      ['catalog.rdf', 'application/rdf+xml'],
    ] as const) {
      const response = await fetch(`${server.url}/opendata/${path}`)
      expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`)
      graphs.push(await parseRdf(await response.text(), type, server.url))
    }
    const withoutBlanks = (quads: Quad[]) =>
      new Set(
        quads
          .filter((quad) => quad.subject.termType !== 'BlankNode' && quad.object.termType !== 'BlankNode')
          .map(
            (quad) =>
              `${quad.subject.value} ${quad.predicate.value} ${quad.object.value} ` +
              (quad.object.termType === 'Literal' ? `${quad.object.language}|${quad.object.datatype.value}` : ''),
          ),
      )
    const [first, ...others] = graphs.map((quads) => ({ size: quads.length, triples: withoutBlanks(quads) }))
    for (const other of others) {
      expect(other.size).toBe(first?.size)
      expect(other.triples).toEqual(first?.triples)
    }
  })

  it('has a dcat:Dataset per CKAN package, towns linked by dct:isPartOf, and 0 DCAT-AP 3.0.1 violations', async () => {
    const quads = await parseRdf(
      await (await fetch(`${server.url}/opendata/catalog.ttl`)).text(),
      'text/turtle',
      server.url,
    )
    const packages = ((await (await fetch(`${server.url}/api/3/action/package_list`)).json()) as { result: string[] })
      .result
    const datasets = subjectsOfType(quads, `${DCAT}Dataset`)
    expect(datasets).toHaveLength(packages.length)
    const identifiers = quads
      .filter((quad) => quad.predicate.value === `${DCT}identifier`)
      .map((quad) => quad.object.value)
    expect(identifiers.sort()).toEqual([...packages].sort())
    const partOf = quads.filter((quad) => quad.predicate.value === `${DCT}isPartOf`)
    expect(partOf.map((quad) => quad.object.value)).toEqual([
      `${server.url}/opendata/datasets/evacuation-space`,
      `${server.url}/opendata/datasets/evacuation-space`,
    ])
    const { violations, warnings } = await validate(quads)
    expect(
      violations.map(
        (result) => `${result.focusNode.value} ${pathOf(result)} ${result.message.map((m) => m.value).join()}`,
      ),
    ).toEqual([])
    // What remains recommended is data the platform does not hold: agent/location types, time coverage,
    // availability, bounding boxes, places of datasets not tied to a town (36 warnings here, 53 before the
    // catalog-level properties were added).
    expect(new Set(warnings.map(pathOf))).toEqual(
      new Set([
        `${DCT}type`,
        `${DCT}temporal`,
        `${DCT}spatial`,
        'http://data.europa.eu/r5r/availability',
        `${DCAT}bbox`,
        `${DCAT}centroid`,
      ]),
    )
  })

  it('negotiates /opendata/catalog by Accept, with Vary: Accept', async () => {
    for (const [accept, type] of [
      ['text/turtle', 'text/turtle'],
      ['application/ld+json', 'application/ld+json'],
      ['application/rdf+xml', 'application/rdf+xml'],
      ['*/*', 'application/rdf+xml'],
      ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/rdf+xml'],
      ['application/rdf+xml;q=0.5, text/turtle', 'text/turtle'],
    ]) {
      const response = await fetch(`${server.url}/opendata/catalog`, { headers: { accept: accept ?? '' } })
      expect(response.headers.get('content-type'), accept).toBe(`${type}; charset=utf-8`)
      expect(response.headers.get('vary')).toMatch(/\bAccept\b/)
      await response.arrayBuffer()
    }
    expect((await fetch(`${server.url}/opendata/catalog`, { headers: { accept: 'image/png' } })).status).toBe(406)
  })
})

describe("ckanext-dcat's DCATRDFHarvester", () => {
  /**
   * gather_stage: HEAD (GET on 405/400), format from Content-Type, parse, datasets, next_page() until none or repeated.
   */
  async function harvest(url: string) {
    const guids: string[] = []
    let next: string | null = url
    let lastContent: string | null = null
    let pages = 0
    while (next) {
      const head = await fetch(next, { method: 'HEAD' })
      expect(head.status).toBe(200)
      const response = await fetch(next)
      const content = await response.text()
      if (lastContent !== null && content === lastContent) break
      lastContent = content
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0] ?? ''
      const quads = await parseRdf(content, contentType, next)
      pages++
      for (const dataset of subjectsOfType(quads, `${DCAT}Dataset`)) {
        const identifier = quads.find(
          (quad) => quad.subject.equals(dataset) && quad.predicate.value === `${DCT}identifier`,
        )
        guids.push(identifier?.object.value ?? dataset.value)
      }
      // RDFParser.next_page: hydra:next of a PartialCollectionView (or PagedCollection).
      const views = [
        ...subjectsOfType(quads, `${HYDRA}PartialCollectionView`),
        ...subjectsOfType(quads, `${HYDRA}PagedCollection`),
      ]
      next =
        quads.find((quad) => views.some((view) => view.equals(quad.subject)) && quad.predicate.value === `${HYDRA}next`)
          ?.object.value ?? null
    }
    return { guids, pages }
  }

  it('pages through the catalog by hydra:next and gets every package once, in every syntax', async () => {
    const packages = ((await (await fetch(`${paged.url}/api/3/action/package_list`)).json()) as { result: string[] })
      .result
    for (const path of ['/opendata/catalog', '/opendata/catalog.ttl', '/opendata/catalog.jsonld']) {
      const { guids, pages } = await harvest(paged.url + path)
      expect(pages, path).toBe(Math.ceil(packages.length / 3))
      expect(guids.sort(), path).toEqual([...packages].sort())
    }
  })
})
