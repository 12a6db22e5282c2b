import type { ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server'
import { createErrorFormatter } from '../errors.js'
import type { Logger } from '../logger.js'
import { queryLimitGuards, type QueryLimits } from './query-limits.js'

/** The options every Apollo Server of the platform shares; the caller adds its schema or gateway. */
export type HardenedApolloOptions<C extends BaseContext> = Omit<ApolloServerOptionsWithSchema<C>, 'schema'>

/**
 * What the gateway and each subgraph set alike, written once so they cannot drift: unknown errors masked
 * (and logged with an id), no stack traces, CSRF prevention, one operation per HTTP request, and the query
 * limits (depth, cost, aliases, tokens). Plugins run in this order: the HTTP app's, the limits', the server's own.
 */
export function hardenedApolloOptions<C extends BaseContext>(options: {
  logger: Logger
  limits: QueryLimits
  introspection: boolean | undefined
  httpPlugins: ApolloServerPlugin<C>[]
  plugins: ApolloServerPlugin<C>[]
}): HardenedApolloOptions<C> {
  const guards = queryLimitGuards<C>(options.limits)
  return {
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    // One operation per HTTP request (the default, stated): a batch would multiply every limit.
    allowBatchedHttpRequests: false,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    plugins: [...options.httpPlugins, ...guards.plugins, ...options.plugins],
    // Signals are the process's (lib/process/shutdown.ts: servers drained in order, pools and PostgreSQL last).
    // Apollo's own handlers would stop each server alone and re-send the signal, and add two process listeners per
    // server: five servers started twice in one process (the bench, tests) passed Node's limit of ten.
    stopOnTerminationSignals: false,
  }
}
