import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { mainCsvOf } from './catalog-model.js'
import { registerCkanRoutes } from './ckan-routes.js'
import { readCsvPreview } from './csv-preview.js'
import { registerCatalogRoutes } from './catalog-routes.js'
import { sendReleaseFile } from './file-response.js'
import { datasetPage, noReleasePage, notFoundPage } from './portal-pages.js'
import { otherLanguageUrl, type Lang } from './portal-layout.js'
import { parsePortalQuery, PortalQueryError, searchPortal } from './portal-search.js'
import { searchPage } from './portal-search-page.js'
import { isParty, notATownPage, townPage } from './town-page.js'
import { ReleaseNotFoundError, ReleaseStore, type Release } from './release-store.js'

export interface OpenDataOptions {
  /** OPENDATA_DIR: holds `releases/<id>/` and the `current` symlink the publisher writes. */
  dir: string
  /** PUBLIC_BASE_URL: origin of absolute links in catalogs and CKAN answers. */
  baseUrl?: string
  /** PUBLIC_HOST_ALLOWLIST: without baseUrl, Host values answered with absolute links (others get relative ones). */
  allowedHosts?: readonly string[]
  /** Datasets per DCAT catalog page (default 100, as ckanext-dcat). */
  dcatPageSize?: number
}

const PREVIEW_ROWS = 20
/** The current release changes when the publisher runs; caches revalidate (cheaply, by ETag) after this. */
const CURRENT_CACHE = 'public, max-age=300'
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
const PAGE_CACHE = 'public, max-age=60'
/** The pages need no script at all: forbid it outright, so an escaping slip could not run anything. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * The serving side of the open data (DESIGN.md §5): portal pages, release files, the DCAT-AP 3 catalog
 * and the CKAN Action API, all read from the release `current` points to at the time of the request.
 */
export async function registerOpenData(app: FastifyInstance, options: OpenDataOptions): Promise<void> {
  const store = new ReleaseStore(options.dir)
  // The same default as PUBLIC_HOST_ALLOWLIST's: loopback names only.
  const links = { baseUrl: options.baseUrl, allowedHosts: options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]'] }

  const sendHtml = (reply: FastifyReply, status: number, body: string) =>
    reply
      .code(status)
      .header('cache-control', PAGE_CACHE)
      .header('content-security-policy', PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(body)

  app.get('/opendata', async (_request, reply) => reply.redirect('/opendata/', 301))
  app.get('/opendata/en', async (_request, reply) => reply.redirect('/opendata/en/', 301))
  for (const lang of ['ja', 'en'] as const) {
    const prefix = lang === 'ja' ? '/opendata' : '/opendata/en'
    const frameOf = (request: FastifyRequest) => ({ lang, otherLanguageHref: otherLanguageUrl(lang, request.url) })

    app.get(`${prefix}/`, async (request, reply) => {
      const release = await store.current()
      if (!release) return sendHtml(reply, 200, noReleasePage(frameOf(request)))
      let query
      try {
        query = parsePortalQuery(request.query as Record<string, unknown>)
      } catch (error) {
        if (!(error instanceof PortalQueryError)) throw error
        return sendHtml(reply, 400, notFoundPage(error.message, frameOf(request)))
      }
      const results = searchPortal(release.manifest, query)
      const page = searchPage({ ...frameOf(request), manifest: release.manifest, query, results })
      return sendHtml(reply, 200, page)
    })

    app.get<{ Params: { code: string } }>(`${prefix}/towns/:code`, async (request, reply) => {
      const { code } = request.params
      const other = otherLanguageUrl(lang, request.url)
      if (!isParty(code)) return sendHtml(reply, 404, notATownPage(lang, code, other))
      const release = await store.current()
      return sendHtml(
        reply,
        200,
        townPage({ lang, code, manifest: release?.manifest ?? null, otherLanguageHref: other }),
      )
    })

    app.get<{ Params: { id: string } }>(`${prefix}/datasets/:id`, async (request, reply) =>
      sendDatasetPage(request, reply, lang),
    )
  }

  const sendDatasetPage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    lang: Lang,
  ) => {
    const frame = { lang, otherLanguageHref: otherLanguageUrl(lang, request.url) }
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
    return sendHtml(reply, 200, datasetPage(release.manifest, dataset, preview, frame))
  }

  registerCatalogRoutes(app, store, links, options.dcatPageSize)

  const serveFile = async (
    request: FastifyRequest,
    reply: FastifyReply,
    release: Release | null,
    path: string,
    cacheControl: string,
  ) => {
    const fullPath = release ? store.filePath(release, path) : null
    const file = release?.files.get(path)
    if (!release || !fullPath || !file) return reply.code(404).type('text/plain; charset=utf-8').send('Not Found')
    return sendReleaseFile(request, reply, {
      file,
      fullPath,
      lastModified: new Date(release.manifest.publishedAt),
      cacheControl,
    })
  }

  app.route<{ Params: { '*': string } }>({
    method: ['GET', 'HEAD'],
    url: '/opendata/files/*',
    exposeHeadRoute: false,
    handler: async (request, reply) =>
      serveFile(request, reply, await store.current(), request.params['*'], CURRENT_CACHE),
  })
  app.route<{ Params: { releaseId: string; '*': string } }>({
    method: ['GET', 'HEAD'],
    url: '/opendata/releases/:releaseId/files/*',
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      let release: Release | null
      try {
        release = await store.release(request.params.releaseId)
      } catch (error) {
        if (!(error instanceof ReleaseNotFoundError)) throw error
        release = null
      }
      return serveFile(request, reply, release, request.params['*'], IMMUTABLE_CACHE)
    },
  })

  await registerCkanRoutes(app, store, links)
}
