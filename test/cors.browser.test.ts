import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromiumArgs, launchChromium } from './support/browser.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standardDatasets, tempOpenDataDir, writeRelease } from './support/opendata-fixture.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Browser apps on other origins, in headless Chromium WITH web security on (@sparticuz/chromium's default
 * arguments include --disable-web-security, which would make any CORS test meaningless: it is removed).
 * Two pages on their own origins: one listed in CORS_ALLOWED_ORIGINS, one not.
 */

let stack: TestStack
let dir: { dir: string; remove: () => Promise<void> }
let browser: Browser
let context: BrowserContext
let gateway: string
const pageServers: Server[] = []
let allowedOrigin: string
let otherOrigin: string

async function startPageServer(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><html lang="ja"><title>町のサイト</title><body>app</body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  pageServers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  allowedOrigin = await startPageServer()
  otherOrigin = await startPageServer()
  dir = await tempOpenDataDir()
  await writeRelease(dir.dir, { releaseId: '20261125T010000000Z', datasets: standardDatasets() })
  stack = await startTestStack({ openData: { dir: dir.dir }, corsAllowedOrigins: new Set([allowedOrigin]) })
  // The gateway on "localhost": a different origin from both pages on 127.0.0.1.
  gateway = `http://localhost:${new URL(stack.services.gatewayUrl).port}`
  expect(chromiumArgs().join(' ')).not.toContain('disable-web-security')
  browser = await launchChromium()
  context = await browser.newContext()
}, 120_000)
afterAll(async () => {
  await browser.close()
  await stack.stop()
  await dir.remove()
  for (const server of pageServers) server.close()
})

async function pageAt(origin: string): Promise<Page> {
  // Pages stay open until the end: Chromium runs --single-process here and closing its last page ends it.
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  return page
}

describe('CORS in Chromium with web security on', () => {
  it('lets a page on any origin query GraphQL, download a CSV and call package_search anonymously', async () => {
    const page = await pageAt(otherOrigin)
    const result = await page.evaluate(async (base) => {
      const graphql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities { code } }' }),
      })
      const csv = await fetch(`${base}/opendata/files/evacuation-space.csv`)
      const search = await fetch(`${base}/api/3/action/package_search?fq=tags:GTFS`)
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ municipalities { code } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      })
      return {
        graphql: ((await graphql.json()) as { data: { municipalities: unknown[] } }).data.municipalities.length,
        csv: (await csv.text()).split('\r\n')[0],
        etag: csv.headers.get('etag'),
        search: ((await search.json()) as { result: { count: number } }).result.count,
        get: get.status,
      }
    }, gateway)
    expect(result).toMatchObject({
      graphql: 9,
      csv: '名称,住所,緯度,経度,収容人数' /* fetch's text() drops the BOM */,
      search: 1,
      get: 200,
    })
    expect(result.etag).toMatch(/^"[0-9a-f]{64}"$/)
  }, 60_000)

  it('lets only an allowed origin send a token; any other page cannot even send the request', async () => {
    const token = await stack.token('014303', ['editor'])
    const send = (page: Page) =>
      page.evaluate(
        async ({ base, token }) => {
          try {
            const response = await fetch(`${base}/graphql`, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: '{ municipalities { code } }' }),
            })
            return `status ${response.status}`
          } catch (error) {
            return `blocked: ${(error as Error).name}`
          }
        },
        { base: gateway, token },
      )
    const allowed = await pageAt(allowedOrigin)
    expect(await send(allowed)).toBe('status 200')
    const other = await pageAt(otherOrigin)
    expect(await send(other)).toBe('blocked: TypeError')
  }, 60_000)

  it('answers preflights per route family, and gives other routes no CORS at all', async () => {
    const preflight = (path: string, origin: string, headers: string) =>
      fetch(`${gateway}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
      })
    const anonymous = await preflight('/graphql', otherOrigin, 'content-type')
    expect(anonymous.status).toBe(204)
    expect(anonymous.headers.get('access-control-allow-origin')).toBe('*')
    expect(anonymous.headers.get('access-control-allow-headers')).not.toContain('authorization')
    const credentialed = await preflight('/graphql', allowedOrigin, 'content-type, authorization')
    expect(credentialed.headers.get('access-control-allow-origin')).toBe(allowedOrigin)
    expect(credentialed.headers.get('access-control-allow-credentials')).toBe('true')
    expect(credentialed.headers.get('access-control-allow-headers')).toContain('authorization')
    // A write's Idempotency-Key: only from the pages that may sign in.
    expect(credentialed.headers.get('access-control-allow-headers')).toContain('idempotency-key')
    expect(anonymous.headers.get('access-control-allow-headers')).not.toContain('idempotency-key')
    expect(credentialed.headers.get('vary')).toMatch(/Origin/)
    expect((await preflight('/api/action/package_search', otherOrigin, 'content-type')).status).toBe(204)
    expect(
      (await preflight('/%67raphql', otherOrigin, 'content-type')).headers.get('access-control-allow-origin'),
    ).toBe('*')
    const health = await preflight('/healthz', otherOrigin, 'content-type')
    expect(health.headers.get('access-control-allow-origin')).toBeNull()
    expect(health.status).toBe(404)
  })
})
