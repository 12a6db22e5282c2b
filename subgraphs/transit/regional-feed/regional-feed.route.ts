import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { PassThrough } from 'node:stream'
import { finished } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
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
/**
 * How long a GET waits for a build of its own version that another request started, to be sent the copy kept of it:
 * a build at the nationwide scale data takes 10–30 s. Past this (a build paced by a slow client), it gets the 503.
 */
export const REGIONAL_FEED_WAIT_MS = 30_000
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
 * the cache and `concurrentBuilds`: one build per version at a time — a GET of a version being built waits for that
 * build (up to `waitMs`) and is sent the copy kept of it —, and past `concurrentBuilds` builds under way in this
 * process, a request that needs one gets `503` with `Retry-After` (a 304 or a kept copy needs none and is always
 * answered). Consumers polling at once after a transit write then cost one build, not one each.
 */
export function registerRegionalFeed(
  app: FastifyInstance,
  db: Database,
  cache: RegionalFeedCache,
  limits: { concurrentBuilds?: number; waitMs?: number } = {},
) {
  const builds = new FeedBuilds(limits.concurrentBuilds ?? REGIONAL_FEED_CONCURRENT_BUILDS)
  const waitMs = limits.waitMs ?? REGIONAL_FEED_WAIT_MS
  app.get(REGIONAL_FEED_PATH, async (request, reply) => {
    const feed = { request, reply, db, cache, builds }
    const first = await answerFeed(feed, true)
    if (first.waitFor) {
      // Outside the snapshot's transaction: a request waiting holds no database connection.
      const timer = new AbortController()
      await Promise.race([first.waitFor, sleep(waitMs, undefined, { signal: timer.signal }).catch(() => undefined)])
      timer.abort()
      // A client that went away meanwhile is owed nothing (and must not start a build).
      if (!reply.raw.destroyed) await answerFeed(feed, false)
    }
    return reply
  })
}

/** The builds under way in this process, one per ETag at most: the slots they take, and when each is over. */
class FeedBuilds {
  private readonly underWay = new Map<string, Promise<void>>()
  constructor(private readonly slots: number) {}

  get count(): number {
    return this.underWay.size
  }

  get full(): boolean {
    return this.underWay.size >= this.slots
  }

  /** Settles once the build of `etag` under way is over (its copy kept or not), if there is one. */
  of(etag: string): Promise<void> | undefined {
    return this.underWay.get(etag)
  }

  /** Counts the build of `etag` until `over` settles (it never rejects). */
  track(etag: string, over: Promise<void>): void {
    this.underWay.set(etag, over)
    void over.then(() => this.underWay.delete(etag))
  }
}

interface FeedRequest {
  request: FastifyRequest
  reply: FastifyReply
  db: Database
  cache: RegionalFeedCache
  builds: FeedBuilds
}

/**
 * Answers from one snapshot: 304, the kept copy, a build streamed to the client and into the cache — or, when
 * `mayWait` and the version is being built for another request, nothing yet: `waitFor` settles when that build is
 * over. Settles once the snapshot's tag is known (a build goes on streaming after).
 */
function answerFeed(
  { request, reply, db, cache, builds }: FeedRequest,
  mayWait: boolean,
): Promise<{ waitFor?: Promise<void> }> {
  // Whether the request has its outcome: after that, a failure is the build's, reported in the stream it cut short.
  let settled = false
  return new Promise((resolvePromise, reject) => {
    const resolve = (outcome: { waitFor?: Promise<void> }) => {
      settled = true
      resolvePromise(outcome)
    }
    const body = new PassThrough()
    writeRegionalFeed(db, async (etag) => {
      if (etagListMatches(request.headers['if-none-match'], etag, 'weak')) {
        void reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send()
        resolve({})
        return undefined
      }
      if (await sendKept(reply, cache, etag)) {
        resolve({})
        return undefined
      }
      // From here to `track`, nothing awaits: two requests cannot both find no build of the version and start one.
      const building = builds.of(etag)
      if (building && mayWait) {
        resolve({ waitFor: building })
        return undefined
      }
      if (building || builds.full) {
        const busy = serviceUnavailable(
          `The regional feed is being built for ${builds.count} other requests; ` +
            `try again in ${RETRY_AFTER_SECONDS} seconds.`,
        )
        void sendRestError(reply.header('retry-after', String(RETRY_AFTER_SECONDS)), busy, request.log)
        resolve({})
        return undefined
      }
      let buildOver = () => {}
      builds.track(etag, new Promise<void>((resolveOver) => (buildOver = resolveOver)))
      try {
        const { over } = await keepWhenWhole(body, cache, etag, request.log)
        void over.then(buildOver)
      } catch (error) {
        // Never a build counted for ever: the requests waiting for it would wait for nothing.
        buildOver()
        throw error
      }
      void feedReply(reply, etag).send(body)
      resolve({})
      return body
    }).catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error('regional feed failed')
      if (!settled) {
        reject(failure)
        return
      }
      request.log.error({ err: error }, 'regional feed failed')
      body.destroy(failure)
    })
  })
}

/** Sends the copy kept of `etag`'s build, if there is one. */
async function sendKept(reply: FastifyReply, cache: RegionalFeedCache, etag: string): Promise<boolean> {
  const kept = await cache.find(etag)
  if (kept) void feedReply(reply, etag).header('content-length', kept.size).send(kept.body)
  return kept !== undefined
}

/** The headers of the feed's answer, built or kept. */
const feedReply = (reply: FastifyReply, etag: string) =>
  reply
    .type('application/zip')
    .header('etag', etag)
    .header('cache-control', CACHE_CONTROL)
    .header('content-disposition', `attachment; filename="${REGIONAL_FEED_FILE_NAME}"`)

/**
 * Stores what `body` will stream to the client in `cache` as the feed of `etag` (piped before a byte is written),
 * kept only when written whole: a build that failed, or a client gone before its end, ends the body early (and the
 * build stops with it). `over` settles, never rejecting, once the build is over and its copy kept or dropped. The
 * cache failing (a full or read-only disk) costs the download nothing; the feed is then just not kept.
 */
async function keepWhenWhole(
  body: PassThrough,
  cache: RegionalFeedCache,
  etag: string,
  log: FastifyBaseLogger,
): Promise<{ over: Promise<void> }> {
  const notKept = (error: unknown) => {
    log.warn({ err: error }, 'regional feed not kept')
  }
  const store = await cache.store(etag).catch(notKept)
  const ended = finished(body)
  if (!store) return { over: ended.catch(() => undefined) }
  body.pipe(store.stream)
  return { over: ended.then(store.keep, store.discard).catch(notKept) }
}
