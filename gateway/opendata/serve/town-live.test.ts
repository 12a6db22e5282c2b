import { parse, type HTMLElement } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument } from '../../../codegen/operations.js'
import { tempOpenDataDir } from '../../../test/support/opendata-fixture.js'
import { publishTestRelease } from '../../../test/support/opendata-release.js'
import { sampleShelterId } from '../../../test/support/sample-shelter.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../../test/support/transit-feed.js'

/**
 * The portal inside the gateway, where the subgraphs are at hand: town pages read their shelters live (public
 * query) and draw the routes of the town's operators; bus dataset pages draw every stop and the routes.
 */

const TSUKIGATA = '014303'
let stack: TestStack
let openData: Awaited<ReturnType<typeof tempOpenDataDir>>
let shelterId: string

beforeAll(async () => {
  openData = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: openData.dir } })
  // The fixture feed: route R1 (月形線), patterns S1→S2→S3 and S1→S3, both along shape SH1 (3 points).
  await importSampleFeed(stack, await townOperatorId(stack, TSUKIGATA), TSUKIGATA)
  shelterId = await sampleShelterId(stack, TSUKIGATA, 20)
}, 120_000)
afterAll(async () => {
  await stack.stop()
  await openData.remove()
})

async function page(path: string): Promise<{ response: Response; root: HTMLElement }> {
  const response = await fetch(new URL(path, stack.services.gatewayUrl))
  expect(response.status, path).toBe(200)
  return { response, root: parse(await response.text()) }
}

const cellsOf = (row: HTMLElement | null) => row?.querySelectorAll('th, td').map((cell) => cell.text.trim()) ?? []

interface Line {
  name: string
  lines: string[]
  paths: [number, number][][]
}

describe('town pages in the gateway', () => {
  it('are a current snapshot of the shelters (no release needed), revalidated on every visit', async () => {
    const before = await page(`/opendata/towns/${TSUKIGATA}`)
    expect(cellsOf(before.root.querySelector(`tr[data-shelter-id="${shelterId}"]`))[3]).toBe('未報告')
    const report = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId, input: { isOpen: true, evacuees: 5 } },
      { token: await stack.token(TSUKIGATA) },
    )
    expect(report.body.errors).toBeUndefined()
    const capacity = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('capacity')
      .where('id', '=', shelterId)
      .executeTakeFirstOrThrow()
    const { response, root } = await page(`/opendata/towns/${TSUKIGATA}`)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'")
    const cells = cellsOf(root.querySelector(`tr[data-shelter-id="${shelterId}"]`))
    expect(cells[3]).toBe('開設')
    expect(cells[4]).toBe(String((capacity.capacity ?? 0) - 5))
    // The live script knows which town to listen to and which list to swap in.
    const map = root.querySelector('[data-live-town]')
    expect(map?.getAttribute('data-live-town')).toBe(TSUKIGATA)
    expect(root.getElementById(map?.getAttribute('data-live-list') ?? '')?.querySelector('table')).not.toBeNull()
    expect(root.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))).toContain(
      '/assets/maps/live-shelters.js',
    )
    const english = await page(`/opendata/en/towns/${TSUKIGATA}`)
    const englishCells = cellsOf(english.root.querySelector(`tr[data-shelter-id="${shelterId}"]`))
    expect(englishCells[3]).toBe('Open')
    // The hazards it suits are worded in English too (no kana or kanji), not the Japanese labels.
    expect(englishCells[2]).toMatch(/^[a-z ,()—-]+$/)
  })

  it("draw the routes of the town's operators along their shapes, listed with operator and stop count", async () => {
    const { root } = await page(`/opendata/towns/${TSUKIGATA}`)
    const rows = root.querySelectorAll('#bus-routes tbody tr').map(cellsOf)
    expect(rows).toHaveLength(1)
    expect(rows[0]?.[0]).toBe('1 月形線')
    expect(rows[0]?.[2]).toBe('3')
    const lines = JSON.parse(root.getElementById('bus-route-data')?.textContent ?? '[]') as Line[]
    // Both patterns follow SH1: one path, the shape's points (not the stops').
    expect(lines.map((line) => [line.name, line.paths])).toEqual([
      [
        '1 月形線',
        [
          [
            [43.3358, 141.6694],
            [43.332, 141.665],
            [43.204, 141.759],
          ],
        ],
      ],
    ])
    const map = root.querySelector('[data-line-source="bus-route-data"]')
    expect(map?.getAttribute('aria-label')).toContain('1')
  })
})

describe('the bus-stops dataset page in the gateway', () => {
  it('maps every stop of the release and the routes of the region', async () => {
    await publishTestRelease(stack, openData.dir)
    const csv = await (await fetch(new URL('/opendata/files/bus_stops.csv', stack.services.gatewayUrl))).text()
    const stopRows = csv.trim().split('\n').length - 1
    const { response, root } = await page('/opendata/datasets/bus-stops')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const stops = JSON.parse(root.getElementById('bus-stop-data')?.textContent ?? '[]') as unknown[]
    expect(stopRows).toBeGreaterThan(0)
    expect(stops).toHaveLength(stopRows)
    const routes = root.querySelectorAll('#bus-routes tbody tr').map(cellsOf)
    expect(routes.map((cells) => cells[0])).toContain('1 月形線')
    const english = await page('/opendata/en/datasets/bus-stops')
    expect(english.root.querySelector('#bus-routes caption')?.text).toContain('Routes (')
  }, 120_000)
})
