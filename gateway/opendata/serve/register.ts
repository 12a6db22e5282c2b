import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { registerLeafletAssets } from '../../maps/leaflet-assets.js'
import { DEFAULT_MAP_TILES, mapImageSources, type MapTiles } from '../../maps/map-tiles.js'
import { registerCkanRoutes } from './ckan-routes.js'
import { registerCatalogRoutes } from './catalog-routes.js'
import { sendReleaseFile } from './file-response.js'
import type { LiveSources } from './portal-deps.js'
import { registerPortalRoutes } from './portal-routes.js'
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
  /** MAP_TILE_URL and MAP_TILE_ATTRIBUTION: the maps of dataset and town pages. */
  tiles?: MapTiles
  /**
   * The subgraphs the town pages read live (shelter status, bus routes) and the bus dataset pages read the
   * routes from, anonymously; the gateway sets it. Without it the portal shows the release alone.
   */
  live?: LiveSources
}

/** The current release changes when the publisher runs; caches revalidate (cheaply, by ETag) after this. */
const CURRENT_CACHE = 'public, max-age=300'
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
const PAGE_CACHE = 'public, max-age=60'
/** The pages need no script at all: forbid it outright, so an escaping slip could not run anything. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * A page with a map: our own scripts (Leaflet, /assets/maps/map.js) and stylesheet only, never inline script;
 * images from our origin and the tile host only; connections to our origin (a live list's /events and refresh).
 */
function mapPageCsp(tiles: MapTiles): string {
  return (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
    `${mapImageSources(tiles)}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`
  )
}

/**
 * The serving side of the open data (DESIGN.md §5): portal pages, release files, the DCAT-AP 3 catalog
 * and the CKAN Action API, all read from the release `current` points to at the time of the request.
 */
export async function registerOpenData(app: FastifyInstance, options: OpenDataOptions): Promise<void> {
  const store = new ReleaseStore(options.dir)
  // The same default as PUBLIC_HOST_ALLOWLIST's: loopback names only.
  const links = { baseUrl: options.baseUrl, allowedHosts: options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]'] }

  const tiles = options.tiles ?? DEFAULT_MAP_TILES
  const mapCsp = mapPageCsp(tiles)
  const sendHtml = (reply: FastifyReply, status: number, body: string, withMap = false, cacheControl = PAGE_CACHE) =>
    reply
      .code(status)
      .header('cache-control', cacheControl)
      .header('content-security-policy', withMap ? mapCsp : PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(body)

  await registerLeafletAssets(app)
  registerPortalRoutes(app, { store, sendHtml, links, tiles, ...(options.live ? { live: options.live } : {}) })

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
