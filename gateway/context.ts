import type { TokenVerifier } from '../lib/auth/tokens.js'
import type { Viewer } from '../lib/auth/viewer.js'
import type { RequestInfo } from '../lib/graphql/context.js'
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from '../lib/idempotency/idempotency-key.js'
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
  /** The client's `Idempotency-Key` (checked here, 400 when malformed), forwarded to the subgraphs it writes to. */
  idempotencyKey?: string | undefined
}

/** Verifies the token before any planning: a bad token is a 401 here, never an anonymous request. */
export async function createGatewayContext(
  request: RequestInfo,
  verifyToken: TokenVerifier,
  responseCache?: CacheCandidate,
): Promise<GatewayContext> {
  const arrivedAt = nextSequence()
  const viewer = await verifyToken(request.authorization)
  const idempotencyKey = parseIdempotencyKey(request.httpRequest.headers[IDEMPOTENCY_KEY_HEADER])
  return {
    viewer,
    authorization: request.authorization,
    requestId: request.requestId,
    arrivedAt,
    responseCache,
    idempotencyKey,
  }
}
