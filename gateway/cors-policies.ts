import type { CorsRule } from '../lib/http/cors.js'

/**
 * Who may call the gateway from a page on another origin (lib/http/cors.ts applies these per route family).
 * Anonymous reads are open to every origin: the API, the files, the catalogs and the CKAN API are public.
 * A token (`Authorization`) may only come from the origins in CORS_ALLOWED_ORIGINS, and only to /graphql.
 */
const FILE_HEADERS = ['ETag', 'Last-Modified', 'Content-Length', 'Content-Range', 'Accept-Ranges', 'X-Request-Id']

export function gatewayCorsRules(credentialedOrigins: ReadonlySet<string>): CorsRule[] {
  const publicRead = {
    anonymousHeaders: ['content-type', 'range', 'if-none-match', 'if-modified-since', 'if-range'],
    methods: ['GET', 'HEAD', 'POST'],
    exposedHeaders: FILE_HEADERS,
  }
  return [
    {
      route: '/graphql',
      policy: {
        // Apollo's CSRF prevention wants one of its headers (or a JSON body) before it runs a GET.
        anonymousHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
        methods: ['GET', 'POST'],
        exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
        credentialedOrigins,
        // Only signed-in callers write, so only their pages need to send a write's key.
        credentialedHeaders: ['idempotency-key'],
      },
    },
    { route: '/opendata/', policy: publicRead },
    { route: '/api/', policy: publicRead },
  ]
}
