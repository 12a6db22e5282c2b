import type { FastifyInstance } from 'fastify'
import { Readable } from 'node:stream'

/**
 * `PUT /transit/feeds/:operatorId` on the gateway: streams a GTFS zip straight through to the transit
 * subgraph's upload route, so clients need one address. Nothing is buffered here; the subgraph
 * checks the token, ownership and size, and its answer (status and JSON) is passed back as it is.
 */
export function registerFeedUploadProxy(app: FastifyInstance, transitGraphqlUrl: string) {
  app.addContentTypeParser(['application/zip', 'application/octet-stream'], (_request, payload, done) => done(null, payload))
  app.put<{ Params: { operatorId: string }; Querystring: { fileName?: string } }>('/transit/feeds/:operatorId', async (request, reply) => {
    const target = new URL(`/feeds/${encodeURIComponent(request.params.operatorId)}`, transitGraphqlUrl)
    if (request.query.fileName) target.searchParams.set('fileName', request.query.fileName)
    const headers: Record<string, string> = { 'content-type': request.headers['content-type'] ?? 'application/zip', 'x-request-id': request.id }
    if (request.headers.authorization) headers['authorization'] = request.headers.authorization
    const upstream = await fetch(target, {
      method: 'PUT',
      headers,
      body: request.body ? (Readable.toWeb(request.body as Readable) as ReadableStream) : null,
      // Node's fetch needs this to send a streamed body.
      duplex: 'half',
    } as RequestInit)
    return reply.code(upstream.status).type(upstream.headers.get('content-type') ?? 'application/json').send(Buffer.from(await upstream.arrayBuffer()))
  })
}
