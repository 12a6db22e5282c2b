import { requireServedTown } from '../auth/served-towns.js'
import { createTokenVerifier, tokenSettingsFromConfig } from '../auth/tokens.js'
import { feedImportLimitsOf, loadConfig, queryLimitsOf, type SubgraphName } from '../config.js'
import { createDatabase } from '../db/database.js'
import { serviceRoleOf } from '../db/service-roles.js'
import type { SubgraphDeps } from '../graphql/subgraph-app.js'
import type { GraphQLApp } from '../http/graphql-app.js'
import { createLogger } from '../logger.js'
import { findServedTowns } from '../served-municipalities.js'
import { runMain, stopOnSignals } from './shutdown.js'

/**
 * A subgraph as its own process (deployment): DATABASE_URL is the subgraph's login role on an
 * existing, migrated database; PORT defaults to the port in the composed supergraph.
 */
export function runSubgraphMain(
  name: SubgraphName,
  defaultPort: number,
  createSubgraph: (deps: SubgraphDeps) => Promise<GraphQLApp>,
): void {
  runMain(async () => {
    const config = loadConfig()
    if (!config.DATABASE_URL) {
      throw new Error(`DATABASE_URL must point at the migrated database as the ${serviceRoleOf(name)} role`)
    }
    const logger = createLogger(config.LOG_LEVEL, `subgraph-${name}`)
    const db = createDatabase({
      url: config.DATABASE_URL,
      poolMax: config.DATABASE_POOL_MAX,
      applicationName: `minamisorachi-${name}`,
      onIdleError: (error) => {
        logger.warn({ err: error }, 'idle database connection lost')
      },
    })
    const app = await createSubgraph({
      db,
      logger,
      verifyToken: requireServedTown(createTokenVerifier(tokenSettingsFromConfig(config)), () => findServedTowns(db)),
      bodyLimit: config.REQUEST_BODY_LIMIT_BYTES,
      uploadLimitBytes: config.FEED_UPLOAD_LIMIT_BYTES,
      feedImportLimits: feedImportLimitsOf(config),
      regionalFeedCacheDir: config.REGIONAL_FEED_CACHE_DIR,
      introspection: config.GRAPHQL_INTROSPECTION,
      queryLimits: queryLimitsOf(config),
      writeTimeoutMs: config.DATABASE_WRITE_TIMEOUT_MS,
    })
    const url = await app.listen(config.HOST, config.PORT ?? defaultPort)
    stopOnSignals(logger, async () => {
      await app.close()
      await db.destroy()
    })
    logger.info({ url }, `${name} subgraph ready`)
  })
}
