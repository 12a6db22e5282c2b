import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import type { TokenVerifier } from '../auth/tokens.js'
import type { Viewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import type { Database } from '../db/database.js'

/** What every subgraph's per-request context has; `loaders` is the subgraph's own set. */
export interface SubgraphContext<Loaders> {
  /** Which subgraph serves the request: the write path records it in every audit entry. */
  subgraph: SubgraphName
  db: Database
  viewer: Viewer
  loaders: Loaders
  requestId: string
  logger: FastifyBaseLogger
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
  }
}
