import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import type { TokenVerifier } from '../lib/auth/tokens.js'
import type { SubgraphName } from '../lib/config.js'
import { createErrorFormatter } from '../lib/errors.js'
import { createGraphQLApp } from '../lib/http/graphql-app.js'
import { DEFAULT_QUERY_LIMITS, queryLimitGuards, type QueryLimits } from '../lib/graphql/query-limits.js'
import type { Logger } from '../lib/logger.js'
import { createGatewayContext, type GatewayContext } from './context.js'
import { explorerLandingPage, registerExplorerAssets } from './explorer/explorer.js'
import { ForwardingDataSource } from './subgraph-data-source.js'

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
}

/** The gateway as an HTTP app (not yet listening): gateway/main.ts, `npm start` and tests share it. */
export async function createGatewayApp(deps: GatewayDeps) {
  const logger = deps.logger.child({ component: 'gateway' })
  const timeoutMs = deps.subgraphTimeoutMs ?? 10_000
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    logger,
    buildService: ({ name, url }) =>
      new ForwardingDataSource({
        url: deps.subgraphUrls[name as SubgraphName] ?? url,
        // A hung subgraph must not hold the caller forever: the rest of the result still comes back.
        fetcher: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
      }),
  })
  const guards = queryLimitGuards<GatewayContext>(deps.queryLimits ?? DEFAULT_QUERY_LIMITS)
  return createGraphQLApp<GatewayContext>({
    component: 'gateway',
    logger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    buildApollo: (httpPlugins) =>
      new ApolloServer<GatewayContext>({
        gateway,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        introspection: deps.introspection ?? true,
        csrfPrevention: true,
        // One operation per HTTP request (the default, stated): a batch would multiply every limit.
        allowBatchedHttpRequests: false,
        validationRules: guards.validationRules,
        parseOptions: guards.parseOptions,
        plugins: [...httpPlugins, ...guards.plugins, explorerLandingPage<GatewayContext>()],
      }),
    context: (request) => createGatewayContext(request, deps.verifyToken),
    checkReadiness: () => checkSubgraphs(deps.subgraphUrls),
    registerRoutes: registerExplorerAssets,
  })
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
