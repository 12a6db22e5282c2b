import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { parse, print } from 'graphql'
import { apolloSearchParams } from './apollo-search.js'
import { projectPath } from '../paths.js'

/** SHA-256 (hex) of an operation's text: the id persisted-query clients send. */
export const operationHash = (text: string) => createHash('sha256').update(text).digest('hex')

/** The safelist built by `npm run codegen` (codegen/persisted-operations.json): hash → canonical text. */
export function readSafelist(): Map<string, string> {
  return new Map(
    Object.entries(
      JSON.parse(readFileSync(projectPath('codegen', 'persisted-operations.json'), 'utf8')) as Record<string, string>,
    ),
  )
}

/**
 * Apollo's persisted-query cache (`persistedQueries.cache`) answered from the safelist. A POST's hash is swapped
 * for the listed text by the guard below; a GET's parameters are read by Apollo from the URL, which the guard
 * cannot change, so without this a GET by hash alone met Apollo's empty cache (`PERSISTED_QUERY_NOT_FOUND`).
 * Read-only: clients never register documents here.
 */
export function safelistQueryCache(safelist: ReadonlyMap<string, string>) {
  const prefix = 'apq:' // Apollo Server's key prefix for persisted queries
  return {
    get: (key: string) => Promise.resolve(key.startsWith(prefix) ? safelist.get(key.slice(prefix.length)) : undefined),
    set: () => Promise.resolve(),
    delete: () => Promise.resolve(),
  }
}

interface GraphQLParams {
  query?: unknown
  extensions?: unknown
}

/** The canonical text of a submitted document, or null when it does not parse (GraphQL reports that itself). */
function canonical(query: string): string | null {
  try {
    return print(parse(query))
  } catch {
    return null
  }
}

function persistedHash(extensions: unknown): string | undefined {
  const value =
    typeof extensions === 'string'
      ? (() => {
          try {
            return JSON.parse(extensions) as unknown
          } catch {
            return undefined
          }
        })()
      : extensions
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash
  return typeof hash === 'string' ? hash : undefined
}

/**
 * A GET's `query` and `extensions` as Apollo reads them (first value of each, nothing after `#`). Reading Fastify's
 * `request.query` instead let `?query=<an unlisted document>#&extensions=<a listed hash>` show the guard a listed hash
 * while Apollo ran the document before the `#`. An unparsable target yields no parameters: refused.
 */
function getParams(url: string): GraphQLParams {
  const search = apolloSearchParams(url)
  return { query: search?.get('query') ?? undefined, extensions: search?.get('extensions') ?? undefined }
}

/**
 * PERSISTED_OPERATIONS_ONLY: `/graphql` runs only operations of the safelist. A client sends either
 * the hash (`extensions.persistedQuery.sha256Hash`, Apollo's format) or the full text, which is
 * accepted when its canonical form is listed. Anything else is refused with 400 before Apollo
 * parses or plans it — arbitrary documents never reach the query planner. A `preHandler` of the
 * `/graphql` route itself (see createGraphQLApp), so no spelling of the URL gets around it.
 */
export function safelistGuard(safelist: Map<string, string>): preHandlerAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'POST') return
    const params = request.method === 'GET' ? getParams(request.url) : (request.body as GraphQLParams | undefined)
    if (!params || typeof params !== 'object' || Array.isArray(params)) return
    const hash =
      persistedHash(params.extensions) ??
      (typeof params.query === 'string' ? operationHash(canonical(params.query) ?? '') : undefined)
    const text = hash === undefined ? undefined : safelist.get(hash)
    if (text !== undefined) {
      // Apollo reads a POST's parameters from this body; a GET's from the URL, where Apollo itself checks that a
      // query sent beside the hash has that hash.
      params.query = text
      return
    }
    return reply.code(400).send({
      errors: [
        {
          message:
            'Only persisted operations are accepted here ' +
            '(PERSISTED_OPERATIONS_ONLY): this document is not in the safelist.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    })
  }
}
