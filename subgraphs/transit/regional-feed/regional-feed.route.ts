import type { FastifyInstance } from 'fastify'
import { PassThrough } from 'node:stream'
import type { Database } from '../../../lib/db/database.js'
import { matchesTag, writeRegionalFeed } from './regional-feed.js'

export const REGIONAL_FEED_PATH = '/feeds/regional.zip'
export const REGIONAL_FEED_FILE_NAME = 'minamisorachi-regional-gtfs-jp.zip'

/**
 * `GET /feeds/regional.zip`: the merged regional GTFS-JP feed, public, streamed as it is written
 * (no Content-Length: the zip does not exist until it has been sent). A client that hangs up ends
 * the COPY and releases the connection.
 *
 * The answer carries the feed's ETag; a client that sends it back (`If-None-Match`) while no transit write has
 * committed since gets `304 Not Modified` and nothing is built — at the scale data a build is ~10 CPU-seconds here
 * and PostgreSQL's COPY of every stop_time, and GTFS consumers and the open-data publisher poll.
 */
export function registerRegionalFeed(app: FastifyInstance, db: Database) {
  app.get(REGIONAL_FEED_PATH, (request, reply) => {
    // Settled once the snapshot's tag is known: with the 304, or with the zip's stream while it is being written.
    let answered = false
    return new Promise<unknown>((resolve, reject) => {
      const body = new PassThrough()
      writeRegionalFeed(db, (etag) => {
        answered = true
        reply.header('etag', etag).header('cache-control', 'public, max-age=300')
        if (matchesTag(request.headers['if-none-match'], etag)) {
          resolve(reply.code(304).send())
          return undefined
        }
        resolve(
          reply
            .type('application/zip')
            .header('content-disposition', `attachment; filename="${REGIONAL_FEED_FILE_NAME}"`)
            .send(body),
        )
        return body
      }).catch((error: unknown) => {
        if (!answered) {
          reject(error instanceof Error ? error : new Error('regional feed failed'))
          return
        }
        request.log.error({ err: error }, 'regional feed failed')
        body.destroy(error instanceof Error ? error : new Error('regional feed failed'))
      })
    })
  })
}
