import type { FastifyInstance } from 'fastify'
import { MAX_JSON_NESTING } from '../limits.js'

/**
 * The deepest nesting of objects and arrays in a JSON text, scanning at most until `limit` is passed (strings are
 * skipped with their escapes). Linear and without recursion, so it is safe on any text of allowed size.
 */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c)
        index++ // backslash: skip the escaped character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (char === 0x7d || char === 0x5d) depth--
  }
  return deepest
}

/**
 * JSON bodies nested deeper than MAX_JSON_NESTING are refused with 400 before they are parsed: recursive code
 * further on (the response-cache key, variable coercion, loggers) would otherwise overflow the stack on a
 * 20,000-deep `variables` object and answer 500. Everything else goes to Fastify's own parser (which also
 * refuses `__proto__` / `constructor.prototype` keys).
 */
export function registerJsonNestingLimit(app: FastifyInstance, maxNesting = MAX_JSON_NESTING): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (jsonNestingDepth(text, maxNesting) > maxNesting) {
      done(
        Object.assign(new Error(`Request body nests JSON more than ${maxNesting} levels deep.`), { statusCode: 400 }),
        undefined,
      )
      return
    }
    // Fastify's own parser answers through `done`; its return value carries nothing.
    void parseJson(request, text, done)
  })
}
