import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import type { TokenVerifier } from '../auth/tokens.js'
import type { Viewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import type { Database } from '../db/database.js'
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
    events: deps.events,
    addressPolicy: deps.addressPolicy,
  }
}
