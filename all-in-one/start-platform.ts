import { publisherTokenFromConfig } from '../lib/auth/service-tokens.js'
import { createTokenVerifier, tokenSettingsFromConfig } from '../lib/auth/tokens.js'
import {
  feedImportLimitsOf,
  openDataOf,
  corsAllowedOriginsOf,
  embedOf,
  webhookAddressPolicyOf,
  queryLimitsOf,
  rateLimitOf,
  responseCacheOf,
  subgraphPort,
  SUBGRAPH_NAMES,
  type Config,
  type SubgraphName,
} from '../lib/config.js'
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/db/embedded-postgres.js'
import type { Logger } from '../lib/logger.js'
import { DEFAULT_GATEWAY_PORT } from '../gateway/subgraph-urls.js'
import { prepareDatabase } from './prepare-database.js'
import { startServices, type RunningServices, type ServicesOptions } from './start-services.js'
import { readSafelist } from '../lib/http/persisted-operations.js'
import { publishFirstReleaseInBackground } from '../gateway/opendata/publish/first-release.js'

export interface RunningPlatform extends RunningServices {
  databaseMode: 'embedded' | 'external'
}

/**
 * The all-in-one `npm start`: PostgreSQL (embedded under EMBEDDED_PG_DIR unless DATABASE_URL is
 * set), migrations, the seed on first start, the four subgraphs and the gateway.
 */
export async function startPlatform(config: Config, logger: Logger): Promise<RunningPlatform> {
  let embedded: EmbeddedServer | undefined
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      logger,
      ownProcessGroup: true,
    })
  }
  try {
    const adminUrl = config.DATABASE_URL ?? embedded?.adminUrl() ?? ''
    const databaseUrls = await prepareDatabase(adminUrl, { sampleData: config.SEED_SAMPLE_DATA, logger })
    const publisherToken = publisherTokenFromConfig(config)
    const services = await startServices(servicesOptionsOf(config, logger, databaseUrls, publisherToken))
    const stopping = new AbortController()
    const firstRelease = config.OPENDATA_PUBLISH_ON_START
      ? publishFirstReleaseInBackground({
          gatewayUrl: services.gatewayUrl,
          dir: config.OPENDATA_DIR,
          logger,
          token: publisherToken,
          stopping: stopping.signal,
        })
      : undefined
    return {
      ...services,
      databaseMode: embedded ? 'embedded' : 'external',
      stop: async () => {
        stopping.abort()
        await services.stop()
        // A publish still running has lost its gateway; it settles at once, before its database goes.
        await firstRelease
        await embedded?.stop()
      },
    }
  } catch (error) {
    await embedded?.stop()
    throw error
  }
}

/** What the services are started with, all read from the configuration. */
function servicesOptionsOf(
  config: Config,
  logger: Logger,
  databaseUrls: ServicesOptions['databaseUrls'],
  publisherToken: ServicesOptions['publisherToken'],
): ServicesOptions {
  const responseCache = responseCacheOf(config)
  return {
    databaseUrls,
    verifyToken: createTokenVerifier(tokenSettingsFromConfig(config)),
    logger,
    host: config.HOST,
    gatewayPort: config.PORT ?? DEFAULT_GATEWAY_PORT,
    subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphPort(config, name)])) as Record<
      SubgraphName,
      number
    >,
    poolMax: config.DATABASE_POOL_MAX,
    bodyLimit: config.REQUEST_BODY_LIMIT_BYTES,
    uploadLimitBytes: config.FEED_UPLOAD_LIMIT_BYTES,
    feedImportLimits: feedImportLimitsOf(config),
    regionalFeedCacheDir: config.REGIONAL_FEED_CACHE_DIR,
    introspection: config.GRAPHQL_INTROSPECTION,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    writeTimeoutMs: config.DATABASE_WRITE_TIMEOUT_MS,
    queryLimits: queryLimitsOf(config),
    rateLimit: rateLimitOf(config),
    ...(config.PERSISTED_OPERATIONS_ONLY ? { persistedOperations: readSafelist() } : {}),
    openData: openDataOf(config),
    publisherToken,
    ...(responseCache ? { responseCache } : {}),
    subgraphDedup: config.SUBGRAPH_DEDUP,
    corsAllowedOrigins: corsAllowedOriginsOf(config),
    embed: embedOf(config),
    addressPolicy: webhookAddressPolicyOf(config),
    events: {
      openDataDir: config.OPENDATA_DIR,
      webhooks: {
        addressPolicy: webhookAddressPolicyOf(config),
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      },
    },
  }
}
