import type { TokenVerifier } from '../lib/auth/tokens.js'
import type { Viewer } from '../lib/auth/viewer.js'
import type { RequestInfo } from '../lib/graphql/context.js'
import type { CacheCandidate } from './response-cache/response-cache.js'
import { nextSequence } from './subgraph-fetch/in-flight-fetches.js'

export interface GatewayContext {
  viewer: Viewer
  /** The raw header, forwarded unchanged to the subgraphs (which verify it again). */
  authorization: string | undefined
  requestId: string
  /** When the request arrived, on the counter of `InFlightFetches`: which subgraph fetches it may share. */
  arrivedAt: number
  /** Set when the response cache missed: the answer is stored if it may be. */
  responseCache?: CacheCandidate | undefined
}

/** Verifies the token before any planning: a bad token is a 401 here, never an anonymous request. */
export async function createGatewayContext(
  request: RequestInfo,
  verifyToken: TokenVerifier,
  responseCache?: CacheCandidate,
): Promise<GatewayContext> {
  const arrivedAt = nextSequence()
  const viewer = await verifyToken(request.authorization)
  return { viewer, authorization: request.authorization, requestId: request.requestId, arrivedAt, responseCache }
}
