import type { FastifyInstance } from 'fastify'
import { PassThrough } from 'node:stream'
import type { Database } from '../../../lib/db/database.js'
import { writeRegionalFeed } from './regional-feed.js'

export const REGIONAL_FEED_PATH = '/feeds/regional.zip'
export const REGIONAL_FEED_FILE_NAME = 'minamisorachi-regional-gtfs-jp.zip'

/**
 * `GET /feeds/regional.zip`: the merged regional GTFS-JP feed, public, streamed as it is written
 * (no Content-Length: the zip does not exist until it has been sent). A client that hangs up ends
 * the COPY and releases the connection.
 */
export function registerRegionalFeed(app: FastifyInstance, db: Database) {
  app.get(REGIONAL_FEED_PATH, async (request, reply) => {
    const body = new PassThrough()
    writeRegionalFeed(db, body).catch((error: unknown) => {
      request.log.error({ err: error }, 'regional feed failed')
      body.destroy(error instanceof Error ? error : new Error('regional feed failed'))
    })
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${REGIONAL_FEED_FILE_NAME}"`)
      .header('cache-control', 'public, max-age=300')
      .send(body)
  })
}
