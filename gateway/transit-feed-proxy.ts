import type { FastifyInstance, FastifyReply } from 'fastify'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

/** Passes a subgraph's answer back as it is: status, content headers and the body, streamed. */
function relay(reply: FastifyReply, upstream: Response) {
  for (const header of ['content-type', 'content-disposition', 'cache-control']) {
    const value = upstream.headers.get(header)
    if (value) reply.header(header, value)
  }
  reply.code(upstream.status)
  return reply.send(upstream.body ? Readable.fromWeb(upstream.body as WebReadableStream) : '')
}

/**
 * The transit subgraph's file routes on the gateway, so clients need one address. Nothing is
 * buffered here; the subgraph checks tokens, ownership and sizes.
 *
 * - `PUT /transit/feeds/:operatorId`: streams a GTFS zip upload through to the subgraph.
 * - `GET /transit/feeds/regional.zip`: streams the merged regional GTFS-JP feed back.
 */
export function registerTransitFeedProxy(app: FastifyInstance, transitGraphqlUrl: string) {
  app.addContentTypeParser(['application/zip', 'application/octet-stream'], (_request, payload, done) =>
    done(null, payload),
  )
  app.get('/transit/feeds/regional.zip', async (request, reply) =>
    relay(
      reply,
      await fetch(new URL('/feeds/regional.zip', transitGraphqlUrl), { headers: { 'x-request-id': request.id } }),
    ),
  )
  app.put<{ Params: { operatorId: string }; Querystring: { fileName?: string } }>(
    '/transit/feeds/:operatorId',
    async (request, reply) => {
      const target = new URL(`/feeds/${encodeURIComponent(request.params.operatorId)}`, transitGraphqlUrl)
      if (request.query.fileName) target.searchParams.set('fileName', request.query.fileName)
      const headers: Record<string, string> = {
        'content-type': request.headers['content-type'] ?? 'application/zip',
        'x-request-id': request.id,
      }
      if (request.headers.authorization) headers['authorization'] = request.headers.authorization
      const upstream = await fetch(target, {
        method: 'PUT',
        headers,
        body: request.body ? (Readable.toWeb(request.body as Readable) as ReadableStream) : null,
        // Node's fetch needs this to send a streamed body.
        duplex: 'half',
      } as RequestInit)
      return relay(reply, upstream)
    },
  )
}
