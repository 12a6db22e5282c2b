import { businessDate, type Clock } from '../../lib/business-date.js'
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server'
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler, preParsingHookHandler } from 'fastify'
import type { GraphQLRouteHooks } from '../../lib/http/graphql-app.js'
import { OperationTypeNode } from 'graphql'
import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { Counter, Gauge } from 'prom-client'
import type { Logger } from '../../lib/logger.js'
import { isCacheable, responseCacheKey } from './cache-key.js'
import type { DataVersions } from '../data-versions.js'
import { bodyText, readRequestBody, replayBody, type ReadBody } from './request-body.js'

export interface ResponseCacheOptions {
  versions: DataVersions
  /** Bytes of stored response bodies, at most; the least recently used go first. */
  maxBytes: number
  /** `max-age` for browsers and CDNs on anonymous GETs; 0 = they may store but must revalidate. */
  httpMaxAgeSeconds: number
  logger: Logger
  /** The clock whose date in Japan keys the entries (tests move it across midnight JST). */
  clock?: Clock | undefined
}

interface Entry {
  /** The data versions read before the answer was computed: the entry is good while they are current. */
  versions: string
  body: Buffer
  contentType: string
  etag: string
}

/** A request that missed: it is stored once answered, if Apollo says the answer may be (see `plugin`). */
export interface CacheCandidate {
  key: string
  versions: string
  storable: boolean
}

/** A miss being answered: identical requests arriving meanwhile (same key, same versions) wait for it. */
interface InProgress {
  answered: Promise<Entry | undefined>
  settle: (entry: Entry | undefined) => void
}

/** Misses are coalesced per key *and* versions: an answer computed before a write never serves a request after it. */
const inProgressKey = (candidate: { key: string; versions: string }) => `${candidate.versions}\n${candidate.key}`

type Outcomes = Record<CacheResult, { inc: () => void }>

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/** How a request was answered, and with what. */
interface Decision {
  result: CacheResult
  entry?: Entry | undefined
}

/** `coalesced`: answered with the bytes of an identical request that was being answered when it arrived. */
export type CacheResult = 'hit' | 'coalesced' | 'miss' | 'bypass'

const DAY_MS = 86_400_000

const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * The gateway's cache of anonymous reads. Looked up before Fastify parses the body (a hit costs no JSON parsing,
 * planning or subgraph call: the body's bytes are the key) and filled after Apollo answered. Correctness rests on the
 * data versions: an entry records the versions read *before* its answer was computed and is served only while they
 * are still current, and they are read afresh for every request — so once a write has returned, no gateway replica
 * serves an answer from before it.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>
  private readonly candidates = new WeakMap<FastifyRequest, CacheCandidate>()
  private readonly inProgress = new Map<string, InProgress>()
  private versionsUnavailable = false
  /** The business day of the last request and the instants it runs between (`businessDay`). */
  private today = { from: 0, until: 0, date: '' }

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: options.maxBytes,
      // The key is the request's text (cache-key.ts): it counts as well, at two bytes a character at most.
      sizeCalculation: (entry, key) => entry.body.length + 2 * key.length + 256,
    })
  }

  /** The hooks of the `/graphql` route (its metrics go to `app`). */
  routeHooks(app: FastifyInstance): GraphQLRouteHooks {
    const requests = new Counter({
      name: 'gateway_response_cache_requests_total',
      help:
        'GraphQL requests by response-cache outcome: hit, coalesced (waited for an identical ' +
        'request), miss (answered and maybe stored), bypass (signed in, or versions unreadable).',
      labelNames: ['result'],
      registers: [app.metrics],
    })
    const entries = this.entries
    new Gauge({
      name: 'gateway_response_cache_bytes',
      help: 'Bytes of stored response bodies.',
      registers: [app.metrics],
      collect() {
        this.set(entries.calculatedSize)
      },
    })
    // Pre-bound label sets: a request counts its outcome without hashing a label object.
    const outcomes: Outcomes = {
      hit: requests.labels({ result: 'hit' }),
      coalesced: requests.labels({ result: 'coalesced' }),
      miss: requests.labels({ result: 'miss' }),
      bypass: requests.labels({ result: 'bypass' }),
    }
    // Callback-style hooks: a hit is answered without a promise per hook.
    const store: onSendHookHandler = (request, reply, payload, done) => {
      done(null, this.store(request, reply, payload))
    }
    // Whatever became of a miss (not storable, an error, the caller gone), its waiters must not wait on.
    const settleUnanswered = (request: FastifyRequest) => {
      const candidate = this.candidates.get(request)
      if (candidate) this.settle(candidate, undefined)
    }
    return {
      preParsing: [this.lookUpHook(outcomes, app.initialConfig.bodyLimit ?? Number.POSITIVE_INFINITY)],
      onSend: [store],
      onResponse: [
        (request, _reply, done) => {
          settleUnanswered(request)
          done()
        },
      ],
      onRequestAbort: [
        (request, done) => {
          settleUnanswered(request)
          done()
        },
      ],
    }
  }

  /** The candidate of this request, for the GraphQL context (so `plugin` can mark it storable). */
  candidateOf(request: FastifyRequest): CacheCandidate | undefined {
    return this.candidates.get(request)
  }

  /** Marks a candidate storable once Apollo has answered a query without errors. */
  plugin<C extends { responseCache?: CacheCandidate | undefined }>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: () =>
        Promise.resolve({
          willSendResponse: (context) => {
            markStorable(context)
            return Promise.resolve()
          },
        }),
    }
  }

  /**
   * The look-up, a `preParsing` hook in callback style. It reads a POST's body itself (the key is its bytes), answers
   * a hit by sending without calling `done` (Fastify's way for a callback hook to answer), and hands any other
   * request's body on to Fastify's parser as a stream of the same bytes. The data versions are asked for before the
   * body is read, so that their read overlaps it. `limit`: the server's body limit (the route sets none).
   */
  private lookUpHook(outcomes: Outcomes, limit: number): preParsingHookHandler {
    return (request, reply, payload, done) => {
      const conclude = ({ result, entry }: Decision, body: ReadBody | undefined) => {
        outcomes[result].inc()
        reply.header('x-response-cache', result)
        if (!entry) {
          done(null, body ? replayBody(body, payload) : payload)
          return
        }
        const notModified = this.withHttpCaching(request, reply, entry)
        reply.header('content-type', entry.contentType).send(notModified ?? entry.body)
      }
      const decideWith = (body: ReadBody | undefined, versions: string | undefined) => {
        try {
          const decision = this.decide(
            request,
            responseCacheKey(request, this.businessDay(), body && bodyText(body)),
            versions,
          )
          if (decision instanceof Promise)
            decision.then((settled) => {
              conclude(settled, body)
            }, done)
          else conclude(decision, body)
        } catch (error) {
          done(asError(error))
        }
      }
      // Not cacheable, or refused unread by Fastify (413) as it would be without the cache.
      if (!isCacheable(request) || Number(request.headers['content-length']) > limit) {
        conclude({ result: 'bypass' }, undefined)
        return
      }
      const versions = this.readVersions()
      if (request.method !== 'POST') {
        void versions.then((read) => {
          decideWith(undefined, read)
        })
        return
      }
      readRequestBody(payload, limit).then(
        (body) => {
          // Past the limit: Fastify reads on from the replayed bytes and refuses it.
          if (!body.complete) conclude({ result: 'bypass' }, body)
          else
            void versions.then((read) => {
              decideWith(body, read)
            })
        },
        // The caller went away mid-body (or the body stream failed): a 400, as from Fastify's own reader.
        (error: unknown) => {
          done(Object.assign(asError(error), { statusCode: 400 }))
        },
      )
    }
  }

  /** A miss's answer, stored (and its waiters handed it) when Apollo marked it storable; the payload to send. */
  private store(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const candidate = this.candidates.get(request)
    if (!candidate?.storable || reply.statusCode !== 200 || typeof payload !== 'string') return payload
    const body = Buffer.from(payload)
    const entry: Entry = {
      versions: candidate.versions,
      body,
      contentType: String(reply.getHeader('content-type')),
      etag: etagOf(body),
    }
    this.entries.set(candidate.key, entry)
    this.settle(candidate, entry)
    return this.withHttpCaching(request, reply, entry) ?? payload
  }

  /**
   * How the request is answered: a hit, the entry of an identical request answered meanwhile (`coalesced`), a miss
   * (its candidate is kept, to be stored once answered), or `bypass`. Synchronous unless it waits for that request.
   */
  private decide(
    request: FastifyRequest,
    key: string | undefined,
    versions: string | undefined,
  ): Decision | Promise<Decision> {
    if (key === undefined || versions === undefined) return { result: 'bypass' }
    const entry = this.entries.get(key)
    if (entry && entry.versions === versions) return { result: 'hit', entry }
    // Equal versions mean no write committed between the other request's version read and ours: its
    // answer is as fresh as ours would be. After a write, a crowd asking the same thing costs one execution.
    const candidate: CacheCandidate = { key, versions, storable: false }
    const flight = inProgressKey(candidate)
    const running = this.inProgress.get(flight)
    const miss = (): Decision => {
      this.candidates.set(request, candidate)
      return { result: 'miss' }
    }
    if (running)
      // Nothing to share (an error, a partial answer): this request is answered on its own.
      return running.answered.then((answered) => (answered ? { result: 'coalesced', entry: answered } : miss()))
    let settle: InProgress['settle'] = () => {}
    const answered = new Promise<Entry | undefined>((resolve) => (settle = resolve))
    this.inProgress.set(flight, { answered, settle })
    return miss()
  }

  /**
   * The date in Japan now (lib/business-date.ts), worked out once a day: between two midnights JST (fixed UTC+9) it is
   * one string, so a request costs a clock reading and two comparisons.
   */
  private businessDay(): string {
    const now = this.options.clock ? this.options.clock().getTime() : Date.now()
    if (now >= this.today.from && now < this.today.until) return this.today.date
    const date = businessDate(new Date(now))
    const from = Date.parse(`${date}T00:00:00+09:00`)
    // Kept only where the fixed offset holds (the day's bounds contain `now`); elsewhere it is worked out every time.
    this.today = now >= from && now < from + DAY_MS ? { from, until: from + DAY_MS, date } : { from: 0, until: 0, date }
    return date
  }

  /** Hands a miss's entry (or nothing) to the requests waiting for it; the first call counts. */
  private settle(candidate: CacheCandidate, entry: Entry | undefined): void {
    const flight = inProgressKey(candidate)
    const running = this.inProgress.get(flight)
    if (!running) return
    this.inProgress.delete(flight)
    running.settle(entry)
  }

  /** Without the versions nothing can be proven fresh: the request runs uncached (and the outage is logged once). */
  private async readVersions(): Promise<string | undefined> {
    try {
      const versions = await this.options.versions.current()
      if (this.versionsUnavailable) this.options.logger.info('response cache: data versions readable again')
      this.versionsUnavailable = false
      return versions
    } catch (error) {
      if (!this.versionsUnavailable)
        this.options.logger.warn({ err: error }, 'response cache: data versions unreadable, answering uncached')
      this.versionsUnavailable = true
      return undefined
    }
  }

  /**
   * ETag and Cache-Control for GETs, so municipal sites and CDNs can cache and revalidate; `''` with a
   * 304 status when the caller's If-None-Match already names this answer, undefined otherwise.
   */
  private withHttpCaching(request: FastifyRequest, reply: FastifyReply, entry: Entry): '' | undefined {
    if (request.method !== 'GET') return undefined
    const maxAge = this.options.httpMaxAgeSeconds
    reply
      .header('etag', entry.etag)
      .header('cache-control', maxAge > 0 ? `public, max-age=${maxAge}` : 'public, no-cache')
      .header('vary', 'accept, authorization')
    const ifNoneMatch = request.headers['if-none-match']
    if (
      ifNoneMatch === undefined ||
      !ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)
    )
      return undefined
    reply.code(304)
    return ''
  }
}

/** Mutations and partial answers (a subgraph down) are never stored. */
function markStorable<C extends { responseCache?: CacheCandidate | undefined }>(
  context: GraphQLRequestContextWillSendResponse<C>,
): void {
  const { contextValue, operation, response } = context
  const candidate = contextValue.responseCache
  if (!candidate) return
  candidate.storable =
    operation?.operation === OperationTypeNode.QUERY &&
    response.body.kind === 'single' &&
    response.body.singleResult.errors === undefined &&
    (response.http.status ?? 200) === 200
}
