/**
 * The gateway on its own: subgraph URLs from AGREEMENT_URL etc. (defaults: the composed supergraph's);
 * DATABASE_URL (the gateway_svc role) for the data versions: the response cache is off without it, and a request
 * then shares only subgraph fetches that started after it arrived.
 */
import { requireServedTown } from '../lib/auth/served-towns.js'
import { createTokenVerifier, tokenSettingsFromConfig } from '../lib/auth/tokens.js'
import { createDatabase } from '../lib/db/database.js'
import { findServedTowns } from '../lib/served-municipalities.js'
import { publisherTokenFromConfig } from '../lib/auth/service-tokens.js'
import {
  corsAllowedOriginsOf,
  embedOf,
  loadConfig,
  openDataOf,
  queryLimitsOf,
  rateLimitOf,
  responseCacheOf,
} from '../lib/config.js'
import { createLogger } from '../lib/logger.js'
import { runMain, stopOnSignals } from '../lib/process/shutdown.js'
import { readSupergraph } from './supergraph.js'
import { createGatewayApp } from './server.js'
import { DEFAULT_GATEWAY_PORT, subgraphUrlsFromConfig } from './subgraph-urls.js'
import { readSafelist } from '../lib/http/persisted-operations.js'

runMain(async () => {
  const config = loadConfig()
  const logger = createLogger(config.LOG_LEVEL, 'gateway')
  const cache = responseCacheOf(config)
  if (cache && !config.DATABASE_URL)
    logger.warn('response cache off: it needs DATABASE_URL (the gateway_svc role) to read data versions')
  // With a database the gateway refuses tokens of towns the platform does not serve at the edge; without one the
  // subgraphs (which verify every token again) still do.
  const townsDb = config.DATABASE_URL ? createDatabase({ url: config.DATABASE_URL, poolMax: 1 }) : null
  const tokens = createTokenVerifier(tokenSettingsFromConfig(config))
  const app = await createGatewayApp({
    supergraphSdl: readSupergraph(),
    subgraphUrls: subgraphUrlsFromConfig(config),
    verifyToken: townsDb ? requireServedTown(tokens, () => findServedTowns(townsDb)) : tokens,
    logger,
    bodyLimit: config.REQUEST_BODY_LIMIT_BYTES,
    introspection: config.GRAPHQL_INTROSPECTION,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    queryLimits: queryLimitsOf(config),
    rateLimit: rateLimitOf(config),
    ...(config.PERSISTED_OPERATIONS_ONLY ? { persistedOperations: readSafelist() } : {}),
    openData: openDataOf(config),
    publisherToken: publisherTokenFromConfig(config),
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL, ...(cache ? { responseCache: cache } : {}) } : {}),
    subgraphDedup: config.SUBGRAPH_DEDUP,
    corsAllowedOrigins: corsAllowedOriginsOf(config),
    embed: embedOf(config),
  })
  const url = await app.listen(config.HOST, config.PORT ?? DEFAULT_GATEWAY_PORT)
  stopOnSignals(logger, async () => {
    await app.close()
    await townsDb?.destroy()
  })
  logger.info({ url }, 'gateway ready')
})
