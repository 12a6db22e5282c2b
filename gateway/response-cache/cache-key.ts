import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { apolloSearchParams } from '../../lib/http/apollo-search.js'

/**
 * Who is asking, as far as the answer can differ: only anonymous callers are cached (a signed-in
 * caller may see restricted fields), but the class is part of the key so that adding a class later
 * cannot mix answers.
 */
export type CallerClass = 'anonymous'

/**
 * Everything of the request that can change the response bytes, hashed: the operation (GET query
 * string or POST body: document, operation name, variables, extensions), the negotiated media type
 * (Accept), and the headers Apollo's CSRF prevention looks at, so a request that Apollo would refuse
 * can never match an entry stored for one it accepted. Undefined when the request is not cacheable
 * at all (a signed-in caller, another method). `businessDay` (the date in Japan) rolls every entry over at
 * midnight JST.
 */
export function responseCacheKey(request: FastifyRequest, businessDay: string): string | undefined {
  if (request.headers.authorization !== undefined) return undefined
  // A GET is keyed on the parameters Apollo runs (lib/http/apollo-search.ts), every one in order, not on Fastify's
  // parse of the target, which also keeps what follows a `#`.
  const operation =
    request.method === 'GET'
      ? [...(apolloSearchParams(request.url) ?? [])]
      : request.method === 'POST'
        ? request.body
        : undefined
  if (operation === undefined) return undefined
  const caller: CallerClass = 'anonymous'
  const material = JSON.stringify([
    caller,
    // Answers may depend on "today" in Japan (the agreement in force, unexpired stock): none outlives its day.
    businessDay,
    request.method,
    operation,
    request.headers.accept ?? null,
    request.headers['content-type'] ?? null,
    request.headers['apollo-require-preflight'] !== undefined,
    request.headers['x-apollo-operation-name'] !== undefined,
  ])
  return createHash('sha256').update(material).digest('base64url')
}
