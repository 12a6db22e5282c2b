import type { ServiceTokenSource } from '../lib/auth/service-tokens.js'
import type { TokenVerifier } from '../lib/auth/tokens.js'
import { requireServedTown } from '../lib/auth/served-towns.js'
import { findServedTowns } from '../lib/served-municipalities.js'
import { SUBGRAPH_NAMES, type ResponseCacheSettings, type ServiceName, type SubgraphName } from '../lib/config.js'
import { createDatabase, type Database } from '../lib/db/database.js'
import type { FeedImportLimits } from '../lib/feed-import-limits.js'
import type { SubgraphDeps } from '../lib/graphql/subgraph-app.js'
import type { GraphQLApp } from '../lib/http/graphql-app.js'
import type { QueryLimits } from '../lib/graphql/query-limits.js'
import type { Logger } from '../lib/logger.js'
import type { EventsOptions } from '../gateway/events/register-events.js'
import type { AddressPolicy } from '../lib/http/address-policy.js'
import type { OpenDataOptions } from '../gateway/opendata/serve/register.js'
import type { EmbedOptions } from '../gateway/embed/register-embed.js'
import { createGatewayApp } from '../gateway/server.js'
import { readSupergraph } from '../gateway/supergraph.js'
import { createAgreementSubgraph } from '../subgraphs/agreement/server.js'
import { createDisasterSubgraph } from '../subgraphs/disaster/server.js'
import { createIctSubgraph } from '../subgraphs/ict/server.js'
import { createTransitSubgraph } from '../subgraphs/transit/server.js'

export const SUBGRAPH_FACTORIES: Record<SubgraphName, (deps: SubgraphDeps) => Promise<GraphQLApp>> = {
  agreement: createAgreementSubgraph,
  disaster: createDisasterSubgraph,
  transit: createTransitSubgraph,
  ict: createIctSubgraph,
}

export interface ServicesOptions {
  /**
   * Each service's connection string (its own login role): the subgraphs', and the gateway's for its response cache.
   */
  databaseUrls: Record<ServiceName, string>
  verifyToken: TokenVerifier
  logger: Logger
  host: string
  gatewayPort: number
  subgraphPorts: Record<SubgraphName, number>
  poolMax?: number
  bodyLimit?: number
  uploadLimitBytes?: number
  feedImportLimits?: FeedImportLimits
  /** REGIONAL_FEED_CACHE_DIR; absent = a temporary directory per transit subgraph (tests). */
  regionalFeedCacheDir?: string
  introspection?: boolean
  subgraphTimeoutMs?: number
  /** DATABASE_WRITE_TIMEOUT_MS of the subgraphs (must stay under subgraphTimeoutMs; lib/config.ts checks it). */
  writeTimeoutMs?: number
  queryLimits?: QueryLimits
  rateLimit?: { max: number; windowMs: number; serviceMax?: number | undefined }
  persistedOperations?: Map<string, string>
  /** Open-data releases the gateway serves (OPENDATA_DIR, PUBLIC_BASE_URL). */
  openData?: OpenDataOptions
  /** The open-data publisher's service-account token (PUBLISHER_TOKEN or minted with JWT_SECRET). */
  publisherToken?: ServiceTokenSource
  /** The gateway's response cache (RESPONSE_CACHE…); absent or undefined = off. */
  responseCache?: ResponseCacheSettings | undefined
  /** SUBGRAPH_DEDUP (default on). */
  subgraphDedup?: boolean
  /** CORS_ALLOWED_ORIGINS. */
  corsAllowedOrigins?: ReadonlySet<string>
  embed?: EmbedOptions
  /**
   * The push channel (/events, webhooks, release events; DESIGN.md §5b) in the gateway, over its database role;
   * absent = off (most tests).
   */
  events?: Omit<EventsOptions, 'databaseUrl'>
  /** WEBHOOK_ALLOWED_NETWORKS: private networks webhook URLs may name (default: public addresses only). */
  addressPolicy?: AddressPolicy
  /** Sees every SQL statement of every subgraph (tests count them). */
  onQuery?: (subgraph: SubgraphName, sql: string) => void
}

export interface RunningServices {
  gatewayUrl: string
  subgraphUrls: Record<SubgraphName, string>
  databases: Record<SubgraphName, Database>
  /** Closes one subgraph's server, leaving the rest running: how tests make a dependency unreachable. */
  stopSubgraph: (name: SubgraphName) => Promise<void>
  stop: () => Promise<void>
}

/** What every subgraph is given: its database and the settings they share. */
function subgraphDepsOf(options: ServicesOptions, db: Database): SubgraphDeps {
  return {
    db,
    verifyToken: options.verifyToken,
    logger: options.logger,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.uploadLimitBytes ? { uploadLimitBytes: options.uploadLimitBytes } : {}),
    ...(options.feedImportLimits ? { feedImportLimits: options.feedImportLimits } : {}),
    ...(options.regionalFeedCacheDir ? { regionalFeedCacheDir: options.regionalFeedCacheDir } : {}),
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
    ...(options.addressPolicy ? { addressPolicy: options.addressPolicy } : {}),
    ...(options.writeTimeoutMs ? { writeTimeoutMs: options.writeTimeoutMs } : {}),
  }
}

/** A subgraph's own pool, reporting each statement to `onQuery` where given (tests count them). */
function subgraphDatabase(options: ServicesOptions, name: SubgraphName): Database {
  const onQuery = options.onQuery
  return createDatabase({
    url: options.databaseUrls[name],
    poolMax: options.poolMax ?? 10,
    applicationName: `minamisorachi-${name}`,
    onIdleError: (error) => {
      options.logger.warn({ err: error, subgraph: name }, 'idle database connection lost')
    },
    ...(onQuery
      ? {
          onQuery: (sql: string) => {
            onQuery(name, sql)
          },
        }
      : {}),
  })
}

/** Closes each app once: a subgraph a test stopped is skipped when everything stops. */
function closeOnce(): (app: GraphQLApp) => Promise<void> {
  const closed = new Set<GraphQLApp>()
  return async (app) => {
    if (closed.has(app)) return
    closed.add(app)
    await app.close()
  }
}

/** Token checks against the served towns, read over their own connection so the lookup never counts (onQuery). */
function withServedTowns(given: ServicesOptions) {
  const townsDb = createDatabase({ url: given.databaseUrls.agreement, poolMax: 1, applicationName: 'served-towns' })
  const verifyToken = requireServedTown(given.verifyToken, () => findServedTowns(townsDb))
  return { townsDb, options: { ...given, verifyToken } }
}

/** Starts the four subgraphs and then the gateway in this process, each on its own HTTP port. */
export async function startServices(given: ServicesOptions): Promise<RunningServices> {
  const databases = {} as Record<SubgraphName, Database>
  const subgraphUrls = {} as Record<SubgraphName, string>
  const apps: GraphQLApp[] = []
  const { townsDb, options } = withServedTowns(given)
  const subgraphApps = new Map<SubgraphName, GraphQLApp>()
  const close = closeOnce()
  const stopSubgraph = async (name: SubgraphName) => {
    const app = subgraphApps.get(name)
    if (app) await close(app)
  }
  const stop = async () => {
    // Gateway first (it was started last), so no request reaches a subgraph that is going away.
    for (const app of apps.reverse()) await close(app)
    await Promise.all([...Object.values(databases), townsDb].map((db) => db.destroy()))
  }
  try {
    // The four build their schemas and bind their ports side by side; the gateway needs all their URLs. All
    // settle before a failure is thrown, so stop() closes every one that did start.
    const started = await Promise.allSettled(
      SUBGRAPH_NAMES.map(async (name) => {
        databases[name] = subgraphDatabase(options, name)
        const app = await SUBGRAPH_FACTORIES[name](subgraphDepsOf(options, databases[name]))
        apps.push(app)
        subgraphApps.set(name, app)
        subgraphUrls[name] = await app.listen(options.host, options.subgraphPorts[name])
      }),
    )
    const failure = started.find((result) => result.status === 'rejected')
    if (failure) throw failure.reason
    const gateway = await createGatewayApp({
      supergraphSdl: readSupergraph(),
      subgraphUrls,
      verifyToken: options.verifyToken,
      logger: options.logger,
      ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
      ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
      ...(options.subgraphTimeoutMs ? { subgraphTimeoutMs: options.subgraphTimeoutMs } : {}),
      ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
      ...(options.persistedOperations ? { persistedOperations: options.persistedOperations } : {}),
      ...(options.openData ? { openData: options.openData } : {}),
      ...(options.publisherToken ? { publisherToken: options.publisherToken } : {}),
      databaseUrl: options.databaseUrls.gateway,
      ...(options.responseCache ? { responseCache: options.responseCache } : {}),
      ...(options.subgraphDedup !== undefined ? { subgraphDedup: options.subgraphDedup } : {}),
      ...(options.corsAllowedOrigins ? { corsAllowedOrigins: options.corsAllowedOrigins } : {}),
      ...(options.embed ? { embed: options.embed } : {}),
      ...(options.events ? { events: { databaseUrl: options.databaseUrls.gateway, ...options.events } } : {}),
    })
    apps.push(gateway)
    const gatewayUrl = await gateway.listen(options.host, options.gatewayPort)
    return { gatewayUrl, subgraphUrls, databases, stopSubgraph, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
