import type { Browser } from 'playwright-core'
import { launchChromium } from '../../test/support/browser.js'
import { delayFirstReread, holdEventStream } from '../../test/support/live-page-holds.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { sampleShelterId, shelterReporter } from '../../test/support/sample-shelter.js'
import { expectNoAxeViolations } from '../../test/support/axe.js'

/** The situation board in real Chromium (web security on): it updates itself after a report, via /events. */

const KURIYAMA = '014290'
let stack: TestStack
let browser: Browser

beforeAll(async () => {
  stack = await startTestStack({ events: { webhooks: false, pollMs: 500 } })
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser.close()
  await stack.stop()
})

/** A board open on a page after one of 栗山町's shelters reported 0 evacuees: `evacuees()` reads the town's cell. */
async function boardAfterReport() {
  const report = await shelterReporter(stack, KURIYAMA, await sampleShelterId(stack, KURIYAMA, 50))
  await report(0)
  const page = await browser.newPage()
  await page.goto(new URL('/situation', stack.services.gatewayUrl).href)
  const evacuees = async () =>
    Number(
      await page
        .locator('tr', { has: page.locator('th', { hasText: '栗山町' }) })
        .locator('[data-field="evacuees"]')
        .textContent(),
    )
  return { report, page, evacuees, base: await evacuees() }
}

describe('/situation in a browser', () => {
  it('shows a report made before its stream began within 2 s, without reloading the page', async () => {
    const report = await shelterReporter(stack, KURIYAMA, await sampleShelterId(stack, KURIYAMA, 50))
    await report(0)
    const page = await browser.newPage()
    const stream = await holdEventStream(page, stack.services.gatewayUrl)
    await page.goto(new URL('/situation', stack.services.gatewayUrl).href)
    const cell = page
      .locator('tr', { has: page.locator('th', { hasText: '栗山町' }) })
      .locator('[data-field="evacuees"]')
    const before = Number(await cell.textContent())
    let navigations = 0
    page.on('framenavigated', () => (navigations += 1))
    // The report commits after the board was read and before its stream reaches the server.
    expect(await stream.requested).toMatch(/[?&]lastEventId=\d+/)
    await stream.whileHeld(() => report(23))
    const reported = Date.now()
    await expect.poll(async () => Number(await cell.textContent()), { timeout: 2000, interval: 50 }).toBe(before + 23)
    console.log(`situation board updated ${Date.now() - reported} ms after its stream was let through`)
    expect(navigations).toBe(0)
    // Checked after the update too: the rewritten cells must keep the page accessible.
    await expectNoAxeViolations(page, '/situation')
    await page.setViewportSize({ width: 360, height: 740 })
    // A string: the test's TypeScript has no DOM types (the expression runs in the page).
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360)
  }, 60_000)

  it('re-reads again when a re-read fails, until the board is current', async () => {
    const { report, page, evacuees, base } = await boardAfterReport()
    // The first re-read meets the gateway unable to read the situation (as when the disaster subgraph is down).
    let refused = 0
    await page.route(
      (url) => url.pathname === '/situation',
      (route) =>
        route.request().resourceType() === 'fetch' && refused++ === 0
          ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' })
          : route.continue(),
    )
    await report(4)
    await expect.poll(evacuees, { timeout: 6000, interval: 100 }).toBe(base + 4)
    expect(refused).toBeGreaterThanOrEqual(2)
  }, 60_000)

  it('ends on the newest board when an older re-read answers last', async () => {
    const { report, page, evacuees, base } = await boardAfterReport()
    const reread = await delayFirstReread(page, '/situation')
    await report(5)
    await reread.firstHeld
    await report(9)
    await reread.answerLast()
    expect(await evacuees()).toBe(base + 9)
  }, 60_000)

  it("keeps a region's board that region's when it re-reads itself", async () => {
    const { admin } = stack.database
    await admin
      .insertInto('agreement.region')
      .values({
        id: 'test-kuriyama',
        name: '試験圏域',
        kind: 'OTHER',
        centreMunicipalityCode: KURIYAMA,
        signedOn: '2024-04-01',
      })
      .execute()
    await admin
      .insertInto('agreement.regionParty')
      .values([
        { regionId: 'test-kuriyama', municipalityCode: KURIYAMA, position: 1 },
        { regionId: 'test-kuriyama', municipalityCode: '014231', position: 2 },
      ])
      .execute()
    const report = await shelterReporter(stack, KURIYAMA, await sampleShelterId(stack, KURIYAMA, 50))
    await report(0)
    const page = await browser.newPage()
    await page.goto(new URL('/situation?region=test-kuriyama', stack.services.gatewayUrl).href)
    const cell = page
      .locator('tr', { has: page.locator('th', { hasText: '栗山町' }) })
      .locator('[data-field="evacuees"]')
    const before = Number(await cell.textContent())
    let rereads = 0
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch' && new URL(request.url()).pathname === '/situation') rereads += 1
    })
    // A report in a town of no concern to this board first: its event must not reach the board's stream.
    const outside = shelterReporter(stack, '012106', await sampleShelterId(stack, '012106', 50))
    await (
      await outside
    )(3)
    await report(6)
    await expect.poll(async () => Number(await cell.textContent()), { timeout: 6000, interval: 100 }).toBe(before + 6)
    expect(rereads).toBe(1)
    expect(await page.locator('#board th[scope="row"]').allTextContents()).toEqual(['南幌町', '栗山町'])
    await expectNoAxeViolations(page, '/situation?region=test-kuriyama')
    await page.goto(new URL('/situation/regions', stack.services.gatewayUrl).href)
    expect(await page.locator('main li a').allTextContents()).toContain('試験圏域')
    await expectNoAxeViolations(page, '/situation/regions')
  }, 60_000)
})
