import type { FastifyReply } from 'fastify'
import type { EventPosition } from '../../events/event-position.js'
import type { MapTiles } from '../../maps/map-tiles.js'
import type { LinkPolicy } from './links.js'
import type { ReleaseStore } from './release-store.js'

/** What the portal's page routes are given (gateway/opendata/serve/register.ts builds it). */

/** The subgraphs the live parts of the portal read anonymously. */
export interface LiveSources {
  disasterUrl: string
  transitUrl: string
  /** Where a live page's `/events` stream resumes (absent: the gateway has no event stream). */
  eventPosition?: EventPosition
}

/**
 * `withMap`: the page draws a map, so its CSP allows our scripts and the tile host's images; `cacheControl`
 * replaces the pages' one-minute cache (a live page is revalidated every time).
 */
export type SendHtml = (
  reply: FastifyReply,
  status: number,
  body: string,
  withMap?: boolean,
  cacheControl?: string,
) => FastifyReply

export interface PortalDeps {
  store: ReleaseStore
  sendHtml: SendHtml
  links: LinkPolicy
  tiles: MapTiles
  /** The subgraphs the live parts read anonymously (absent when the portal is served on its own, from files). */
  live?: LiveSources
}
