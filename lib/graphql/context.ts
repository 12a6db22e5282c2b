import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import type { TokenVerifier } from '../auth/tokens.js'
import type { Viewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import type { Database } from '../db/database.js'
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_REQUEST_HEADER,
  parseIdempotencyKey,
  parseRequestFingerprint,
  requestFingerprintOf,
  type IdempotencyRequest,
  type IdempotentField,
} from '../idempotency/idempotency-key.js'
import type { EventDerivers } from '../db/write-path.js'
import type { AddressPolicy } from '../http/address-policy.js'

/** What every subgraph's per-request context has; `loaders` is the subgraph's own set. */
export interface SubgraphContext<Loaders> {
  /** Which subgraph serves the request: the write path records it in every audit entry. */
  subgraph: SubgraphName
  db: Database
  viewer: Viewer
  loaders: Loaders
  requestId: string
  logger: FastifyBaseLogger
  /** The request's `Idempotency-Key` (GraphQL requests only), scoped per mutation field into `idempotentField`. */
  idempotency?: IdempotencyRequest | undefined
  idempotentField?: IdempotentField | undefined
  /** Epoch milliseconds by which a write of this GraphQL request must have committed (DATABASE_WRITE_TIMEOUT_MS). */
  writeDeadline?: number | undefined
  /** What the subgraph's writes are worth telling (the write path appends the events to the outbox). */
  events?: EventDerivers | undefined
  /** Which network addresses outbound calls configured by callers (webhook URLs) may reach; absent: public only. */
  addressPolicy?: AddressPolicy | undefined
}

export interface RequestInfo {
  authorization: string | undefined
  requestId: string
  logger: FastifyBaseLogger
  /** The HTTP request itself, for what its hooks attached (the gateway's response cache). */
  httpRequest: FastifyRequest
}

/**
 * Builds the context for one request. The token is verified here, again, even though the gateway
 * already did: no subgraph trusts a header it has not checked itself.
 */
export async function createSubgraphContext<Loaders>(
  request: RequestInfo,
  deps: {
    subgraph: SubgraphName
    db: Database
    verifyToken: TokenVerifier
    createLoaders: (db: Database, viewer: Viewer) => Loaders
    /** For GraphQL requests: the write budget and the idempotency key; REST routes (uploads) have neither. */
    graphql?: { writeTimeoutMs: number } | undefined
    events?: EventDerivers | undefined
    addressPolicy: AddressPolicy
  },
): Promise<SubgraphContext<Loaders>> {
  const viewer = await deps.verifyToken(request.authorization)
  return {
    subgraph: deps.subgraph,
    db: deps.db,
    viewer,
    loaders: deps.createLoaders(deps.db, viewer),
    requestId: request.requestId,
    logger: request.logger,
    ...(deps.graphql
      ? {
          idempotency: idempotencyRequestOf(request.httpRequest),
          writeDeadline: Date.now() + deps.graphql.writeTimeoutMs,
        }
      : {}),
    events: deps.events,
    addressPolicy: deps.addressPolicy,
  }
}

/**
 * The key of a request and its fingerprint: the gateway's (the client's whole operation, which the gateway may
 * split into several subgraph fetches), or, for a client calling the subgraph directly, this request's own.
 */
function idempotencyRequestOf(request: FastifyRequest): IdempotencyRequest | undefined {
  const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER])
  if (key === undefined) return undefined
  const forwarded = parseRequestFingerprint(request.headers[IDEMPOTENCY_REQUEST_HEADER])
  if (forwarded) return { key, requestFingerprint: forwarded }
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<
    string,
    unknown
  >
  const query = typeof body['query'] === 'string' ? body['query'] : ''
  return { key, requestFingerprint: requestFingerprintOf({ ...body, query }) }
}
