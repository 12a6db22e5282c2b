import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument } from '../../codegen/operations.js'
import { sampleShelterId } from '../../test/support/sample-shelter.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../test/support/transit-feed.js'
import { LEAFLET_BASE } from '../maps/leaflet-assets.js'

/** The widgets over HTTP: headers, 400s naming the parameter, and a list that says what the API says. */

const KURIYAMA = '014290'
const TSUKIGATA = '014303'
const TOWN_SITE = 'https://town.example.jp'
let stack: TestStack
let operatorId: string

beforeAll(async () => {
  stack = await startTestStack({
    // 2026-04-01 06:00 in Japan: the fixture feed's weekday service, T1 at 07:00 and T2 at 23:40 from S1.
    embed: { allowedOrigins: [TOWN_SITE], clock: () => new Date('2026-03-31T21:00:00Z') },
  })
  operatorId = await townOperatorId(stack, TSUKIGATA)
  await importSampleFeed(stack, operatorId, TSUKIGATA)
}, 120_000)
afterAll(() => stack.stop())

const get = (path: string) => fetch(new URL(path, stack.services.gatewayUrl))

interface ApiShelter {
  id: string
  name: string
  capacity: number | null
}
async function apiShelters(hazard: string | null): Promise<ApiShelter[]> {
  const { body } = await stack.graphql<{ shelters: { nodes: ApiShelter[] } }, Record<string, unknown>>(
    `query ($code: String!, $hazard: Hazard) { shelters(municipalityCode: $code, hazard: $hazard, first: 200) {
      nodes { id name capacity } } }`,
    { code: KURIYAMA, hazard },
  )
  expect(body.errors).toBeUndefined()
  return body.data?.shelters.nodes ?? []
}

/** The list's rows: id → the text of each cell. */
function rowsOf(page: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const match of page.matchAll(/<tr data-shelter-id="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const cells = [...(match[2] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      (cell[1] ?? '').trim(),
    )
    rows.set(match[1] ?? '', cells)
  }
  return rows
}

describe('framing', () => {
  it('lets only EMBED_ALLOWED_ORIGINS frame /embed/*, and nobody frame any other route', async () => {
    const embed = await get(`/embed/shelters?town=${KURIYAMA}`)
    const csp = embed.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`frame-ancestors ${TOWN_SITE}`)
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("img-src 'self' https://cyberjapandata.gsi.go.jp;")
    const departures = await get(`/embed/departures?operator=${operatorId}&stop=S1`)
    expect(departures.headers.get('content-security-policy')).toContain(`frame-ancestors ${TOWN_SITE}`)
    for (const path of ['/situation', '/staff', '/healthz', '/graphql?query=%7B__typename%7D', '/nowhere']) {
      const response = await get(path)
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).not.toContain(TOWN_SITE)
    }
    // Bad parameters get a 400 page of the embed, framable like the widget so the town sees the message.
    const bad = await get('/embed/shelters?town=999999')
    expect(bad.headers.get('content-security-policy')).toContain(`frame-ancestors ${TOWN_SITE}`)
  })
})

describe('bad parameters', () => {
  it.each([
    ['/embed/shelters', 'town'],
    ['/embed/shelters?town=999999', 'town'],
    [`/embed/shelters?town=${KURIYAMA}&town=${KURIYAMA}`, 'town'],
    [`/embed/shelters?town=${KURIYAMA}&hazard=meteor`, 'hazard'],
    [`/embed/shelters?town=${KURIYAMA}&theme=pink`, 'theme'],
    [`/embed/shelters?town=${KURIYAMA}&accent=red;background:url(x)`, 'accent'],
    ['/embed/departures?stop=S1', 'operator'],
    ['/embed/departures?operator=42&stop=S1', 'operator'],
    ['/embed/departures?operator=00000000-0000-4000-8000-000000000000&stop=S1', 'operator'],
    ['/embed/departures?operator=00000000-0000-4000-8000-000000000000', 'stop'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const response = await get(path)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toContain(`<code>${parameter}</code>`)
  })
})

describe('/embed/shelters', () => {
  it('lists exactly the shelters the API gives for the town and hazard, with live status and free places', async () => {
    const id = await sampleShelterId(stack, KURIYAMA, 50)
    const report = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: id, input: { isOpen: true, evacuees: 12 } },
      { token: await stack.token(KURIYAMA) },
    )
    expect(report.body.errors).toBeUndefined()
    for (const hazard of ['FLOOD', 'EARTHQUAKE']) {
      const api = await apiShelters(hazard)
      const response = await get(`/embed/shelters?town=${KURIYAMA}&hazard=${hazard.toLowerCase()}`)
      expect(response.status).toBe(200)
      const rows = rowsOf(await response.text())
      expect([...rows.keys()]).toEqual(api.map((shelter) => shelter.id))
      expect([...rows.values()].map((cells) => cells[0])).toEqual(api.map((shelter) => shelter.name))
    }
    const all = await apiShelters(null)
    const reported = all.find((shelter) => shelter.id === id)
    const page = await (await get(`/embed/shelters?town=${KURIYAMA}`)).text()
    const cells = rowsOf(page).get(id)
    expect(cells?.[3]).toBe('開設中')
    expect(cells?.[4]).toBe(String((reported?.capacity ?? 0) - 12))
    expect(page).toContain('data-sample="true"')
  })

  it('works without JavaScript: the list and the map data are in the page, scripts are same-origin', async () => {
    const page = await (await get(`/embed/shelters?town=${KURIYAMA}&hazard=FLOOD&theme=dark&accent=c0392b`)).text()
    expect(page).not.toMatch(/<script(?![^>]*(src="\/|type="application\/json"))/)
    expect(page).toContain(`<script src="${LEAFLET_BASE}/leaflet.js" defer></script>`)
    expect(page).toContain('<script src="/assets/maps/live-shelters.js" defer></script>')
    expect(page).toContain('--accent:#c0392b')
    expect(page).toContain('color-scheme:dark')
    expect(page).toContain('data-tile-url="https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png"')
    const json = /<script type="application\/json" id="shelter-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
    const markers = JSON.parse(json) as { id: string; name: string }[]
    expect(markers.length).toBeGreaterThan(0)
    const visible = page
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
    expect(visible).toMatchSnapshot()
  })
})

describe('/embed/departures', () => {
  it('shows the next departures from the stop, refreshed by a same-origin script', async () => {
    const response = await get(`/embed/departures?operator=${operatorId}&stop=S1&theme=light`)
    expect(response.status).toBe(200)
    const page = await response.text()
    const board = /<section id="board"[\s\S]*?<\/section>/.exec(page)?.[0] ?? ''
    expect(board.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toMatchSnapshot()
    expect(page).toContain('<script src="/embed/departures.js" defer></script>')
    const script = await (await get('/embed/departures.js')).text()
    expect(script).toContain('setInterval(')
  })

  it('names the stop (the public stop query) and keeps its id beside the name', async () => {
    const page = await (await get(`/embed/departures?operator=${operatorId}&stop=S1`)).text()
    expect(/<h1>([\s\S]*?)<\/h1>/.exec(page)?.[1]?.trim()).toBe('月形町役場前 の発車案内')
    expect(page).toContain('<code data-field="stop-id">S1</code>')
  })

  it('answers a stop the feed does not have with a 404 page that names the parameter, framable', async () => {
    const response = await get(`/embed/departures?operator=${operatorId}&stop=NOPE`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${TOWN_SITE}`)
    const page = await response.text()
    expect(page).toContain('<code>stop</code>')
    expect(page).toContain('has no stop with this id')
  })
})

describe('Leaflet from our own origin', () => {
  it('serves the files of node_modules/leaflet/dist with a long cache, and nothing else', async () => {
    const js = await get(`${LEAFLET_BASE}/leaflet.js`)
    expect(js.status).toBe(200)
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    expect(await js.text()).toBe(await readFile('node_modules/leaflet/dist/leaflet.js', 'utf8'))
    const icon = await get(`${LEAFLET_BASE}/images/marker-icon.png`)
    expect(icon.headers.get('content-type')).toBe('image/png')
    expect((await get(`${LEAFLET_BASE}/leaflet.css`)).status).toBe(200)
    expect((await get(`${LEAFLET_BASE}/../../../package.json`)).status).toBe(404)
    expect((await get(`${LEAFLET_BASE}/leaflet.js.map`)).status).toBe(404)
  })
})
