import { parse, type HTMLElement } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csv, startOpenDataServer, tempOpenDataDir, writeRelease } from '../../../test/support/opendata-fixture.js'
import { MAX_STOPS } from './bus-network.js'

/**
 * Bus maps of a release with more stops than a map draws (a nationwide release has tens of thousands): a town's map
 * comes from the town's own file, so its stops are all there wherever they fall in the regional file, and a map that
 * cannot draw every stop says so.
 */

const KURIYAMA = '014290'
const HEADER = ['市区町村コード', '停留所ID', '名称', '緯度', '経度', '事業者名']
const stop = (code: string, index: number) => [code, `${code}-${index}`, `停留所${index}`, '43.05', '141.78', 'バス']
// Another town's stops fill the first MAX_STOPS rows of the regional file; Kuriyama's come after them.
const OTHERS = Array.from({ length: MAX_STOPS }, (_, index) => stop('012092', index))
const OWN = Array.from({ length: 30 }, (_, index) => stop(KURIYAMA, index))

let site: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }
beforeAll(async () => {
  site = await tempOpenDataDir()
  await writeRelease(site.dir, {
    releaseId: '20261125T010000000Z',
    datasets: [
      {
        id: 'bus-stops',
        rowCount: OTHERS.length + OWN.length,
        columns: HEADER,
        files: [
          { path: 'bus-stops.csv', content: csv([HEADER, ...OTHERS, ...OWN]), rowCount: OTHERS.length + OWN.length },
          {
            path: `towns/${KURIYAMA}_bus-stops.csv`,
            content: csv([HEADER, ...OWN]),
            municipalityCode: KURIYAMA,
            rowCount: OWN.length,
          },
        ],
      },
    ],
  })
  server = await startOpenDataServer(site.dir)
})
afterAll(async () => {
  await server.close()
  await site.remove()
})

async function page(path: string): Promise<HTMLElement> {
  const response = await fetch(server.url + path)
  expect(response.status, path).toBe(200)
  return parse(await response.text())
}
const stopsOf = (root: HTMLElement) =>
  JSON.parse(root.getElementById('bus-stop-data')?.textContent ?? '[]') as { name: string }[]

describe('bus maps with more stops than a map draws', () => {
  it("map every stop of a town from its own file, though its rows lie past the regional file's first", async () => {
    const root = await page(`/opendata/towns/${KURIYAMA}`)
    expect(stopsOf(root).map((marker) => marker.name)).toEqual(OWN.map((row) => row[2]))
    expect(root.querySelector('[data-partial-stops]')).toBeNull()
  })

  it('say on the regional map that it shows only the first stops of the file', async () => {
    const root = await page('/opendata/datasets/bus-stops')
    expect(stopsOf(root)).toHaveLength(MAX_STOPS)
    expect(root.querySelector('[data-partial-stops]')?.text).toContain(`先頭 ${MAX_STOPS} か所`)
    const english = await page('/opendata/en/datasets/bus-stops')
    expect(english.querySelector('[data-partial-stops]')?.text).toContain(`the first ${MAX_STOPS}`)
  })
})
