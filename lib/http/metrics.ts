import type { FastifyInstance } from 'fastify'
import type { TokenVerifier } from '../auth/tokens.js'
import type { Viewer } from '../auth/viewer.js'
import { forbidden, unauthenticated } from '../errors.js'
import { sendRestError } from './rest-errors.js'
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

declare module 'fastify' {
  interface FastifyInstance {
    /** This server's Prometheus registry: components add their own metrics to it (the response cache). */
    metrics: Registry
  }
}

/**
 * Prometheus metrics of one HTTP server (gateway or subgraph) at `/metrics`: request counts and
 * latencies by route and status, plus the process defaults (heap, event-loop lag, GC).
 * Each server gets its own registry, so several servers in one process (`npm start`) do not clash.
 */
export function registerMetrics(app: FastifyInstance, component: string, verifyToken: TokenVerifier): void {
  const registry = new Registry()
  registry.setDefaultLabels({ component })
  collectDefaultMetrics({ register: registry })
  app.decorate('metrics', registry)
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route.',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL: query strings and unknown paths must not explode label cardinality.
    const route = request.routeOptions.url ?? 'unmatched'
    requests.inc({ method: request.method, route, status: String(reply.statusCode) })
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000)
    done()
  })
  // Metrics tell an attacker the load, the routes and the errors: a scraper's token (role `metrics`) or an admin's.
  app.get('/metrics', async (request, reply) => {
    try {
      assertMayReadMetrics(await verifyToken(request.headers.authorization))
    } catch (error) {
      return sendRestError(reply, error, request.log)
    }
    return reply.header('content-type', registry.contentType).send(await registry.metrics())
  })
}

function assertMayReadMetrics(viewer: Viewer): void {
  if (viewer.kind === 'anonymous') {
    throw unauthenticated('/metrics needs "Authorization: Bearer <token>" of a metrics service account or an admin.')
  }
  const allowed = viewer.kind === 'service' ? viewer.roles.has('metrics') : viewer.roles.has('admin')
  if (!allowed) throw forbidden('/metrics is for a metrics service account (role metrics) or an admin.')
}
