import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server'
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import { buildSubgraphSchema } from '@apollo/subgraph'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { parse, type GraphQLSchema } from 'graphql'
import { sql } from 'kysely'
import type { TokenVerifier } from '../auth/tokens.js'
import type { Viewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import type { Database } from '../db/database.js'
import type { EventDerivers } from '../db/write-path.js'
import type { FeedImportLimits } from '../feed-import-limits.js'
import { PUBLIC_ADDRESSES_ONLY, type AddressPolicy } from '../http/address-policy.js'
import { createGraphQLApp, type GraphQLApp } from '../http/graphql-app.js'
import type { Logger } from '../logger.js'
import { projectPath } from '../paths.js'
import { DEFAULT_WRITE_TIMEOUT_MS } from '../limits.js'
import { hardenedApolloOptions } from './hardened-apollo.js'
import { DEFAULT_QUERY_LIMITS, subgraphQueryLimits, type QueryLimits } from './query-limits.js'
import { refuseNulCharactersPlugin } from './nul-characters.js'
import { createSubgraphContext, type RequestInfo, type SubgraphContext } from './context.js'
import { scopeMutationsForIdempotency } from './idempotent-mutations.js'

/** What every subgraph's `create…Subgraph()` needs from its caller (main.ts, the all-in-one start, tests). */
export interface SubgraphDeps {
  db: Database
  verifyToken: TokenVerifier
  logger: Logger
  bodyLimit?: number
  /** Largest file a streamed upload route accepts (written to a temporary file, not held in memory). */
  uploadLimitBytes?: number
  /** GTFS feed import limits (transit only; lib/feed-import-limits.ts has the defaults). */
  feedImportLimits?: FeedImportLimits
  /** REGIONAL_FEED_CACHE_DIR (transit only): where built regional feeds are kept; default a temporary directory. */
  regionalFeedCacheDir?: string
  introspection?: boolean
  /** The gateway's limits; the subgraph applies them with a margin (`subgraphQueryLimits`). */
  queryLimits?: QueryLimits
  /** DATABASE_WRITE_TIMEOUT_MS: a GraphQL write commits within this long of its request's arrival, or not at all. */
  writeTimeoutMs?: number
  /** WEBHOOK_ALLOWED_NETWORKS: private networks that webhook URLs may name (default: public addresses only). */
  addressPolicy?: AddressPolicy
}

export interface SubgraphDefinition<Loaders> {
  name: SubgraphName
  /**
   * The generated `Resolvers` type of the subgraph. Codegen's federation resolver types and
   * @apollo/subgraph's resolver map describe the same object with different signatures, so the
   * conversion happens here, once.
   */
  resolvers: object
  /** Per request; loaders that read restricted rows need the viewer for row-level security. */
  createLoaders: (db: Database, viewer: Viewer) => Loaders
  /** What the subgraph's changes are worth telling, by entity (DESIGN.md §5b); absent: nothing. */
  events?: EventDerivers
  /** HTTP routes beside /graphql (e.g. streamed uploads), given the same per-request context. */
  registerRoutes?: (
    app: FastifyInstance,
    context: (request: FastifyRequest) => Promise<SubgraphContext<Loaders>>,
  ) => void | Promise<void>
}

/**
 * The subgraph's SDL: `schema.graphql` (the @link and the root fields) followed by any `*.graphql`
 * in its entity folders (e.g. `amendments/amendments.graphql`), so no SDL file has to grow past the
 * size limit. Files are read in name order: the parsed document is the same on every start.
 */
export function readSubgraphSchema(name: SubgraphName) {
  const dir = projectPath('subgraphs', name)
  const entityFiles = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => join(dir, entry.name, file)),
    )
    .sort()
  return parse([join(dir, 'schema.graphql'), ...entityFiles].map((file) => readFileSync(file, 'utf8')).join('\n'))
}

export async function createSubgraphApp<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  deps: SubgraphDeps,
): Promise<GraphQLApp> {
  const logger = deps.logger.child({ subgraph: definition.name })
  const schema = buildSubgraphSchema({
    typeDefs: readSubgraphSchema(definition.name),
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
  })
  scopeMutationsForIdempotency(schema, definition.name)
  const graphql = { writeTimeoutMs: deps.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS }
  const context = (request: RequestInfo, kind: 'graphql' | 'rest') =>
    createSubgraphContext(request, {
      subgraph: definition.name,
      db: deps.db,
      verifyToken: deps.verifyToken,
      createLoaders: definition.createLoaders,
      graphql: kind === 'graphql' ? graphql : undefined,
      events: definition.events,
      addressPolicy: deps.addressPolicy ?? PUBLIC_ADDRESSES_ONLY,
    })
  const restContext = (request: FastifyRequest) =>
    context(
      {
        authorization: request.headers.authorization,
        requestId: request.id,
        logger: request.log,
        httpRequest: request,
      },
      'rest',
    )
  return createGraphQLApp<SubgraphContext<Loaders>>({
    component: definition.name,
    verifyToken: deps.verifyToken,
    logger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    buildApollo: (httpPlugins) => subgraphApollo<SubgraphContext<Loaders>>(schema, logger, deps, httpPlugins),
    context: (request) => context(request, 'graphql'),
    checkReadiness: async () => {
      await sql`select 1`.execute(deps.db)
    },
    ...(definition.registerRoutes
      ? { registerRoutes: (app: FastifyInstance) => definition.registerRoutes?.(app, restContext) }
      : {}),
  })
}

function subgraphApollo<C extends BaseContext>(
  schema: GraphQLSchema,
  logger: Logger,
  deps: SubgraphDeps,
  httpPlugins: ApolloServerPlugin<C>[],
): ApolloServer<C> {
  return new ApolloServer<C>({
    schema,
    ...hardenedApolloOptions<C>({
      logger,
      limits: subgraphQueryLimits(deps.queryLimits ?? DEFAULT_QUERY_LIMITS),
      introspection: deps.introspection,
      httpPlugins,
      // Inline traces only serve Apollo Studio, which we never call. Cache hints neither: no schema sets one (every
      // answer is max-age 0, so no Cache-Control header went out) and the gateway's data source reads none, but the
      // plugin wrapped every field's resolver to compute them (~3 % of a subgraph's CPU under load).
      plugins: [
        refuseNulCharactersPlugin<C>(),
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginCacheControlDisabled(),
      ],
    }),
  })
}
