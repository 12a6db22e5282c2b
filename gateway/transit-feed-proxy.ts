import type { FastifyInstance, FastifyReply } from 'fastify'
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { streamUpload } from '../lib/http/stream-upload.js'
import { isUuid } from '../lib/ids.js'

const ZIP_TYPES = ['application/zip', 'application/octet-stream']

/** The error shape of /graphql and the subgraph routes, for refusals the gateway makes itself. */
const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ errors: [{ message, extensions: { code } }] })

const RELAYED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'etag', 'retry-after']

/**
 * Passes a subgraph's answer back as it is: status, content headers and the body, streamed. Its length too when it
 * has one (the regional feed's kept copy): fetch hands the body over as sent unless it was encoded.
 */
function relay(reply: FastifyReply, upstream: Response) {
  const relayed = upstream.headers.has('content-encoding') ? RELAYED_HEADERS : [...RELAYED_HEADERS, 'content-length']
  for (const header of relayed) {
    const value = upstream.headers.get(header)
    if (value) reply.header(header, value)
  }
  reply.code(upstream.status)
  return reply.send(upstream.body && upstream.status !== 304 ? Readable.fromWeb(upstream.body) : undefined)
}

/** The same for an answer read with node:http (the upload's). */
function relayIncoming(reply: FastifyReply, upstream: IncomingMessage) {
  for (const header of RELAYED_HEADERS) {
    const value = upstream.headers[header]
    if (typeof value === 'string') reply.header(header, value)
  }
  reply.code(upstream.statusCode ?? 502)
  return reply.send(upstream)
}

/**
 * The transit subgraph's file routes on the gateway, so clients need one address. Nothing is
 * buffered here; the subgraph checks tokens, ownership and sizes.
 *
 * - `PUT /transit/feeds/:operatorId`: streams a GTFS zip upload through to the subgraph.
 * - `GET /transit/feeds/regional.zip`: streams the merged regional GTFS-JP feed back; the client's `If-None-Match`
 *   goes to the subgraph, which answers 304 when the client's copy is current.
 */
export function registerTransitFeedProxy(app: FastifyInstance, transitGraphqlUrl: string) {
  app.addContentTypeParser(['application/zip', 'application/octet-stream'], (_request, payload, done) => {
    done(null, payload)
  })
  app.get('/transit/feeds/regional.zip', async (request, reply) => {
    const headers: Record<string, string> = { 'x-request-id': request.id }
    const ifNoneMatch = request.headers['if-none-match']
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch
    return relay(reply, await fetch(new URL('/feeds/regional.zip', transitGraphqlUrl), { headers }))
  })
  app.put<{ Params: { operatorId: string }; Querystring: { fileName?: string } }>(
    '/transit/feeds/:operatorId',
    async (request, reply) => {
      // Refused here, before a byte goes on: a body of another type (Fastify has parsed it as text or
      // JSON, so it is not a stream to pass on), and an id that is no operator id at all ('..', '%2e%2e').
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      if (!ZIP_TYPES.includes(type))
        return refuse(reply, 415, 'BAD_USER_INPUT', 'Send the feed as the body with Content-Type: application/zip.')
      if (!isUuid(request.params.operatorId))
        return refuse(reply, 404, 'NOT_FOUND', `No operator with id ${JSON.stringify(request.params.operatorId)}.`)
      // A client hanging up on us hangs up on the subgraph too, which then stops the import.
      const gone = new AbortController()
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) gone.abort()
      })
      const target = new URL(`/feeds/${encodeURIComponent(request.params.operatorId)}`, transitGraphqlUrl)
      if (request.query.fileName) target.searchParams.set('fileName', request.query.fileName)
      const headers: Record<string, string> = {
        'content-type': request.headers['content-type'] ?? 'application/zip',
        'x-request-id': request.id,
      }
      if (request.headers.authorization) headers['authorization'] = request.headers.authorization
      if (request.headers['content-length']) headers['content-length'] = request.headers['content-length']
      // node:http, not fetch: fetch would hold the whole upload in memory (lib/http/stream-upload.ts).
      const upstream = await streamUpload(target, {
        headers,
        body: request.body instanceof Readable ? request.body : Readable.from([]),
        signal: gone.signal,
      }).catch((error: unknown) => {
        if (gone.signal.aborted) return null
        throw error
      })
      return upstream ? relayIncoming(reply, upstream) : reply
    },
  )
}
