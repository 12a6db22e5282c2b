/**
 * `npm run screenshots`: PNGs of every page type at 1280 px and 360 px under docs/screenshots/, for the README.
 *
 * Starts the whole platform on a throw-away embedded PostgreSQL (migrated, with the sample seed), photographs the
 * portal before any release, publishes one, then photographs the rest. Only the first screen of each page is
 * kept, so the PNGs stay small. Map tiles are cut off (as offline): the maps show markers on a blank ground.
 *
 * The bundled Chromium has no Japanese font (Japanese text comes out as boxes). `--fonts DIR` takes an unpacked
 * npm package @fontsource/noto-sans-jp (`npm pack @fontsource/noto-sans-jp` and untar; ~80 MB, so it is not a
 * dependency) and lays Noto Sans JP over every page, for the screenshots only (the pages' CSP is bypassed for it).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { sql } from 'kysely'
import { prepareDatabase } from '../all-in-one/prepare-database.js'
import { startServices, type RunningServices } from '../all-in-one/start-services.js'
import { publishRelease } from '../gateway/opendata/publish/publish-release.js'
import { publisherTokenSource } from '../lib/auth/service-tokens.js'
import { createTokenVerifier, type TokenSettings } from '../lib/auth/tokens.js'
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { launchChromium } from '../test/support/browser.js'

const OUT = 'docs/screenshots'
const WIDTHS = { desktop: { width: 1280, height: 720 }, phone: { width: 360, height: 740 } } as const
// Only for this throw-away platform: nobody else can reach it, and it is gone when the script ends.
const TOKENS: TokenSettings = {
  secret: 'screenshots-only-secret-that-is-long-enough-0123456789',
  issuer: 'minamisorachi-federation',
  audience: 'minamisorachi-api',
}

/** Page name → path on the gateway. The portal's pages need a release; `portal-no-release` is taken first. */
function pageTypes(operatorId: string, stopId: string): Record<string, string> {
  return {
    'portal-search': '/opendata/',
    'portal-results': `/opendata/?q=${encodeURIComponent('避難')}`,
    'portal-facets': '/opendata/?town=014303&format=CSV',
    'portal-dataset': '/opendata/datasets/evacuation-space',
    'portal-dataset-en': '/opendata/en/datasets/evacuation-space',
    'portal-bus': '/opendata/datasets/bus-stops#bus-map',
    'portal-town-routes': '/opendata/towns/014231#bus-map',
    'portal-town': '/opendata/towns/014303',
    'portal-en': '/opendata/en/',
    'portal-404': '/opendata/datasets/no-such-dataset',
    situation: '/situation',
    staff: '/staff',
    'embed-shelters': '/embed/shelters?town=014290',
    'embed-departures': `/embed/departures?${new URLSearchParams({ operator: operatorId, stop: stopId }).toString()}`,
  }
}

/** The @font-face rules of weights 400 and 700, pointed at `/__fonts/` (served by `serveFonts`), or none. */
async function fontCss(dir: string | undefined): Promise<string | undefined> {
  if (!dir) return undefined
  const faces = await Promise.all(['400.css', '700.css'].map((file) => readFile(join(dir, file), 'utf8')))
  const rules = faces.join('\n').replaceAll('url(./files/', 'url(/__fonts/')
  return `${rules}\nbody, body * { font-family: 'Noto Sans JP', sans-serif !important; }`
}

async function serveFonts(page: Page, dir: string) {
  await page.route('**/__fonts/*', async (route) =>
    route.fulfill({ body: await readFile(join(dir, 'files', basename(new URL(route.request().url()).pathname))) }),
  )
}

// One page for everything: with --single-process (the bundled Chromium) closing the last page ends the browser.
async function shoot(page: Page, css: string | undefined, gatewayUrl: string, name: string, path: string) {
  for (const [size, viewport] of Object.entries(WIDTHS)) {
    await page.setViewportSize(viewport)
    await page.goto(new URL(path, gatewayUrl).href, { waitUntil: 'load' })
    if (css) await page.addStyleTag({ content: css })
    await page.waitForTimeout(500) // the widgets draw their markers and lists after load
    await page.evaluate('document.fonts.ready.then(() => undefined)')
    await page.screenshot({ path: join(OUT, `${name}-${size}.png`) })
    console.log(`${OUT}/${name}-${size}.png`)
  }
}

async function startPlatform(dir: string) {
  const logger = createLogger('error', 'screenshots')
  const postgres = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: 0, logger, persistent: false })
  const databaseUrls = await prepareDatabase(postgres.adminUrl(), { sampleData: true, logger })
  const publisherToken = publisherTokenSource(TOKENS)
  const openDataDir = join(dir, 'opendata')
  const services: RunningServices = await startServices({
    databaseUrls,
    verifyToken: createTokenVerifier(TOKENS),
    logger,
    host: '127.0.0.1',
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>,
    poolMax: 4,
    publisherToken,
    openData: { dir: openDataDir },
    events: { openDataDir, webhooks: false, pollMs: 1000 },
  })
  const admin = createDatabase({ url: postgres.adminUrl(), poolMax: 1 })
  // The departures board of a stop the operator's active feed has (the first by stop_id).
  const stop = await sql<{ operatorId: string; stopId: string }>`select v.operator_id as "operatorId",
    s.stop_id as "stopId" from transit.gtfs_stop s join transit.feed_version v on v.id = s.feed_version_id
    where v.status = 'ACTIVE' order by v.operator_id, s.stop_id limit 1`.execute(admin)
  await admin.destroy()
  const publish = () =>
    publishRelease({ gatewayUrl: services.gatewayUrl, dir: openDataDir, logger, token: publisherToken })
  const stopPlatform = async () => {
    await services.stop()
    await postgres.stop()
  }
  return {
    services,
    operatorId: stop.rows[0]?.operatorId ?? '',
    stopId: stop.rows[0]?.stopId ?? '',
    publish,
    stop: stopPlatform,
  }
}

runMain(async () => {
  const { values } = parseArgs({ options: { fonts: { type: 'string' } } })
  const css = await fontCss(values.fonts)
  const dir = await mkdtemp(join(tmpdir(), 'screenshots-'))
  await mkdir(OUT, { recursive: true })
  const platform = await startPlatform(dir)
  const browser = await launchChromium()
  try {
    const url = platform.services.gatewayUrl
    const page = await browser.newPage({ locale: 'ja-JP', bypassCSP: css !== undefined })
    if (values.fonts) await serveFonts(page, values.fonts)
    await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort('internetdisconnected'))
    await shoot(page, css, url, 'portal-no-release', '/opendata/')
    await platform.publish()
    for (const [name, path] of Object.entries(pageTypes(platform.operatorId, platform.stopId)))
      await shoot(page, css, url, name, path)
  } finally {
    await browser.close()
    await platform.stop()
    await rm(dir, { recursive: true, force: true })
  }
})
