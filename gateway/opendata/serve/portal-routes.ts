import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { mainCsvOf } from './catalog-model.js'
import { readCsvPreview } from './csv-preview.js'
import { baseUrlOf } from './links.js'
import { otherLanguageUrl, type Lang } from './portal-layout.js'
import { datasetPage, hasPreviewMap, noReleasePage, notFoundPage } from './portal-pages.js'
import { parsePortalQuery, PortalQueryError, searchPortal } from './portal-search.js'
import { badQueryPage, searchPage } from './portal-search-page.js'
import type { Release, ReleaseStore } from './release-store.js'
import { NO_STOPS, readReleaseStops, readRoutes, type BusNetwork } from './bus-network.js'
import { hasBusMap } from './bus-network-map.js'
import type { PortalDeps, SendHtml } from './portal-deps.js'
import { sendTownPage } from './town-route.js'
import { parseTownIndexQuery, townIndexPage } from './town-index.js'
import { hasTownFilesIn } from './dataset-town-files.js'
import { hasManyTownFiles } from './town-files.js'

/** The portal's HTML pages, in Japanese under `/opendata/` and in English under `/opendata/en/`. */

const PREVIEW_ROWS = 20

export function registerPortalRoutes(app: FastifyInstance, deps: PortalDeps): void {
  const { store, sendHtml } = deps
  app.get('/opendata', async (_request, reply) => reply.redirect('/opendata/', 301))
  app.get('/opendata/en', async (_request, reply) => reply.redirect('/opendata/en/', 301))
  for (const lang of ['ja', 'en'] as const) {
    const prefix = lang === 'ja' ? '/opendata' : '/opendata/en'
    app.get(`${prefix}/`, async (request, reply) => sendSearchPage(store, sendHtml, request, reply, lang))
    app.get(`${prefix}/towns/`, async (request, reply) => {
      const { status, page } = townIndexPage(
        lang,
        parseTownIndexQuery(request.query as Record<string, unknown>),
        otherLanguageUrl(lang, request.url),
      )
      return sendHtml(reply, status, page)
    })
    app.get<{ Params: { code: string } }>(`${prefix}/towns/:code`, async (request, reply) =>
      sendTownPage(deps, request, reply, lang),
    )
    app.get<{ Params: { id: string } }>(`${prefix}/datasets/:id`, async (request, reply) =>
      sendDatasetPage(deps, request, reply, lang),
    )
  }
}

const frameOf = (lang: Lang, request: FastifyRequest) => ({
  lang,
  otherLanguageHref: otherLanguageUrl(lang, request.url),
})

async function sendSearchPage(
  store: ReleaseStore,
  sendHtml: SendHtml,
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
) {
  const frame = frameOf(lang, request)
  const release = await store.current()
  if (!release) return sendHtml(reply, 200, noReleasePage(frame))
  let query
  try {
    query = parsePortalQuery(request.query as Record<string, unknown>)
  } catch (error) {
    if (!(error instanceof PortalQueryError)) throw error
    return sendHtml(reply, 400, badQueryPage(lang, error.message, frame.otherLanguageHref))
  }
  const results = searchPortal(release.manifest, query)
  return sendHtml(reply, 200, searchPage({ ...frame, manifest: release.manifest, query, results }))
}

async function sendDatasetPage(
  deps: PortalDeps,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  lang: Lang,
) {
  const { store, sendHtml, links, tiles } = deps
  const frame = frameOf(lang, request)
  const release = await store.current()
  const dataset = release?.manifest.datasets.find((candidate) => candidate.id === request.params.id)
  if (!release || !dataset)
    return sendHtml(reply, 404, notFoundPage(`データセット「${request.params.id}」はありません。`, frame))
  const { pref: prefecture } = parseTownIndexQuery(request.query as Record<string, unknown>)
  if (prefecture && hasManyTownFiles(dataset) && !hasTownFilesIn(dataset, prefecture))
    return sendHtml(
      reply,
      404,
      notFoundPage(`データセット「${dataset.id}」に都道府県「${prefecture}」の市区町村のファイルはありません。`, frame),
    )
  const main = mainCsvOf(dataset)
  const mainPath = main ? store.filePath(release, main.path) : null
  let preview = null
  if (main && mainPath) {
    try {
      preview = { file: main, csv: await readCsvPreview(mainPath, PREVIEW_ROWS) }
    } catch (error) {
      // The page is still useful without its preview; the file route will report the missing file itself.
      request.log.warn({ err: error, path: main.path }, 'open-data preview failed')
    }
  }
  // The embed snippet's URL is absolute where the Host is trusted (as in the catalogs).
  const base = baseUrlOf(request, links)
  if (base.dependsOnHost) reply.header('vary', 'Host')
  const network = await datasetBusNetwork(deps, release, dataset.id, lang, request)
  const page = datasetPage(release.manifest, dataset, preview, base.origin, frame, tiles, network, prefecture)
  return sendHtml(reply, 200, page, hasPreviewMap(preview?.csv ?? null) || hasBusMap(network))
}

/** Datasets of the bus network: their pages map every stop of the release and the routes. */
const BUS_DATASETS = new Set(['bus-stops', 'regional-gtfs'])

/** The dataset page is served from the release: without the routes (transit unreachable) it is still useful. */
async function datasetBusNetwork(
  deps: PortalDeps,
  release: Release,
  datasetId: string,
  lang: Lang,
  request: FastifyRequest,
): Promise<BusNetwork | null> {
  if (!BUS_DATASETS.has(datasetId)) return null
  const stops = await readReleaseStops(deps.store, release, lang, null).catch((error: unknown) => {
    request.log.warn({ err: error }, 'open-data bus stops failed')
    return NO_STOPS
  })
  const routes = await readRoutes(deps.live, null).catch((error: unknown) => {
    request.log.warn({ err: error }, 'open-data bus routes failed')
    return []
  })
  return { ...stops, routes }
}
