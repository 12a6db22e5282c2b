import { registerSituationBoard } from './situation/situation-board.js'
import { registerStaffPage } from './staff/staff-page.js'
import { registerEmbeds, type EmbedOptions } from './embed/register-embed.js'
import { registerEvents, type EventsOptions } from './events/register-events.js'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { NO_PUBLISHER_TOKEN, type ServiceTokenSource } from '../lib/auth/service-tokens.js'
import type { TokenVerifier } from '../lib/auth/tokens.js'
import type { ResponseCacheSettings, SubgraphName } from '../lib/config.js'
import { createGraphQLApp } from '../lib/http/graphql-app.js'
import { DEFAULT_RATE_LIMIT } from '../lib/http/rate-limit.js'
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from '../lib/limits.js'
import { hardenedApolloOptions } from '../lib/graphql/hardened-apollo.js'
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../lib/graphql/query-limits.js'
import type { Logger } from '../lib/logger.js'
import type { FastifyInstance } from 'fastify'
import { safelistGuard, safelistQueryCache } from '../lib/http/persisted-operations.js'
import { createGatewayContext, type GatewayContext } from './context.js'
import { gatewayCorsRules } from './cors-policies.js'
import { explorerLandingPage, registerExplorerAssets } from './explorer/explorer.js'
import { registerPublishRoute } from './opendata/publish/publish-route.js'
import { registerOpenData, type OpenDataOptions } from './opendata/serve/register.js'
import { registerTransitFeedProxy } from './transit-feed-proxy.js'
import { InFlightFetches } from './subgraph-fetch/in-flight-fetches.js'
import { SubgraphDataSource } from './subgraph-fetch/subgraph-data-source.js'
import { operationResolutionPlugin } from './operation-resolution.js'
import { introspectionOneOfPlugin } from './introspection-one-of.js'
import { createPool } from '../lib/db/database.js'
import { Counter } from 'prom-client'
import { refreshServedTowns } from './opendata/serve/towns.js'
import { DataVersions, DEFAULT_CONCURRENT_READS } from './data-versions.js'
import { ResponseCache } from './response-cache/response-cache.js'

export interface GatewayDeps {
  /** The composed supergraph (codegen/supergraph.graphql): no introspection of subgraphs at start-up. */
  supergraphSdl: string
  subgraphUrls: Record<SubgraphName, string>
  verifyToken: TokenVerifier
  logger: Logger
  bodyLimit?: number
  introspection?: boolean
  subgraphTimeoutMs?: number
  queryLimits?: QueryLimits
  /** Requests per window for one caller at `/graphql` (0 = off); defaults to RATE_LIMIT_MAX's default. */
  rateLimit?: { max: number; windowMs: number; serviceMax?: number | undefined }
  /** PERSISTED_OPERATIONS_ONLY: the safelist (hash → text); when absent, every document is accepted. */
  persistedOperations?: Map<string, string>
  /** Serves the open-data releases under OPENDATA_DIR (portal, files, DCAT, CKAN API); absent = not served. */
  openData?: OpenDataOptions
  /** The open-data publisher's service-account token (`POST /opendata/releases` publishes with it). */
  publisherToken?: ServiceTokenSource
  /**
   * DATABASE_URL (the gateway_svc role): where the data versions are read (gateway/data-versions.ts), which the
   * response cache needs and which let a request share a subgraph fetch that was already running when it arrived.
   */
  databaseUrl?: string
  /** Caches anonymous reads, validated against the data versions (needs `databaseUrl`); absent = off. */
  responseCache?: ResponseCacheSettings
  /** SUBGRAPH_DEDUP: identical anonymous subgraph queries in flight at once are sent once (default on). */
  subgraphDedup?: boolean
  /** CORS_ALLOWED_ORIGINS: origins whose pages may send a token; every origin may read anonymously. */
  corsAllowedOrigins?: ReadonlySet<string>
  /** The push channel: /events, the webhook dispatcher, release events (DESIGN.md §5b); absent = off. */
  events?: EventsOptions
  /** The embeddable widgets: who may frame them, map tiles (EMBED_ALLOWED_ORIGINS, MAP_TILE_*). */
  embed?: EmbedOptions
}

/** The gateway as an HTTP app (not yet listening): gateway/main.ts, `npm start` and tests share it. */
export async function createGatewayApp(deps: GatewayDeps) {
  const logger = deps.logger.child({ component: 'gateway' })
  const timeoutMs = deps.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS
  if (deps.responseCache && !deps.databaseUrl) throw new Error('the response cache needs databaseUrl (data versions)')
  const versions = deps.databaseUrl ? dataVersionsAt(deps.databaseUrl) : undefined
  const inFlight = deps.subgraphDedup === false ? undefined : new InFlightFetches(versions)
  // Looked up by the supergraph's names, which need not be ours: a name we do not know keeps its supergraph URL.
  const urlsByName: Partial<Record<string, string>> = deps.subgraphUrls
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = urlsByName[name] ?? url
      if (!target) throw new Error(`subgraph ${name} of the supergraph has no URL`)
      return new SubgraphDataSource({ url: target, timeoutMs, inFlight })
    },
  })
  const responseCache =
    deps.responseCache && versions ? new ResponseCache({ versions, logger, ...deps.responseCache }) : undefined
  return createGraphQLApp<GatewayContext>({
    component: 'gateway',
    verifyToken: deps.verifyToken,
    logger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    corsRules: gatewayCorsRules(deps.corsAllowedOrigins ?? new Set()),
    buildApollo: (httpPlugins) =>
      new ApolloServer<GatewayContext>({
        gateway,
        ...(deps.persistedOperations
          ? { persistedQueries: { cache: safelistQueryCache(deps.persistedOperations) } }
          : {}),
        ...hardenedApolloOptions<GatewayContext>({
          logger,
          limits: deps.queryLimits ?? DEFAULT_QUERY_LIMITS,
          introspection: deps.introspection,
          httpPlugins,
          plugins: [
            operationResolutionPlugin<GatewayContext>(),
            introspectionOneOfPlugin<GatewayContext>(),
            explorerLandingPage<GatewayContext>(),
            ...(responseCache ? [responseCache.plugin<GatewayContext>()] : []),
          ],
        }),
      }),
    context: (request) =>
      createGatewayContext(request, deps.verifyToken, responseCache?.candidateOf(request.httpRequest)),
    rateLimit: {
      ...(deps.rateLimit ?? DEFAULT_RATE_LIMIT),
      subjectOf: (authorization) => verifiedSubject(deps.verifyToken, authorization),
    },
    checkReadiness: () => checkSubgraphs(deps.subgraphUrls),
    graphqlRouteHooks: (app: FastifyInstance) => {
      if (inFlight) countSharedFetches(app, inFlight)
      app.addHook('onClose', async () => versions?.close())
      // The cache answers before the body is parsed, so before the safelist decides: it holds only answers to
      // requests the safelist let through, keyed on everything the safelist decides on (cache-key.ts), so a
      // refused document never finds an entry. A miss meets the safelist before Apollo sees it.
      const cacheHooks = responseCache?.routeHooks(app) ?? {}
      const safelist = deps.persistedOperations ? [safelistGuard(deps.persistedOperations)] : []
      return { ...cacheHooks, preHandler: safelist }
    },
    registerRoutes: (app) => registerGatewayRoutes(app, deps, logger),
  })
}

/** The gateway's routes besides `/graphql`: explorer assets, the GTFS upload proxy, open data, live events. */
async function registerGatewayRoutes(app: FastifyInstance, deps: GatewayDeps, logger: Logger): Promise<void> {
  registerExplorerAssets(app)
  refreshServedTowns(app, deps.subgraphUrls.agreement, logger)
  registerTransitFeedProxy(app, deps.subgraphUrls.transit)
  // The outbox first: every live page names the last event its data includes (event-position.ts).
  const events = deps.events ? await registerEvents(app, deps.events, logger) : undefined
  const eventPosition = events ? () => events.feed.position : undefined
  if (deps.openData) {
    const { disaster, transit } = deps.subgraphUrls
    const live = { disasterUrl: disaster, transitUrl: transit, eventPosition }
    await registerOpenData(app, { live, ...deps.openData })
    registerPublishRoute(app, {
      dir: deps.openData.dir,
      verifyToken: deps.verifyToken,
      logger: deps.logger,
      publisherToken: deps.publisherToken ?? NO_PUBLISHER_TOKEN,
    })
  }
  // Being told (DESIGN.md §5b): the /situation board and the embeddable widgets, live over /events.
  registerSituationBoard(
    app,
    { disasterUrl: deps.subgraphUrls.disaster, agreementUrl: deps.subgraphUrls.agreement },
    eventPosition,
  )
  await registerEmbeds(app, deps.subgraphUrls, { ...deps.embed, eventPosition })
  registerStaffPage(app)
}

/** The data versions through a pool of their own, as many connections as reads run at once. */
const dataVersionsAt = (databaseUrl: string) =>
  DataVersions.fromPool(
    createPool({ url: databaseUrl, poolMax: DEFAULT_CONCURRENT_READS, applicationName: 'minamisorachi-gateway' }),
  )

function countSharedFetches(app: FastifyInstance, inFlight: InFlightFetches): void {
  const fetches = new Counter({
    name: 'gateway_subgraph_shareable_fetches_total',
    help: 'Anonymous subgraph queries: sent, joined to an identical one in flight, or waited for the next one.',
    labelNames: ['outcome'],
    registers: [app.metrics],
  })
  inFlight.observe = (outcome) => {
    fetches.inc({ outcome })
  }
}

/**
 * The caller's bucket key for rate limiting; a token that does not verify falls back to the IP address.
 * The context verifies the token again: a signature check is cheap next to planning a query, and
 * keeping the two apart leaves the rate limit independent of Apollo's request lifecycle.
 */
async function verifiedSubject(
  verifyToken: TokenVerifier,
  authorization: string | undefined,
): Promise<string | undefined> {
  try {
    const viewer = await verifyToken(authorization)
    if (viewer.kind === 'service') return `service:${viewer.subject}`
    return viewer.kind === 'staff' ? `${viewer.municipalityCode}/${viewer.subject}` : undefined
  } catch {
    return undefined
  }
}

/** Ready when every subgraph answers its own `/readyz` (which checks its database). */
async function checkSubgraphs(urls: Record<SubgraphName, string>): Promise<void> {
  const results = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) })
        return response.ok ? null : `${name} answered ${response.status}`
      } catch {
        return `${name} unreachable`
      }
    }),
  )
  const problems = results.filter((problem) => problem !== null)
  if (problems.length > 0) throw new Error(problems.join(', '))
}
