import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify'
import { PassThrough } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { Database } from '../../../lib/db/database.js'
import { serviceUnavailable } from '../../../lib/errors.js'
import { etagListMatches } from '../../../lib/http/etag.js'
import { sendRestError } from '../../../lib/http/rest-errors.js'
import { writeRegionalFeed } from './regional-feed.js'
import type { RegionalFeedCache } from './regional-feed-cache.js'

export const REGIONAL_FEED_PATH = '/feeds/regional.zip'
export const REGIONAL_FEED_FILE_NAME = 'minamisorachi-regional-gtfs-jp.zip'
/** Builds of the feed under way at once in one process, at most (two cores' worth at the nationwide scale data). */
export const REGIONAL_FEED_CONCURRENT_BUILDS = 2
/** What a refused request is told to wait: a build at the scale data takes tens of seconds, a 503 costs nothing. */
const RETRY_AFTER_SECONDS = 5
const CACHE_CONTROL = 'public, max-age=300'

/**
 * `GET /feeds/regional.zip`: the merged regional GTFS-JP feed, public, streamed as it is written
 * (no Content-Length: the zip does not exist until it has been sent). A client that hangs up ends
 * the COPY and releases the connection.
 *
 * The answer carries the feed's ETag; a client that sends it back (`If-None-Match`) while no transit write has
 * committed since gets `304 Not Modified` and nothing is built — at the scale data a build is ~10 CPU-seconds here
 * and PostgreSQL's COPY of every stop_time, and GTFS consumers and the open-data publisher poll. A client that does
 * not gets the copy `cache` kept of the last build of this version, with its Content-Length; only the first GET
 * after a transit write builds it (streamed to that client and into the cache at once).
 *
 * The route is public and not rate-limited (a feed is one request a day for a consumer), so what bounds its cost is
 * the cache and `concurrentBuilds`: past that many builds under way in this process, a request that needs one gets
 * `503` with `Retry-After` (a 304 or a kept copy needs none and is always answered). Callers sending plain GETs in
 * parallel then take at most that many cores' worth of COPY and deflate, not all of them, and only until a build of
 * the version has completed.
 */
export function registerRegionalFeed(
  app: FastifyInstance,
  db: Database,
  cache: RegionalFeedCache,
  concurrentBuilds = REGIONAL_FEED_CONCURRENT_BUILDS,
) {
  let building = 0
  app.get(REGIONAL_FEED_PATH, (request, reply) => {
    // Settled once the snapshot's tag is known: with the 304, a kept copy, the 503, or the zip's stream while it is
    // being written.
    let answered = false
    let holdsSlot = false
    return new Promise<unknown>((resolve, reject) => {
      const body = new PassThrough()
      writeRegionalFeed(db, async (etag) => {
        answered = true
        if (etagListMatches(request.headers['if-none-match'], etag, 'weak')) {
          resolve(reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send())
          return undefined
        }
        const kept = await cache.find(etag)
        if (kept) {
          resolve(feedReply(reply, etag).header('content-length', kept.size).send(kept.body))
          return undefined
        }
        if (building >= concurrentBuilds) {
          const busy = serviceUnavailable(
            `The regional feed is being built for ${building} other requests; ` +
              `try again in ${RETRY_AFTER_SECONDS} seconds.`,
          )
          resolve(sendRestError(reply.header('retry-after', String(RETRY_AFTER_SECONDS)), busy, request.log))
          return undefined
        }
        building++
        holdsSlot = true
        resolve(feedReply(reply, etag).send(body))
        await keepWhenWhole(body, cache, etag, request.log)
        return body
      })
        .catch((error: unknown) => {
          if (!answered) {
            reject(error instanceof Error ? error : new Error('regional feed failed'))
            return
          }
          request.log.error({ err: error }, 'regional feed failed')
          body.destroy(error instanceof Error ? error : new Error('regional feed failed'))
        })
        .finally(() => {
          if (holdsSlot) building--
        })
    })
  })
}

/** The headers of the feed's answer, built or kept. */
const feedReply = (reply: FastifyReply, etag: string) =>
  reply
    .type('application/zip')
    .header('etag', etag)
    .header('cache-control', CACHE_CONTROL)
    .header('content-disposition', `attachment; filename="${REGIONAL_FEED_FILE_NAME}"`)

/**
 * Stores what `body` streams to the client in `cache` as the feed of `etag`, kept only when written whole: a build
 * that failed, or a client gone before its end, ends the body early (and the build stops with it). The cache failing
 * (a full or read-only disk) costs the download nothing; the feed is then just not kept.
 */
async function keepWhenWhole(body: PassThrough, cache: RegionalFeedCache, etag: string, log: FastifyBaseLogger) {
  const notKept = (error: unknown) => {
    log.warn({ err: error }, 'regional feed not kept')
  }
  const store = await cache.store(etag).catch(notKept)
  if (!store) return
  body.pipe(store.stream)
  finished(body).then(store.keep, store.discard).catch(notKept)
}
