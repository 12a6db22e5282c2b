import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { MapTiles } from '../../maps/map-tiles.js'
import { mainCsvOf } from './catalog-model.js'
import { readCsvPreview } from './csv-preview.js'
import { baseUrlOf, type LinkPolicy } from './links.js'
import { otherLanguageUrl, type Lang } from './portal-layout.js'
import { datasetPage, hasPreviewMap, noReleasePage, notFoundPage } from './portal-pages.js'
import { parsePortalQuery, PortalQueryError, searchPortal } from './portal-search.js'
import { badQueryPage, searchPage } from './portal-search-page.js'
import type { Release, ReleaseStore } from './release-store.js'
import { isParty, notATownPage, townPage } from './town-page.js'
import { readTownShelters } from './town-shelters.js'

/** The portal's HTML pages, in Japanese under `/opendata/` and in English under `/opendata/en/`. */

const PREVIEW_ROWS = 20

/** `withMap`: the page draws a map, so its CSP allows our scripts and the tile host's images. */
type SendHtml = (reply: FastifyReply, status: number, body: string, withMap?: boolean) => FastifyReply

interface PortalDeps {
  store: ReleaseStore
  sendHtml: SendHtml
  links: LinkPolicy
  tiles: MapTiles
}

export function registerPortalRoutes(app: FastifyInstance, deps: PortalDeps): void {
  const { store, sendHtml } = deps
  app.get('/opendata', async (_request, reply) => reply.redirect('/opendata/', 301))
  app.get('/opendata/en', async (_request, reply) => reply.redirect('/opendata/en/', 301))
  for (const lang of ['ja', 'en'] as const) {
    const prefix = lang === 'ja' ? '/opendata' : '/opendata/en'
    app.get(`${prefix}/`, async (request, reply) => sendSearchPage(store, sendHtml, request, reply, lang))
    app.get<{ Params: { code: string } }>(`${prefix}/towns/:code`, async (request, reply) => {
      const { code } = request.params
      const other = otherLanguageUrl(lang, request.url)
      if (!isParty(code)) return sendHtml(reply, 404, notATownPage(lang, code, other))
      const release = await store.current()
      const shelters = release ? await townShelters(store, release, code, request) : []
      const page = townPage({
        lang,
        code,
        manifest: release?.manifest ?? null,
        otherLanguageHref: other,
        shelters,
        tiles: deps.tiles,
      })
      return sendHtml(
        reply,
        200,
        page,
        shelters.some((shelter) => shelter.location !== null),
      )
    })
    app.get<{ Params: { id: string } }>(`${prefix}/datasets/:id`, async (request, reply) =>
      sendDatasetPage(deps, request, reply, lang),
    )
  }
}

/** The page is still useful without its map: a missing or broken file is logged, and the map left out. */
async function townShelters(store: ReleaseStore, release: Release, code: string, request: FastifyRequest) {
  try {
    return await readTownShelters(store, release, code)
  } catch (error) {
    request.log.warn({ err: error, town: code }, 'open-data town shelters failed')
    return []
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
  { store, sendHtml, links, tiles }: PortalDeps,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  lang: Lang,
) {
  const frame = frameOf(lang, request)
  const release = await store.current()
  const dataset = release?.manifest.datasets.find((candidate) => candidate.id === request.params.id)
  if (!release || !dataset)
    return sendHtml(reply, 404, notFoundPage(`データセット「${request.params.id}」はありません。`, frame))
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
  const page = datasetPage(release.manifest, dataset, preview, base.origin, frame, tiles)
  return sendHtml(reply, 200, page, hasPreviewMap(preview?.csv ?? null))
}
