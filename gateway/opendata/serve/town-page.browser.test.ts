import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument } from '../../../codegen/operations.js'
import { launchChromium } from '../../../test/support/browser.js'
import { holdEventStream } from '../../../test/support/live-page-holds.js'
import { expectNoAxeViolations } from '../../../test/support/axe.js'
import { tempOpenDataDir } from '../../../test/support/opendata-fixture.js'
import { sampleShelterId } from '../../../test/support/sample-shelter.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../../test/support/transit-feed.js'

/**
 * A town page in real Chromium (web security on) with the tile host cut off, as offline: the bus route is drawn
 * as a line with a popup, and a status report as the town's editor reaches the shelter list without a reload.
 */

const TSUKIGATA = '014303'
let stack: TestStack
let openData: Awaited<ReturnType<typeof tempOpenDataDir>>
let browser: Browser

beforeAll(async () => {
  openData = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: openData.dir }, events: { webhooks: false, pollMs: 500 } })
  await importSampleFeed(stack, await townOperatorId(stack, TSUKIGATA), TSUKIGATA)
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser.close()
  await stack.stop()
  await openData.remove()
})

describe('a town page in a browser, tiles blocked', () => {
  it('draws the routes and shows a report made before its stream began, without reloading', async () => {
    const shelterId = await sampleShelterId(stack, TSUKIGATA, 20)
    const page = await browser.newPage()
    // No fading popups (map-script.ts honours it): axe then never meets a popup half-drawn after the live redraw.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text())
    })
    await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort('internetdisconnected'))
    const stream = await holdEventStream(page, stack.services.gatewayUrl)
    await page.goto(new URL(`/opendata/towns/${TSUKIGATA}`, stack.services.gatewayUrl).href)

    // The route: one line (both patterns follow shape SH1), whose popup names it.
    const line = page.locator('[data-line-source] path.map-line')
    await expect.poll(() => line.count()).toBe(1)
    await line.first().click({ force: true })
    await expect.poll(() => page.locator('.leaflet-popup-content').textContent()).toContain('1 月形線')

    const status = page.locator(`tr[data-shelter-id="${shelterId}"] [data-field="status"]`)
    expect(await status.textContent()).toBe('未報告')
    let navigations = 0
    page.on('framenavigated', () => (navigations += 1))
    // The report commits after the page read its shelters and before its stream reaches the server.
    expect(await stream.requested).toMatch(/[?&]lastEventId=\d+/)
    const token = await stack.token(TSUKIGATA)
    await stream.whileHeld(async () => {
      const report = await stack.graphql(
        ReportShelterStatusDocument,
        { shelterId, input: { isOpen: true, evacuees: 3 } },
        { token },
      )
      expect(report.body.errors).toBeUndefined()
    })
    await expect.poll(() => status.textContent(), { timeout: 5000, interval: 50 }).toBe('開設')
    expect(navigations).toBe(0)
    // The route's popup, open before the live redraw, is open again after it.
    expect(await page.locator('.leaflet-popup-content').textContent()).toContain('1 月形線')
    // The marker of the shelter says so too (the map was redrawn from the fresh JSON block).
    const name = (await page.locator(`tr[data-shelter-id="${shelterId}"] th`).textContent()) ?? ''
    expect(await page.locator(`.leaflet-marker-icon[alt="${name}(開設)"]`).count()).toBe(1)
    expect(cspViolations).toEqual([])
    await expectNoAxeViolations(page, `/opendata/towns/${TSUKIGATA} (live)`)
    await page.setViewportSize({ width: 360, height: 740 })
    // A string: the test's TypeScript has no DOM types (the expression runs in the page).
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360)
  }, 90_000)
})
