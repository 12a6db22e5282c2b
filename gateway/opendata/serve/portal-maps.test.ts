import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  csv,
  startOpenDataServer,
  tempOpenDataDir,
  writeRelease,
  type FixtureDataset,
} from '../../../test/support/opendata-fixture.js'

/**
 * The portal's maps over HTTP: the marker data in the page (a JSON block, never inline script), the table beside
 * it, and a CSP that lets our own scripts and the configured tile host in on map pages only.
 */

const TILES = { url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', attribution: 'Example tiles' }
const NO_SCRIPT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const SITE_HEADER = ['NO', '名称', '住所', '緯度', '経度', '市区町村コード', '災害種別_洪水', '災害種別_地震']
const SITES = [
  [...SITE_HEADER, '想定収容人数', '備考'],
  ['0012', '月形小学校', '月形町1番地', '43.33', '141.67', '014303', '1', '△', '100', '【サンプルデータ】'],
  ['0013', '月形公園', '月形町2番地', '', '', '014303', '', '1', '', '【サンプルデータ】'],
  ['1', '栗山中学校', '栗山町1番地', '43.05', '141.78', '014290', '1', '1', '200', '【サンプルデータ】'],
]
const STATUS = [
  ['市区町村コード', 'NO', '指定区分', '名称', '開設状況', '避難者数'],
  ['014303', '0012', '指定緊急避難場所', '月形小学校', '開設', '30'],
  ['014290', '1', '指定緊急避難場所', '栗山中学校', '閉鎖', ''],
]
// More stops than a page previews (20): the bus map shows every stop of the file, the table the first 20.
const STOPS = [
  ['市区町村コード', '停留所ID', '名称', '緯度', '経度', '事業者名'],
  ['014290', 'S1', '栗山駅前', '43.057', '141.784', '栗山バス'],
  ['014290', 'S2', '栗山町役場 <b>', '43.058', '141.785', '栗山バス'],
  ...Array.from({ length: 21 }, (_, index) => [
    '014303',
    `T${index}`,
    `月形停留所${index}`,
    String(43.3 + index / 1000),
    '141.67',
    '月形バス',
  ]),
]

const dataset = (id: string, rows: string[][], extra: Partial<FixtureDataset> = {}): FixtureDataset => ({
  id,
  rowCount: rows.length - 1,
  columns: rows[0],
  files: [{ path: `${id}.csv`, content: csv(rows) }],
  ...extra,
})

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  dir = await tempOpenDataDir()
  await writeRelease(dir.dir, {
    releaseId: '20261125T010000000Z',
    datasets: [
      dataset('evacuation-space', SITES, { isSample: true }),
      dataset('shelter-status', STATUS, { isSample: true }),
      dataset('bus-stops', STOPS),
      dataset('joint-drills', [['訓練名'], ['避難訓練']]),
    ],
  })
  server = await startOpenDataServer(dir.dir, undefined, { tiles: TILES })
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

async function page(path: string): Promise<{ csp: string | null; root: HTMLElement; raw: string }> {
  const response = await fetch(server.url + path)
  expect(response.status, path).toBe(200)
  const raw = await response.text()
  return { csp: response.headers.get('content-security-policy'), root: parse(raw), raw }
}

interface Marker {
  name: string
  latitude: number
  longitude: number
  lines: string[]
  state?: string
}

/** The markers of the page's map, read from the JSON block its map element names. */
function markersOf(root: HTMLElement): Marker[] {
  const map = root.querySelector('[data-map-source]')
  const source = map?.getAttribute('data-map-source') ?? ''
  return JSON.parse(root.getElementById(source)?.textContent ?? 'null') as Marker[]
}

function expectMapPage(csp: string | null, root: HTMLElement, raw: string) {
  expect(csp).toBe(
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
      "img-src 'self' https://*.tiles.example.org; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  )
  // Scripts are same-origin files or data blocks: nothing inline could run under `script-src 'self'` anyway.
  expect(raw).not.toMatch(/<script(?![^>]*(src="\/|type="application\/json"))/)
  const scripts = root.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))
  expect(scripts).toEqual([expect.stringMatching(/^\/assets\/leaflet\/[\d.]+\/leaflet\.js$/), '/assets/maps/map.js'])
  const map = root.querySelector('[data-map-source]')
  expect(map?.getAttribute('data-tile-url')).toBe(TILES.url)
  expect(map?.getAttribute('role')).toBe('region')
  expect(map?.getAttribute('aria-label')).toBeTruthy()
}

describe('dataset pages of located datasets', () => {
  it('carry the previewed rows as markers beside the preview table, under a map CSP', async () => {
    const { csp, root, raw } = await page('/opendata/datasets/evacuation-space')
    expectMapPage(csp, root, raw)
    const markers = markersOf(root)
    expect(markers.map((marker) => [marker.name, marker.latitude, marker.longitude])).toEqual([
      ['月形小学校', 43.33, 141.67],
      ['栗山中学校', 43.05, 141.78],
    ])
    expect(markers[0]?.lines).toContain('NO: 0012')
    const layout = root.querySelector('.map-layout')
    expect(layout?.querySelectorAll('table tbody tr')).toHaveLength(3)
  })

  it('map every stop of the bus-stops file (not only the 20 previewed rows), without routes when served alone', async () => {
    const { csp, root, raw } = await page('/opendata/datasets/bus-stops')
    expectMapPage(csp, root, raw)
    const markers = markersOf(root)
    expect(markers).toHaveLength(STOPS.length - 1)
    expect(markers.slice(0, 2)).toEqual([
      { name: '栗山駅前', latitude: 43.057, longitude: 141.784, lines: ['停留所ID: S1', '事業者: 栗山バス'] },
      { name: '栗山町役場 <b>', latitude: 43.058, longitude: 141.785, lines: ['停留所ID: S2', '事業者: 栗山バス'] },
    ])
    // The `<` of a name cannot close the JSON block.
    expect(raw).toContain('栗山町役場 \\u003cb>')
    // One map only: the preview table has none of its own, and no route is known without the transit subgraph.
    expect(root.querySelectorAll('[data-map-source]')).toHaveLength(1)
    expect(root.getElementById('bus-route-data')?.textContent.trim()).toBe('[]')
    expect(root.querySelectorAll('table tbody tr').length).toBeGreaterThanOrEqual(20)
  })

  it('map the located rows of the shelter list and skip rows without coordinates', async () => {
    const { csp, root, raw } = await page('/opendata/en/datasets/evacuation-space')
    expectMapPage(csp, root, raw)
    expect(markersOf(root).map((marker) => marker.name)).toEqual(['月形小学校', '栗山中学校'])
  })

  it('have no map, no script and the script-free CSP when no row is located', async () => {
    const { csp, root } = await page('/opendata/datasets/joint-drills')
    expect(csp).toBe(NO_SCRIPT_CSP)
    expect(root.querySelector('[data-map-source]')).toBeNull()
    expect(root.querySelectorAll('script[src]')).toHaveLength(0)
  })

  it('serve the map script from our own origin', async () => {
    const response = await fetch(`${server.url}/assets/maps/map.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await response.text()).toContain('bindPopup')
  })
})

describe('town pages', () => {
  it("map the town's evacuation sites with suitability, status and free places, listed beside the map", async () => {
    const { csp, root, raw } = await page('/opendata/towns/014303')
    expectMapPage(csp, root, raw)
    const markers = markersOf(root)
    expect(markers).toEqual([
      {
        name: '月形小学校',
        latitude: 43.33,
        longitude: 141.67,
        state: '開設',
        lines: ['月形町1番地', '対応: 洪水、地震(条件付き)', '状況: 開設 (空き 70 人)'],
      },
    ])
    const rows = root
      .querySelectorAll('#town-shelters tbody tr')
      .map((row) => row.querySelectorAll('th, td').map((cell) => cell.text.trim()))
    // The site without coordinates is still listed: the list is complete, the map shows what it can.
    expect(rows).toEqual([
      ['月形小学校', '月形町1番地', '洪水、地震(条件付き)', '開設', '70'],
      ['月形公園', '月形町2番地', '地震', '未報告', '—'],
    ])
    expect(root.querySelector('[data-sample="true"]')?.text).toContain('サンプルデータ')
  })

  it('speak English on the English page and keep other towns apart', async () => {
    const { root } = await page('/opendata/en/towns/014290')
    const [marker] = markersOf(root)
    expect(marker?.lines).toEqual(['栗山町1番地', 'Suitable for: flood, earthquake', 'Status: Closed'])
    expect(root.querySelector('#town-shelters caption')?.text).toContain('Designated emergency evacuation sites (1;')
  })

  it('have no map and the script-free CSP for a town without sites in the release', async () => {
    const { csp, root } = await page('/opendata/towns/012106')
    expect(csp).toBe(NO_SCRIPT_CSP)
    expect(root.querySelector('[data-map-source]')).toBeNull()
    expect(root.text).toContain('このリリースにはこの町の指定緊急避難場所がありません')
  })

  it('still answer when the site file is missing from disk, without a map', async () => {
    const file = join(dir.dir, 'releases', '20261125T010000000Z', 'evacuation-space.csv')
    await rename(file, `${file}.gone`)
    try {
      const { root } = await page('/opendata/towns/014303')
      // The shelters' map is left out; the bus stops' map (another file) is still drawn.
      expect(root.querySelector('[data-map-source="town-shelter-data"]')).toBeNull()
      expect(root.querySelector('[data-map-source="bus-stop-data"]')).not.toBeNull()
      expect(root.querySelector('h1')?.text).toContain('月形町')
    } finally {
      await rename(`${file}.gone`, file)
    }
  })
})
