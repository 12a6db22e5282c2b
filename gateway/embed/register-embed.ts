import type { FastifyInstance, FastifyReply } from 'fastify'
import { systemClock, type Clock } from '../../lib/business-date.js'
import type { EventPosition } from '../events/event-position.js'
import { registerLeafletAssets } from '../maps/leaflet-assets.js'
import { DEFAULT_MAP_TILES, mapImageSources, type MapTiles } from '../maps/map-tiles.js'
import { departuresWidget, readDepartures } from './departures-widget.js'
import { badParameterPage, notFoundParameterPage, unavailablePage } from './embed-page.js'
import { EmbedNotFoundError, EmbedParamError, parseDeparturesParams, parseSheltersParams } from './embed-params.js'
import { DEPARTURES_SCRIPT } from './embed-scripts.js'
import { readShelters } from './shelters-data.js'
import { sheltersWidget } from './shelters-widget.js'
import { RETRY_AFTER_SECONDS, SubgraphUnavailableError } from './subgraph-query.js'

/** The embeddable widgets (`/embed/*`), the Leaflet assets, and who may frame what. */
export interface EmbedOptions {
  /** EMBED_ALLOWED_ORIGINS: pages that may frame `/embed/*`; empty: every origin may. */
  allowedOrigins?: readonly string[]
  /** MAP_TILE_URL and MAP_TILE_ATTRIBUTION. */
  tiles?: MapTiles
  /** Only tests set it: "now" for the departures board. */
  clock?: Clock
  /** Where the shelters widget's `/events` stream resumes (absent: the gateway has no event stream). */
  eventPosition?: EventPosition
}

const EMBED_PREFIX = '/embed/'

function widgetCsp(options: EmbedOptions, tiles: MapTiles): string {
  const ancestors = options.allowedOrigins?.length ? options.allowedOrigins.join(' ') : '*'
  return (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
    `${mapImageSources(tiles)}; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`
  )
}

/**
 * Framing is refused everywhere except `/embed/*`: a response without a `frame-ancestors` gets `'none'` added,
 * decided on the route the router matched (an unmatched URL is not an embed either).
 */
function refuseFramingOutsideEmbeds(app: FastifyInstance): void {
  // Callback style: no promise per response.
  app.addHook('onSend', (request, reply, payload, done) => {
    const csp = reply.getHeader('content-security-policy')
    if (
      !request.routeOptions.url?.startsWith(EMBED_PREFIX) &&
      !(typeof csp === 'string' && csp.includes('frame-ancestors'))
    )
      reply.header(
        'content-security-policy',
        typeof csp === 'string' ? `${csp}; frame-ancestors 'none'` : "frame-ancestors 'none'",
      )
    done(null, payload)
  })
}

export async function registerEmbeds(
  app: FastifyInstance,
  urls: { disaster: string; transit: string },
  options: EmbedOptions = {},
): Promise<void> {
  const tiles = options.tiles ?? DEFAULT_MAP_TILES
  const csp = widgetCsp(options, tiles)
  refuseFramingOutsideEmbeds(app)
  await registerLeafletAssets(app)
  const page = (reply: FastifyReply, status: number, body: string) =>
    reply
      .code(status)
      .header('content-security-policy', csp)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(body)
  const render = async (reply: FastifyReply, build: () => Promise<string>) => {
    try {
      return await page(reply, 200, await build())
    } catch (error) {
      if (error instanceof SubgraphUnavailableError) {
        reply.log.warn({ err: error }, 'embed: subgraph unavailable')
        return page(reply.header('retry-after', String(RETRY_AFTER_SECONDS)), 503, unavailablePage(RETRY_AFTER_SECONDS))
      }
      if (error instanceof EmbedNotFoundError)
        return page(reply, 404, notFoundParameterPage(error.parameter, error.message))
      if (!(error instanceof EmbedParamError)) throw error
      return page(reply, 400, badParameterPage(error.parameter, error.message))
    }
  }
  app.get('/embed/shelters', (request, reply) =>
    render(reply, async () => {
      const params = parseSheltersParams(request.query)
      // Before the read: an event after this one may be missing from the data, so the stream replays it.
      const eventsAfter = options.eventPosition?.()
      const shelters = await readShelters(urls.disaster, params.town, params.hazard)
      return sheltersWidget(params, shelters, tiles, eventsAfter)
    }),
  )
  app.get('/embed/departures', (request, reply) =>
    render(reply, async () => {
      const params = parseDeparturesParams(request.query)
      return departuresWidget(params, await readDepartures(urls.transit, params, options.clock ?? systemClock))
    }),
  )
  const script = (body: string) => (_request: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(body)
  app.get('/embed/departures.js', script(DEPARTURES_SCRIPT))
}
