import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../test/support/browser.js'
import { delayFirstReread, holdEventStream } from '../../test/support/live-page-holds.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleShelterId, shelterReporter } from '../../test/support/sample-shelter.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { expectNoAxeViolations } from '../../test/support/axe.js'
import { importSampleFeed, townOperatorId } from '../../test/support/transit-feed.js'
import { MunicipalityByCodeDocument } from '../../codegen/operations.js'

/**
 * The shelters widget framed by a page of another origin, in real Chromium with web security on and no tiles
 * (the tile host is cut off, as it is offline): the map still has its markers and popups, and a status report
 * reaches the framed list through /events.
 */

const KURIYAMA = '014290'
const TSUKIGATA = '014303'
let stack: TestStack
let browser: Browser
let townSite: Server
let townSiteUrl: string
/** The operator whose feed (the fixture feed: stop S1 月形町役場前) the departures board reads. */
let operatorId: string

/** A municipal site on its own origin (another port) whose page frames `src`. */
function startTownSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? ''
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><html lang="ja"><title>町のサイト</title>` +
        `<iframe title="避難所" src="${src.replace(/"/g, '&quot;')}" width="900" height="600"></iframe></html>`,
    )
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server)
    })
  })
}

beforeAll(async () => {
  stack = await startTestStack({ events: { webhooks: false, pollMs: 500 } })
  operatorId = await townOperatorId(stack, TSUKIGATA)
  await importSampleFeed(stack, operatorId, TSUKIGATA)
  townSite = await startTownSite()
  // localhost, not 127.0.0.1: another host and another port than the gateway's, so surely another origin.
  townSiteUrl = `http://localhost:${(townSite.address() as AddressInfo).port}/`
  browser = await launchChromium()
}, 120_000)
// Pages stay open until the end: with --single-process, closing the last page ends the browser.
afterAll(async () => {
  await browser.close()
  await new Promise((resolve) => townSite.close(resolve))
  await stack.stop()
})

/** A page of the town site framing `path` of the gateway, with tiles cut off and CSP reports collected. */
async function framing(path: string) {
  const page: Page = await browser.newPage()
  // No fading popups (map-script.ts honours it): axe then never meets a popup half-drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const stream = await holdEventStream(page, stack.services.gatewayUrl)
  await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort('internetdisconnected'))
  const cspViolations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text())
  })
  const src = new URL(path, stack.services.gatewayUrl).href
  await page.goto(`${townSiteUrl}?src=${encodeURIComponent(src)}`)
  return { page, cspViolations, stream }
}

describe('/embed/shelters framed by another origin', () => {
  it('shows markers and popups without tiles, and a report made before its stream began within 2 s', async () => {
    const id = await sampleShelterId(stack, KURIYAMA, 50)
    const report = await shelterReporter(stack, KURIYAMA, id)
    const { page: host, cspViolations, stream } = await framing(`/embed/shelters?town=${KURIYAMA}`)
    const frame = host.frameLocator('iframe')
    await expect.poll(() => frame.locator('.leaflet-marker-icon').count(), { timeout: 10_000 }).toBeGreaterThan(0)
    expect(await frame.locator('.leaflet-control-attribution a', { hasText: '地理院タイル' }).count()).toBe(1)
    const name = (await frame.locator(`tr[data-shelter-id="${id}"] th`).textContent()) ?? ''
    await frame.locator(`.leaflet-marker-icon[title="${name}"]`).click()
    await expect.poll(() => frame.locator('.leaflet-popup-content').textContent()).toContain(name)
    const status = frame.locator(`tr[data-shelter-id="${id}"] [data-field="status"]`)
    expect(await status.textContent()).toBe('未報告')
    // The report commits after the widget read its shelters and before its stream reaches the server.
    expect(await stream.requested).toMatch(/[?&]lastEventId=\d+/)
    await stream.whileHeld(() => report(7))
    const reported = Date.now()
    await expect.poll(() => status.textContent(), { timeout: 2000, interval: 50 }).toBe('開設中')
    // The map was redrawn with the fresh list; the popup the reader had open is open again, with the news.
    await expect
      .poll(() => frame.locator('.leaflet-popup-content').textContent(), { timeout: 2000 })
      .toContain('状況: 開設中')
    console.log(`framed shelters widget updated ${Date.now() - reported} ms after its stream was let through`)
    expect(cspViolations).toEqual([])
    const framed = host.frames().find((candidate) => candidate !== host.mainFrame())
    if (!framed) throw new Error('the widget frame is gone')
    await expectNoAxeViolations(framed, '/embed/shelters (framed, popup open)')
  }, 60_000)

  it('is refused when another route is framed', async () => {
    // page.goto waits for the load event, which waits for the frame: a framable page has its heading by then.
    const headingOf = async (path: string) => {
      const { page } = await framing(path)
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame())
      return frame?.locator('h1').count()
    }
    expect(await headingOf(`/embed/shelters?town=${KURIYAMA}`)).toBe(1)
    expect(await headingOf('/situation')).toBe(0)
  }, 30_000)
})

describe('/embed/shelters with nothing to show', () => {
  it("opens its map on the town's office, not on a fixed region (served towns may be anywhere in Japan)", async () => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: TSUKIGATA })
    const office = body.data?.municipality?.officeLocation
    if (!office) throw new Error('月形町 has no office location')
    const page = await browser.newPage()
    const tiles: string[] = []
    await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => {
      tiles.push(route.request().url())
      return route.abort('internetdisconnected')
    })
    // An inland town has no tsunami shelter: an empty list and a map with no marker to fit.
    await page.goto(new URL(`/embed/shelters?town=${TSUKIGATA}&hazard=TSUNAMI`, stack.services.gatewayUrl).href)
    expect(await page.locator('caption').textContent()).toContain('0件')
    await expect.poll(() => tiles.length, { timeout: 10_000 }).toBeGreaterThan(0)
    // The tile under the office at zoom 13 (Web Mercator), as Leaflet asks for it.
    const scale = 2 ** 13
    const x = Math.floor(((office.longitude + 180) / 360) * scale)
    const latitude = (office.latitude * Math.PI) / 180
    const y = Math.floor(((1 - Math.log(Math.tan(latitude) + 1 / Math.cos(latitude)) / Math.PI) / 2) * scale)
    expect(tiles).toContainEqual(expect.stringContaining(`/13/${x}/${y}.png`))
  }, 30_000)
})

describe('/embed/shelters in a burst of reports', () => {
  it('ends on the newest list when an older re-read answers last', async () => {
    const id = await sampleShelterId(stack, KURIYAMA, 50)
    const report = await shelterReporter(stack, KURIYAMA, id)
    const page = await browser.newPage()
    await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort('internetdisconnected'))
    await page.goto(new URL(`/embed/shelters?town=${KURIYAMA}`, stack.services.gatewayUrl).href)
    const free = async () => page.locator(`tr[data-shelter-id="${id}"] [data-field="free"]`).textContent()
    const reread = await delayFirstReread(page, '/embed/shelters')
    await report(5)
    await reread.firstHeld
    await report(9)
    const { capacity } = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('capacity')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    await reread.answerLast()
    expect(await free()).toBe(String(Number(capacity) - 9))
  }, 30_000)
})

describe('the widgets on a phone', () => {
  it('fit 360 px without sideways scrolling and stay free of axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true })
    await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort('internetdisconnected'))
    for (const path of [`/embed/shelters?town=${KURIYAMA}`, `/embed/departures?operator=${operatorId}&stop=S1`]) {
      const response = await page.goto(new URL(path, stack.services.gatewayUrl).href)
      expect(response?.status(), path).toBe(200)
      // A string: the test's TypeScript has no DOM types (the expression runs in the page).
      expect(Number(await page.evaluate('document.documentElement.scrollWidth')), path).toBeLessThanOrEqual(360)
      await expectNoAxeViolations(page, `${path} at 360 px`)
    }
  }, 30_000)
})

describe('/embed/departures framed by another origin', () => {
  it('re-reads its board every minute', async () => {
    const page = await browser.newPage()
    await page.clock.install()
    const src = new URL(`/embed/departures?operator=${operatorId}&stop=S1`, stack.services.gatewayUrl).href
    await page.goto(`${townSiteUrl}?src=${encodeURIComponent(src)}`)
    const frame = page.frameLocator('iframe')
    expect(await frame.locator('#board caption').textContent()).toContain('次の発車')
    const reread = page.waitForRequest((request) => request.url().includes('/embed/departures?'), { timeout: 5000 })
    await page.clock.fastForward('01:01')
    expect((await reread).url()).toBe(src)
    const framed = page.frames().find((candidate) => candidate !== page.mainFrame())
    if (!framed) throw new Error('the widget frame is gone')
    await expectNoAxeViolations(framed, '/embed/departures (framed)')
  }, 30_000)
})
