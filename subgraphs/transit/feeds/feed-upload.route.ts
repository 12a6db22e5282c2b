import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Readable } from 'node:stream'
import { basename } from 'node:path'
import { badUserInput } from '../../../lib/errors.js'
import { sendRestError } from '../../../lib/http/rest-errors.js'
import { receiveToTempFile } from '../../../lib/http/temp-upload.js'
import { openZipFile } from '../gtfs/zip-archive.js'
import type { TransitContext } from '../context.js'
import { authorizeFeedImport, importFeedArchive } from './feeds.service.js'
import type { FeedVersionModel } from './feeds.model.js'

export const FEED_UPLOAD_PATH = '/feeds/:operatorId'
const DEFAULT_LIMIT = 512 * 1024 * 1024

/** The version as the mutation returns it, for callers of the REST route. */
export const feedVersionJson = (version: FeedVersionModel) => ({
  id: version.id,
  status: version.status,
  fileName: version.fileName,
  rowCounts: version.rowCounts,
  warningCount: version.warningCount,
  importedAt: version.importedAt.toISOString(),
  isSample: version.isSample,
})

/**
 * `PUT /feeds/:operatorId?fileName=feed.zip` with the zip as the raw body (`application/zip`): the
 * way in for feeds too large for a base64 mutation. Ownership is checked before a byte is read;
 * the body is streamed to a temporary file (random access for the validator, flat memory), then
 * validated and loaded exactly like the mutation. Answers 201 with the version, or the mutation's
 * error shape with 400/401/403/404/413.
 */
export function registerFeedUpload(
  app: FastifyInstance,
  context: (request: FastifyRequest) => Promise<TransitContext>,
  limitBytes = DEFAULT_LIMIT,
) {
  // Hand the raw stream to the route: Fastify's parsers would buffer the body in memory.
  app.addContentTypeParser(['application/zip', 'application/octet-stream'], (_request, payload, done) => {
    done(null, payload)
  })
  app.put<{ Params: FeedUploadParams; Querystring: FeedUploadQuery }>(FEED_UPLOAD_PATH, async (request, reply) => {
    let version: FeedVersionModel
    try {
      version = await receiveAndImportFeed(request, reply, await context(request), limitBytes)
    } catch (error) {
      return sendRestError(reply, error, request.log)
    }
    return reply.code(201).send(feedVersionJson(version))
  })
}

interface FeedUploadParams {
  operatorId: string
}
interface FeedUploadQuery {
  fileName?: string
}

/** Checks the grant, streams the body to a temporary file and imports it; the file is gone afterwards. */
async function receiveAndImportFeed(
  request: FastifyRequest<{ Params: FeedUploadParams; Querystring: FeedUploadQuery }>,
  reply: FastifyReply,
  ctx: TransitContext,
  limitBytes: number,
): Promise<FeedVersionModel> {
  const grant = await authorizeFeedImport(ctx, request.params.operatorId)
  if (!(request.body as Readable | undefined)?.pipe)
    throw badUserInput('Send the feed as the body with Content-Type: application/zip.')
  const fileName =
    basename(request.query.fileName ?? 'feed.zip')
      .replace(/[^\w.-]/g, '_')
      .slice(0, 200) || 'feed.zip'
  // The client hanging up (here, or at the gateway, which then hangs up on us) stops the import
  // wherever it is: reading the body, validating, or loading.
  const gone = new AbortController()
  // (The request's own 'close' fires once its body is read; the response's only when the socket goes.)
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort()
  })
  const upload = await receiveToTempFile(request.body as Readable, limitBytes, fileName)
  try {
    const archive = await openZipFile(upload.path, ctx.loaders.feedImports.limits, fileName)
    return await importFeedArchive(ctx, grant, fileName, archive, { signal: gone.signal })
  } finally {
    await upload.dispose()
  }
}
