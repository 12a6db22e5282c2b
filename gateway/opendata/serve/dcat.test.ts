import jsonld from 'jsonld'
import type { JsonLdDocument } from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReleaseManifest } from '../release-manifest.js'
import {
  csv,
  standardDatasets,
  startOpenDataServer,
  tempOpenDataDir,
  writeRelease,
} from '../../../test/support/opendata-fixture.js'

const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const SPDX = 'http://spdx.org/rdf/terms#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'

/** Any attempt to fetch a remote context fails the test: the catalog must expand offline. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`the catalog tried to load ${url}`)
}

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }
let manifest: ReleaseManifest

async function catalog(base = server.url, query = ''): Promise<{ response: Response; document: JsonLdDocument }> {
  const response = await fetch(`${base}/opendata/catalog.jsonld${query}`)
  return { response, document: (await response.json()) as JsonLdDocument }
}
const nquads = async (document: JsonLdDocument) =>
  (await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: offline,
  } as jsonld.Options.ToRdf)) as unknown as string

beforeAll(async () => {
  dir = await tempOpenDataDir()
  server = await startOpenDataServer(dir.dir)
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

describe('DCAT-AP 3 catalog', () => {
  it('is an empty catalog before any release', async () => {
    const { response, document } = await catalog()
    expect(response.status).toBe(200)
    const expanded = await jsonld.expand(document, { documentLoader: offline })
    expect(expanded[0]?.['@type']).toEqual([`${DCAT}Catalog`])
    expect(expanded[0]?.[`${DCAT}dataset`] ?? []).toEqual([])
  })

  it('expands offline into the datasets and distributions of the release', async () => {
    manifest = await writeRelease(dir.dir, { releaseId: '20261125T010000000Z', datasets: standardDatasets() })
    const { response, document } = await catalog()
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const expanded = await jsonld.expand(document, { documentLoader: offline })
    expect(expanded).toHaveLength(1)
    const root = expanded[0] as Record<string, unknown>
    expect(root['@id']).toBe(`${server.url}/opendata/catalog.jsonld`)
    expect(root[`${DCT}title`]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@language': 'ja' }),
        expect.objectContaining({ '@language': 'en' }),
      ]),
    )
    expect((root[`${DCAT}dataset`] as unknown[]).length).toBe(3)

    const triples = await nquads(document)
    const base = server.url
    const dataset = `<${base}/opendata/datasets/evacuation-space>`
    const shelters = manifest.datasets[0]!
    const csvFile = shelters.distributions[0]!
    const distribution = `<${base}/opendata/files/evacuation-space.csv#distribution>`
    const expected = [
      `<${base}/opendata/catalog.jsonld> <${DCAT}dataset> ${dataset} .`,
      `${dataset} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DCAT}Dataset> .`,
      `${dataset} <${DCT}identifier> "evacuation-space" .`,
      `${dataset} <${DCT}title> "指定緊急避難場所一覧"@ja .`,
      `${dataset} <${DCT}title> "Designated emergency evacuation sites"@en .`,
      `${dataset} <${DCAT}keyword> "避難場所"@ja .`,
      `${dataset} <${DCAT}keyword> "サンプルデータ"@ja .`,
      `${dataset} <${DCT}modified> "2026-11-20T00:00:00.000Z"^^<${XSD}dateTime> .`,
      `${dataset} <${DCT}issued> "2026-01-05T00:00:00.000Z"^^<${XSD}dateTime> .`,
      `${dataset} <${DCT}spatial> <http://data.e-stat.go.jp/lod/sac/C01430> .`,
      `${dataset} <${DCAT}theme> <http://publications.europa.eu/resource/authority/data-theme/JUST> .`,
      `${dataset} <${DCT}accrualPeriodicity> <http://publications.europa.eu/resource/authority/frequency/DAILY> .`,
      `${dataset} <${DCT}publisher> <${base}/api/3/action/organization_show?id=minamisorachi> .`,
      `${dataset} <${DCAT}distribution> ${distribution} .`,
      `${distribution} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DCAT}Distribution> .`,
      `${distribution} <${DCAT}downloadURL> <${base}/opendata/files/evacuation-space.csv> .`,
      `${distribution} <${DCAT}accessURL> ${dataset} .`,
      `${distribution} <${DCAT}mediaType> <https://www.iana.org/assignments/media-types/text/csv> .`,
      `${distribution} <${DCT}format> <http://publications.europa.eu/resource/authority/file-type/CSV> .`,
      `${distribution} <${DCAT}byteSize> "${csvFile.byteSize}"^^<${XSD}nonNegativeInteger> .`,
      `${distribution} <${DCT}license> <https://creativecommons.org/licenses/by/4.0/> .`,
      `<${base}/opendata/files/towns/014303_evacuation-space.csv#distribution> <${DCT}spatial> <http://data.e-stat.go.jp/lod/sac/C01430> .`,
    ]
    for (const triple of expected) expect(triples, triple).toContain(triple)

    // The checksum is a blank node: find it through the distribution.
    const checksumNode = new RegExp(
      `^${escapeRegExp(distribution)} <${escapeRegExp(SPDX)}checksum> (_:\\S+) \\.$`,
      'm',
    ).exec(triples)?.[1]
    expect(checksumNode).toBeTruthy()
    expect(triples).toContain(`${checksumNode} <${SPDX}algorithm> <${SPDX}checksumAlgorithm_sha256> .`)
    expect(triples).toContain(`${checksumNode} <${SPDX}checksumValue> "${csvFile.sha256}"^^<${XSD}hexBinary> .`)

    // Every download URL in the catalog resolves.
    const downloads = [...triples.matchAll(new RegExp(`<${escapeRegExp(DCAT)}downloadURL> <([^>]+)>`, 'g'))].map(
      (match) => match[1]!,
    )
    expect(downloads).toHaveLength(manifest.datasets.flatMap((d) => d.distributions).length)
    for (const url of downloads) expect((await fetch(url, { method: 'HEAD' })).status, url).toBe(200)
  })

  it('builds absolute URLs from PUBLIC_BASE_URL when configured', async () => {
    const configured = await startOpenDataServer(dir.dir, 'https://data.example.jp/')
    try {
      const triples = await nquads((await catalog(configured.url)).document)
      expect(triples).toContain(
        `<https://data.example.jp/opendata/datasets/regional-gtfs> <${DCAT}distribution> <https://data.example.jp/opendata/files/regional-gtfs.zip#distribution> .`,
      )
      expect(triples).not.toContain('127.0.0.1')
    } finally {
      await configured.close()
    }
  })

  it('pages a large catalog as a hydra collection', async () => {
    const big = await tempOpenDataDir()
    const paged = await startOpenDataServer(big.dir)
    try {
      const datasets = Array.from({ length: 150 }, (_, index) => ({
        id: `d-${String(index).padStart(3, '0')}`,
        files: [{ path: `d-${index}.csv`, content: csv([['a'], [String(index)]]) }],
      }))
      await writeRelease(big.dir, { releaseId: '20261125T010000000Z', datasets })
      const first = await jsonld.expand((await catalog(paged.url)).document, { documentLoader: offline })
      const second = await jsonld.expand((await catalog(paged.url, '?page=2')).document, { documentLoader: offline })
      const HYDRA = 'http://www.w3.org/ns/hydra/core#'
      const view = (first[0]?.[`${HYDRA}view`] as Record<string, unknown>[])[0]!
      expect(view[`${HYDRA}totalItems`]).toEqual([{ '@value': '150', '@type': `${XSD}nonNegativeInteger` }])
      expect(view[`${HYDRA}next`]).toEqual([{ '@id': `${paged.url}/opendata/catalog.jsonld?page=2` }])
      expect((first[0]?.[`${DCAT}dataset`] as unknown[]).length).toBe(100)
      expect((second[0]?.[`${DCAT}dataset`] as unknown[]).length).toBe(50)
      expect((await fetch(`${paged.url}/opendata/catalog.jsonld?page=0`)).status).toBe(400)
    } finally {
      await paged.close()
      await big.remove()
    }
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
