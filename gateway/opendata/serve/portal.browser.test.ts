import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../../test/support/browser.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOpenDataServer, startStandardSite, tempOpenDataDir } from '../../../test/support/opendata-fixture.js'
import { axeViolations, expectNoAxeViolations } from '../../../test/support/axe.js'

/**
 * The portal in a real browser (headless Chromium from the npm package @sparticuz/chromium; nothing is
 * downloaded at test time), with JavaScript off: what a person and a screen reader get. The maps are tried with
 * JavaScript on, web security on (the package's --disable-web-security is dropped) and the tile host cut off.
 */

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }
/** A directory with no release published yet: the portal's "nothing here yet" page. */
let emptyDir: { dir: string; remove: () => Promise<void> }
let emptyServer: { url: string; close: () => Promise<void> }
let browser: Browser
let context: BrowserContext
/** JavaScript on, for axe (it needs timers, which a JavaScript-off page does not run); the HTML is the same. */
let scripted: BrowserContext

beforeAll(async () => {
  ;({ dir, server } = await startStandardSite())
  emptyDir = await tempOpenDataDir()
  emptyServer = await startOpenDataServer(emptyDir.dir)
  browser = await launchChromium()
  context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
  // Never closed before the browser: with --single-process, closing a context can end the browser.
  scripted = await browser.newContext({ locale: 'ja-JP' })
}, 120_000)
afterAll(async () => {
  // beforeAll may have failed before assigning these: the declared types assume it did not.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await browser?.close()
  await server?.close()
  await dir?.remove()
  await emptyServer?.close()
  await emptyDir?.remove()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

/** Accessible names of the page's tables, as Chromium's accessibility tree computes them. */
async function tableNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('main').ariaSnapshot()
  const tables = snapshot.split('\n').filter((line) => /^\s*- table\b/.test(line))
  expect(tables.length).toBe(await page.locator('table').count())
  return tables.map((line) => /- table "(.*)"/.exec(line)?.[1] ?? '')
}

async function expectLinksResolve(page: Page) {
  const links = await page.locator('a[href]').all()
  const hrefs = await Promise.all(
    links.map(async (link) => new URL((await link.getAttribute('href')) ?? '', page.url()).href),
  )
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of new Set(hrefs)) {
    if (!href.startsWith(server.url)) {
      expect(href).toBe('https://creativecommons.org/licenses/by/4.0/') // the only external link; not fetched offline
      continue
    }
    const response = await context.request.get(href)
    expect(response.status(), href).toBe(200)
  }
}

describe('the portal in Chromium', () => {
  it('has a Japanese page with a title, one h1, headings per dataset and resolving links', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${server.url}/opendata/`)
    expect(response?.status()).toBe(200)
    expect(await page.title()).toBe('南空知圏域オープンデータ')
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1)
    const h2 = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    expect(h2).toEqual(
      expect.arrayContaining([expect.stringContaining('3 件のデータセット'), expect.stringContaining('変更履歴')]),
    )
    const h3 = await page.locator('.results').getByRole('heading', { level: 3 }).allInnerTexts()
    expect(h3).toHaveLength(3)
    expect(h3.join('\n')).toContain('月形町の防災訓練 <script>alert("x")</script>')
    expect(await page.getByRole('note').first().innerText()).toContain('サンプルデータが含まれています')
    expect(await page.getByRole('link', { name: '指定緊急避難場所一覧', exact: true }).count()).toBe(2) // heading and changelog
    await expectLinksResolve(page)
    await page.close()
  }, 60_000)

  it('names every table by its caption', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/opendata/`)
    expect(await tableNames(page)).toContain('リリース全体のファイル')
    await page.goto(`${server.url}/opendata/datasets/evacuation-space`)
    expect(await tableNames(page)).toContain('指定緊急避難場所一覧 の配布ファイル（Files）')
    await page.goto(`${server.url}/opendata/datasets/regional-gtfs`)
    const names = await tableNames(page)
    expect(names.every((name) => name.length > 0)).toBe(true)
    const header = page
      .getByRole('table', { name: '南空知圏域バス情報（GTFS-JP） の配布ファイル（Files）' })
      .getByRole('columnheader')
    expect(await header.count()).toBe(4)
    await page.close()
  }, 60_000)

  it('shows a dataset page with a named preview table and resolving links', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/opendata/datasets/evacuation-space`)
    expect(await page.title()).toBe('指定緊急避難場所一覧 | 南空知圏域オープンデータ')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('指定緊急避難場所一覧')
    const names = await tableNames(page)
    expect(names).toContain('evacuation-space.csv の先頭 20 行 First 20 rows of evacuation-space.csv')
    const preview = page.getByRole('table', { name: /先頭 20 行/ })
    expect(await preview.getByRole('row').count()).toBe(21)
    expect(await preview.getByRole('columnheader').allInnerTexts()).toEqual([
      '名称',
      '住所',
      '緯度',
      '経度',
      '収容人数',
    ])
    await expectLinksResolve(page)
    await page.close()
  }, 60_000)

  it('fits a 360 px phone without sideways scrolling on every page type, in both languages', async () => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    const paths = ['/opendata/', '/opendata/?town=014303', '/opendata/datasets/evacuation-space']
    paths.push('/opendata/towns/014303', '/opendata/towns/999999', '/opendata/towns/', '/opendata/towns/?pref=01')
    for (const path of [...paths, ...paths.map((p) => p.replace('/opendata/', '/opendata/en/'))]) {
      await page.goto(server.url + path)
      // A string: the test's TypeScript has no DOM types (the expression runs in the page).
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'))
      expect(width, path).toBeLessThanOrEqual(360)
    }
    await page.close()
  }, 60_000)

  it('can be used by keyboard: a skip link first, visible focus, a search that submits with Enter', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/opendata/`)
    await page.keyboard.press('Tab')
    const skip = page.locator(':focus')
    expect(await skip.getAttribute('href')).toBe('#main')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')
    expect(outline).toBe('solid')
    await page.getByLabel(/キーワード/).fill('ﾋﾅﾝ')
    await page.getByLabel(/キーワード/).press('Enter')
    await page.waitForURL(/q=/)
    const results = await page.locator('.results').getByRole('heading', { level: 3 }).allInnerTexts()
    expect(results).toEqual([expect.stringContaining('指定緊急避難場所一覧')])
    await page.close()
  }, 60_000)
})

describe('the portal for everyone', () => {
  it('has no axe violations on any page type, in both languages', async () => {
    const page = await scripted.newPage()
    const paths = [
      '/opendata/',
      '/opendata/?q=%E9%81%BF%E9%9B%A3',
      '/opendata/?q=zzzzzz',
      '/opendata/?town=014303&format=CSV',
    ]
    paths.push('/opendata/datasets/evacuation-space', '/opendata/towns/014303', '/opendata/datasets/no-such-dataset')
    paths.push('/opendata/towns/999999', '/opendata/towns/', '/opendata/towns/?pref=01', '/opendata/towns/?q=%E6%9C%88')
    for (const path of [...paths, ...paths.map((p) => p.replace('/opendata/', '/opendata/en/'))]) {
      await page.goto(server.url + path)
      await expectNoAxeViolations(page, path)
    }
    const response = await page.goto(`${emptyServer.url}/opendata/`)
    expect(response?.status()).toBe(200)
    await expectNoAxeViolations(page, 'the portal before any release')
    await page.close()
  }, 120_000)

  it('has an axe check that fails on an inaccessible page', async () => {
    const page = await scripted.newPage()
    await page.setContent('<html><body><img src="x.png"><input type="text"></body></html>')
    const found = await axeViolations(page)
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt .*img/)]))
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^label .*input/)]))
    await page.close()
  }, 60_000)

  it('narrows by a town and a format chosen by clicking, and widens again (JavaScript off)', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/opendata/`)
    const count = () => page.locator('#results-heading').innerText()
    const filters = page.getByRole('navigation', { name: '絞り込み' })
    expect(await count()).toBe('3 件のデータセット')
    await filters
      .getByRole('list', { name: '市町' })
      .getByRole('link', { name: /^月形町/ })
      .click()
    await page.waitForURL(/town=014303/)
    expect(await count()).toBe('2 件のデータセット')
    await filters
      .getByRole('list', { name: '形式' })
      .getByRole('link', { name: /^GeoJSON/ })
      .click()
    await page.waitForURL(/format=GeoJSON/)
    expect(new URL(page.url()).searchParams.get('town')).toBe('014303')
    expect(await count()).toBe('1 件のデータセット')
    const chosenTown = filters.getByRole('list', { name: '市町' }).locator('a[aria-current="true"]')
    expect(await chosenTown.innerText()).toContain('解除')
    await chosenTown.click()
    await page.waitForURL((url) => !url.searchParams.has('town'))
    expect(new URL(page.url()).searchParams.get('format')).toBe('GeoJSON')
    expect(await count()).toBe('1 件のデータセット')
    await page.close()
  }, 60_000)
})

/** A JavaScript page with the tile host cut off (as offline), counting blocked tiles and CSP reports. */
async function mapPage() {
  const page = await scripted.newPage()
  const blockedTiles: string[] = []
  await page.route('https://cyberjapandata.gsi.go.jp/**', async (route) => {
    blockedTiles.push(route.request().url())
    await route.abort('internetdisconnected')
  })
  const cspViolations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text())
  })
  return { page, blockedTiles, cspViolations }
}

describe('the portal maps in Chromium, tiles blocked', () => {
  it('draws the located preview rows of a dataset page and opens a popup on click', async () => {
    const { page, blockedTiles, cspViolations } = await mapPage()
    await page.goto(`${server.url}/opendata/datasets/evacuation-space`)
    const markers = page.locator('.leaflet-marker-icon')
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBe(20)
    // The southernmost marker is drawn on top of its neighbours (the fixture's points overlap at this zoom).
    await page.locator('.leaflet-marker-icon[title="避難場所1"]').click()
    const popup = page.locator('.leaflet-popup-content')
    await expect.poll(() => popup.textContent()).toContain('避難場所1')
    expect(await popup.textContent()).toContain('住所: 北海道夕張郡長沼町1番地')
    expect(await page.locator('.leaflet-control-attribution a', { hasText: '地理院タイル' }).count()).toBe(1)
    // The table beside the map is still there: it is the list a screen reader reads.
    expect(
      await page
        .getByRole('table', { name: /先頭 20 行/ })
        .getByRole('row')
        .count(),
    ).toBe(21)
    expect(blockedTiles.length).toBeGreaterThan(0)
    expect(cspViolations).toEqual([])
    await page.close()
  }, 60_000)

  it("draws a town page's evacuation sites and opens a popup with status and suitability", async () => {
    const { page, blockedTiles, cspViolations } = await mapPage()
    await page.goto(`${server.url}/opendata/towns/014303`)
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), { timeout: 10_000 }).toBe(3)
    await page.locator('.leaflet-marker-icon[title="避難場所2"]').click()
    const popup = page.locator('.leaflet-popup-content')
    await expect.poll(() => popup.textContent()).toContain('避難場所2')
    expect(await popup.textContent()).toContain('状況: 未報告')
    expect(await popup.textContent()).toContain('対応: —')
    expect(await page.locator('#town-shelters tbody tr').count()).toBe(3)
    expect(blockedTiles.length).toBeGreaterThan(0)
    expect(cspViolations).toEqual([])
    await page.close()
  }, 60_000)
})
