import type { TokenVerifier } from '../auth/tokens.js'
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify'
import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server'
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type onRequestAbortHookHandler,
  type onResponseHookHandler,
  type onSendHookHandler,
  type preHandlerAsyncHookHandler,
  type preParsingHookHandler,
} from 'fastify'
import { randomUUID } from 'node:crypto'
import type { Logger } from '../logger.js'
import type { RequestInfo } from '../graphql/context.js'
import { registerCors, type CorsRule } from './cors.js'
import { registerJsonNestingLimit } from './json-depth.js'
import { registerHttpErrorHandler } from './http-errors.js'
import { registerMetrics } from './metrics.js'
import { registerRateLimit, type RateLimitSettings } from './rate-limit.js'

export interface GraphQLAppOptions<C extends BaseContext> {
  /** Names the server in metrics (`gateway`, `agreement`, …). */
  component: string
  /** Verifies the token of a `/metrics` request (a `metrics` service account or an admin may read them). */
  verifyToken: TokenVerifier
  logger: Logger
  bodyLimit: number
  /** Builds the Apollo server; the HTTP layer adds the drain plugin it must include. */
  buildApollo: (httpPlugins: ApolloServerPlugin<C>[]) => ApolloServer<C>
  context: (request: RequestInfo) => Promise<C>
  /** Throws when a dependency (database, subgraphs) is unreachable; drives `/readyz`. */
  checkReadiness: () => Promise<void>
  /** Per-caller request limit on `/graphql`; the gateway sets it, subgraphs do not (their traffic is the gateway's). */
  rateLimit?: RateLimitSettings
  /** Cross-origin policies per route family (the gateway's); absent = no CORS headers at all (subgraphs). */
  corsRules?: readonly CorsRule[]
  /**
   * Guards of the `/graphql` route that must see its requests before Apollo does (the gateway's response cache
   * before the body is parsed, then the safelist), in order. They are attached to the route itself, so they run
   * for exactly the requests the router sends to it, however the request target was spelled.
   */
  graphqlRouteHooks?: (app: FastifyInstance) => GraphQLRouteHooks
  /** Extra routes (the gateway's explorer assets, later the open-data endpoints). */
  registerRoutes?: (app: FastifyInstance) => void | Promise<void>
}

/** Hooks attached to the `/graphql` route only (Fastify route-level hooks). */
export interface GraphQLRouteHooks {
  preParsing?: preParsingHookHandler[]
  preHandler?: preHandlerAsyncHookHandler[]
  onSend?: onSendHookHandler[]
  onResponse?: onResponseHookHandler[]
  onRequestAbort?: onRequestAbortHookHandler[]
}

export interface GraphQLApp {
  app: FastifyInstance
  apollo: ApolloServer
  listen: (host: string, port: number) => Promise<string>
  close: () => Promise<void>
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/**
 * A caller-supplied request id is kept (so one id follows a request through the gateway and subgraphs) if it is sane.
 */
function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const header = request.headers['x-request-id']
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID()
}

/** Fastify with a request id on every request (and on its response) and one pino log line per response. */
function createFastify(pinoLogger: Logger, bodyLimit: number): FastifyInstance {
  // Fastify's logger type is narrower than pino's; the instance is the same pino logger, typed as Fastify's so
  // the app's type (and every plugin's) stays FastifyInstance's default.
  const logger: FastifyBaseLogger = pinoLogger
  const app = Fastify({
    loggerInstance: logger,
    // One line per response from the onResponse hook below instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    genReqId: requestIdOf,
    return503OnClosing: true,
  })
  // Callback-style hooks (here and on every path a response-cache hit takes): no promise per hook and request.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id)
    done(null, payload)
  })
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
    done()
  })
  return app
}

/** `/healthz` (the process answers) and `/readyz` (its dependencies do: 503 with the reason otherwise). */
function registerHealthRoutes(app: FastifyInstance, checkReadiness: () => Promise<void>): void {
  app.get('/healthz', () => Promise.resolve({ status: 'ok' }))
  app.get('/readyz', async (_request, reply) => {
    try {
      await checkReadiness()
      return { status: 'ready' }
    } catch (error) {
      reply.code(503)
      return { status: 'unavailable', reason: error instanceof Error ? error.message : 'unknown' }
    }
  })
}

/**
 * The HTTP server shared by the gateway and the four subgraphs: Fastify with `/graphql` (GET and
 * POST through Apollo Server, CSRF prevention on), `/healthz`, `/readyz`, `/metrics`, a request id on every
 * request and one pino log line per response.
 */
export async function createGraphQLApp<C extends BaseContext>(options: GraphQLAppOptions<C>): Promise<GraphQLApp> {
  const app = createFastify(options.logger, options.bodyLimit)
  registerHttpErrorHandler(app, options.bodyLimit)
  registerJsonNestingLimit(app)
  registerMetrics(app, options.component, options.verifyToken)
  // Before any route exists, and before the rate limit: a preflight is answered without spending the caller's budget.
  if (options.corsRules) await registerCors(app, options.corsRules)
  // Before any route exists: the plugin attaches its hook to routes as they are added.
  if (options.rateLimit) await registerRateLimit(app, options.rateLimit)

  const apollo = options.buildApollo([fastifyApolloDrainPlugin(app)])
  await apollo.start()
  // Every guard of `/graphql` hangs on this route, never on a global hook that compares request URLs:
  // the router decodes `/%67raphql` and absolute-form targets to this route, so only it knows.
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    config: { rateLimit: options.rateLimit ? {} : false },
    ...options.graphqlRouteHooks?.(app),
    handler: fastifyApolloHandler(apollo, {
      context: async (request: FastifyRequest) =>
        options.context({
          authorization: request.headers.authorization,
          requestId: request.id,
          logger: request.log,
          httpRequest: request,
        }),
    }),
  })

  registerHealthRoutes(app, options.checkReadiness)
  await options.registerRoutes?.(app)

  return {
    app,
    apollo: apollo as unknown as ApolloServer,
    listen: async (host, port) => {
      await app.listen({ host, port })
      const address = app.server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/graphql`
    },
    close: () => closeDraining(app),
  }
}

/**
 * Closes the app after the requests in flight have been answered. Node closes the keep-alive
 * connections that are idle when `close()` is called, but a connection whose request was still running
 * becomes idle only afterwards and would then hold the close open until its keep-alive timeout (72 s
 * by Fastify's default): the gateway's fetches to a subgraph after a client hung up left such a connection.
 * So idle connections are closed again until the server has stopped.
 */
async function closeDraining(app: FastifyInstance): Promise<void> {
  const reaper = setInterval(() => {
    app.server.closeIdleConnections()
  }, 100)
  try {
    await app.close()
  } finally {
    clearInterval(reaper)
  }
}
