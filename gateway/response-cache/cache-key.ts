import type { FastifyRequest } from 'fastify'
import { apolloSearchParams } from '../../lib/http/apollo-search.js'

/**
 * Who is asking, as far as the answer can differ: only anonymous callers are cached (a signed-in
 * caller may see restricted fields), but the class is part of the key so that adding a class later
 * cannot mix answers.
 */
export type CallerClass = 'anonymous'

/** Whether a request can be answered from the cache at all: an anonymous GET or POST. */
export function isCacheable(request: FastifyRequest): boolean {
  return request.headers.authorization === undefined && (request.method === 'POST' || request.method === 'GET')
}

/**
 * Everything of the request that can change the response bytes: the operation (GET query string or POST body:
 * document, operation name, variables, extensions), the negotiated media type (Accept), and the headers Apollo's
 * CSRF prevention looks at, so a request that Apollo would refuse can never match an entry stored for one it
 * accepted. Undefined when the request is not cacheable at all (a signed-in caller, another method).
 * `businessDay` (the date in Japan) rolls every entry over at midnight JST.
 *
 * The key is the material itself, not a hash of it: a POST contributes its body's bytes as received, read before
 * Fastify parses them (`postBody`, one character per byte: request-body.ts), so a hit costs no JSON parse, no
 * re-serialisation and no SHA-256. Two bodies meaning the same (other spacing, other key order) are two entries; one
 * body always means one answer — and one outcome of everything that decides on the body before Apollo (the JSON
 * nesting limit, the parser, the safelist), so an entry can only be found by a request those let through. The
 * fixed fields come first, one line each (none can hold a line break: header values cannot, the date and method
 * are fixed), then the operation, which is last and may contain anything.
 */
/** A header's value, told apart from its absence (`=` before a value, nothing when absent). */
const present = (value: string | undefined) => (value === undefined ? '' : `=${value}`)
const flag = (value: string | string[] | undefined) => (value === undefined ? '0' : '1')

export function responseCacheKey(
  request: FastifyRequest,
  businessDay: string,
  postBody: string | undefined,
): string | undefined {
  const { headers } = request
  if (!isCacheable(request)) return undefined
  const operation =
    request.method === 'POST'
      ? postBody
      : request.method === 'GET'
        ? // A GET is keyed on the parameters Apollo runs (lib/http/apollo-search.ts), every one in order, not on
          // Fastify's parse of the target, which also keeps what follows a `#`.
          JSON.stringify([...(apolloSearchParams(request.url) ?? [])])
        : undefined
  if (operation === undefined) return undefined
  const caller: CallerClass = 'anonymous'
  // Answers may depend on "today" in Japan (the agreement in force, unexpired stock): none outlives its day.
  return (
    `${caller}\n${businessDay}\n${request.method}\n${present(headers.accept)}\n${present(headers['content-type'])}\n` +
    `${flag(headers['apollo-require-preflight'])}${flag(headers['x-apollo-operation-name'])}\n${operation}`
  )
}
