import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'

import { DEFAULT_RATE_LIMIT } from '../limits.js'

export { DEFAULT_RATE_LIMIT }

export interface RateLimitSettings {
  /** Requests per window and caller; 0 turns the limit off. */
  max: number
  windowMs: number
  /**
   * Requests per window for one service account (the open-data publisher): its own bucket, sized for a
   * publish, never shared with the anonymous callers of its address (RATE_LIMIT_SERVICE_MAX).
   */
  serviceMax?: number | undefined
  /**
   * The verified caller of a request (`municipality/subject` for staff, `service:subject` for a service
   * account), or undefined for anonymous callers and tokens that do not verify. Only a verified subject gets
   * its own bucket: otherwise an attacker could mint a fresh unsigned "subject" per request and never be limited.
   */
  subjectOf: (authorization: string | undefined) => Promise<string | undefined>
}

const SERVICE_KEY_PREFIX = 'subject:service:'

/**
 * Per-caller rate limit on the routes that ask for it with `config: { rateLimit: {} }` (the gateway's
 * `/graphql`): a signed-in caller by token subject, anyone else by IP address. It runs on `onRequest`,
 * before the body is read or the query parsed. Being attached to the route, it limits every spelling of
 * the request target that the router resolves to that route. Probes, metrics and explorer assets are not
 * limited, and neither are the subgraphs, so the gateway's own fan-out to them never counts against anyone.
 */
export async function registerRateLimit(app: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  if (settings.max === 0) return
  const windowSeconds = Math.ceil(settings.windowMs / 1000)
  await app.register(rateLimit, {
    global: false,
    max: (_request: FastifyRequest, key: string) =>
      key.startsWith(SERVICE_KEY_PREFIX) ? (settings.serviceMax ?? DEFAULT_RATE_LIMIT.serviceMax) : settings.max,
    timeWindow: settings.windowMs,
    keyGenerator: async (request: FastifyRequest) => {
      const subject = await settings.subjectOf(request.headers.authorization)
      return subject ? `subject:${subject}` : `ip:${request.ip}`
    },
    // Thrown, then shaped by the HTTP error handler (lib/http/http-errors.ts) like any GraphQL error.
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `Too many requests: at most ${context.max} per ${windowSeconds} s for one caller. Retry in ${context.after}.`,
        ),
        { statusCode: context.statusCode },
      ),
  })
}
