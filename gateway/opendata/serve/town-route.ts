import type { FastifyReply, FastifyRequest } from 'fastify'
import { RETRY_AFTER_SECONDS, SubgraphUnavailableError } from '../../embed/subgraph-query.js'
import { NO_STOPS, readReleaseStops, readRoutes, type BusNetwork } from './bus-network.js'
import { hasBusMap } from './bus-network-map.js'
import { otherLanguageUrl, type Lang } from './portal-layout.js'
import type { PortalDeps } from './portal-deps.js'
import type { Release, ReleaseStore } from './release-store.js'
import { notATownPage, townPage, townUnavailablePage } from './town-page.js'
import { isServedTown } from './towns.js'
import { readLiveTownShelters } from './town-shelters-live.js'
import { readTownShelters, type TownShelter } from './town-shelters.js'

/**
 * `/opendata/towns/{code}`: with the subgraphs at hand (the gateway), the shelters are read live and the page is
 * revalidated on every visit, so without JavaScript it is a current snapshot; a subgraph that does not answer
 * gets a readable 503 with Retry-After. Served on its own (files only), the page shows the release.
 */

/** A live page: the browser revalidates it every time (the refresh script re-reads it at each report). */
const LIVE_CACHE = 'no-cache'

/** The page is still useful without its map: a missing or broken file is logged, and the map left out. */
async function releaseShelters(store: ReleaseStore, release: Release | null, code: string, request: FastifyRequest) {
  try {
    return release ? await readTownShelters(store, release, code) : []
  } catch (error) {
    request.log.warn({ err: error, town: code }, 'open-data town shelters failed')
    return []
  }
}

async function releaseStops(
  deps: PortalDeps,
  release: Release | null,
  lang: Lang,
  code: string,
  request: FastifyRequest,
) {
  try {
    return release ? await readReleaseStops(deps.store, release, lang, code) : NO_STOPS
  } catch (error) {
    request.log.warn({ err: error, town: code }, 'open-data town bus stops failed')
    return NO_STOPS
  }
}

interface TownData {
  shelters: TownShelter[]
  network: BusNetwork
}

async function readTownData(
  deps: PortalDeps,
  release: Release | null,
  lang: Lang,
  code: string,
  request: FastifyRequest,
): Promise<TownData> {
  const stops = await releaseStops(deps, release, lang, code, request)
  if (!deps.live)
    return { shelters: await releaseShelters(deps.store, release, code, request), network: { ...stops, routes: [] } }
  const [shelters, routes] = await Promise.all([
    readLiveTownShelters(deps.live.disasterUrl, code),
    readRoutes(deps.live, code),
  ])
  return { shelters, network: { ...stops, routes } }
}

export async function sendTownPage(
  deps: PortalDeps,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
  lang: Lang,
) {
  const { code } = request.params
  const other = otherLanguageUrl(lang, request.url)
  // Every served town has a page (the agreement's parties and the towns of the other 圏域 served).
  if (!isServedTown(code)) return deps.sendHtml(reply, 404, notATownPage(lang, code, other))
  const release = await deps.store.current()
  // Before the live read: an event after this one may be missing from the data, so the page's stream replays it.
  const eventsAfter = deps.live?.eventPosition?.()
  let data: TownData
  try {
    data = await readTownData(deps, release, lang, code, request)
  } catch (error) {
    if (!(error instanceof SubgraphUnavailableError)) throw error
    request.log.warn({ err: error, town: code }, 'town page: subgraph unavailable')
    reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    return deps.sendHtml(reply, 503, townUnavailablePage(lang, code, other), false, 'no-store')
  }
  const page = townPage({
    lang,
    code,
    manifest: release?.manifest ?? null,
    otherLanguageHref: other,
    shelters: data.shelters,
    shelterSource: deps.live ? 'live' : 'release',
    eventsAfter,
    network: data.network,
    tiles: deps.tiles,
  })
  const withMap = data.shelters.some((shelter) => shelter.location !== null) || hasBusMap(data.network)
  return deps.sendHtml(reply, 200, page, withMap, deps.live ? LIVE_CACHE : undefined)
}
