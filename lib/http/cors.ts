import fastifyCors, { type FastifyCorsOptions } from '@fastify/cors'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * Cross-origin access, one policy per route family, decided by @fastify/cors on the route the router
 * picked (`request.routeOptions.url`: the parsed, normalised pattern, never the raw request target).
 * Preflights reach a family through its own `OPTIONS <prefix>*` route, so they are decided on the same
 * pattern as the request they announce. Add a family (e.g. `/embed/`) by adding a rule.
 */

export interface CorsPolicy {
  /** Request headers an anonymous page on any origin may send (besides CORS-safelisted ones). */
  anonymousHeaders: readonly string[]
  methods: readonly string[]
  exposedHeaders: readonly string[]
  /** Origins (exact `scheme://host[:port]`) that may also send `Authorization` and credentials; none by default. */
  credentialedOrigins?: ReadonlySet<string>
  /** Request headers only those origins may send besides `Authorization` (e.g. `Idempotency-Key` of a write). */
  credentialedHeaders?: readonly string[]
}

export interface CorsRule {
  /** A route pattern (`/graphql`) or a prefix ending in `/` (`/opendata/`) that covers every route below it. */
  route: string
  policy: CorsPolicy
}

const PREFLIGHT_MAX_AGE_SECONDS = 600

function ruleOf(rules: readonly CorsRule[], pattern: string | undefined): CorsRule | undefined {
  if (pattern === undefined) return undefined
  return rules.find((rule) => (rule.route.endsWith('/') ? pattern.startsWith(rule.route) : pattern === rule.route))
}

/**
 * The options of a policy for an origin, built once per policy and credentialed origin (every other origin shares
 * the anonymous ones): the delegator runs on every request, and @fastify/cors only reads them.
 */
const optionsCache = new WeakMap<CorsPolicy, Map<string | undefined, FastifyCorsOptions>>()

function optionsFor(policy: CorsPolicy, request: FastifyRequest): FastifyCorsOptions {
  const origin = request.headers.origin
  const credentialed = origin !== undefined && policy.credentialedOrigins?.has(origin) === true
  let byOrigin = optionsCache.get(policy)
  if (!byOrigin) optionsCache.set(policy, (byOrigin = new Map<string | undefined, FastifyCorsOptions>()))
  const cacheKey = credentialed ? origin : undefined
  let options = byOrigin.get(cacheKey)
  if (!options) byOrigin.set(cacheKey, (options = buildOptions(policy, credentialed ? origin : undefined)))
  return options
}

function buildOptions(policy: CorsPolicy, credentialedOrigin: string | undefined): FastifyCorsOptions {
  const credentialed = credentialedOrigin !== undefined
  return {
    // An allowed origin is echoed (credentials need it); every other page gets `*`, which forbids credentials.
    origin: credentialedOrigin ?? '*',
    credentials: credentialed,
    methods: [...policy.methods],
    allowedHeaders: credentialed
      ? [...policy.anonymousHeaders, 'authorization', ...(policy.credentialedHeaders ?? [])]
      : [...policy.anonymousHeaders],
    exposedHeaders: [...policy.exposedHeaders],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  }
}

export async function registerCors(app: FastifyInstance, rules: readonly CorsRule[]): Promise<void> {
  // A delegator makes the options dynamic, so @fastify/cors adds `Vary: Origin` to every answer.
  await app.register(fastifyCors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const rule = ruleOf(rules, request.routeOptions.url)
      callback(null, rule ? optionsFor(rule.policy, request) : { origin: false })
    },
  })
  // Preflights of a route family land on a route of that family, so the delegator sees its pattern.
  for (const rule of rules.filter((candidate) => candidate.route.endsWith('/'))) {
    app.options(`${rule.route}*`, async (_request, reply) => reply.code(404).send())
  }
}
