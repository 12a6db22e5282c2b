import { businessDate, type Clock } from '../../lib/business-date.js'
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { GraphQLRouteHooks } from '../../lib/http/graphql-app.js'
import { OperationTypeNode } from 'graphql'
import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { Counter, Gauge } from 'prom-client'
import type { Logger } from '../../lib/logger.js'
import { responseCacheKey } from './cache-key.js'
import type { DataVersions } from './data-versions.js'

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

/** `coalesced`: answered with the bytes of an identical request that was being answered when it arrived. */
export type CacheResult = 'hit' | 'coalesced' | 'miss' | 'bypass'

const DAY_MS = 86_400_000

const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * The gateway's cache of anonymous reads. Looked up before Apollo sees the request (a hit costs no
 * parsing, planning or subgraph call) and filled after it answered. Correctness rests on the data
 * versions: an entry records the versions read *before* its answer was computed and is served only
 * while they are still current, and they are read afresh for every request — so once a write has
 * returned, no gateway replica serves an answer from before it.
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

  /**
   * The hooks of the `/graphql` route (its metrics go to `app`); they run after any guard that may refuse the request
   * (the safelist).
   */
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
    const lookUp = async (request: FastifyRequest, reply: FastifyReply) => {
      const { result, entry } = await this.lookUp(request)
      requests.inc({ result })
      reply.header('x-response-cache', result)
      if (!entry) return
      const notModified = this.withHttpCaching(request, reply, entry)
      // Fastify's way for an async hook to answer: send, then return the reply.
      return reply.header('content-type', entry.contentType).send(notModified ?? entry.body)
    }
    const store = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
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
    // Whatever became of a miss (not storable, an error, the caller gone), its waiters must not wait on.
    const settleUnanswered = (request: FastifyRequest): Promise<void> => {
      const candidate = this.candidates.get(request)
      if (candidate) this.settle(candidate, undefined)
      return Promise.resolve()
    }
    return { preHandler: [lookUp], onSend: [store], onResponse: [settleUnanswered], onRequestAbort: [settleUnanswered] }
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

  async close(): Promise<void> {
    this.entries.clear()
    await this.options.versions.close()
  }

  private async lookUp(request: FastifyRequest): Promise<{ result: CacheResult; entry?: Entry }> {
    const key = responseCacheKey(request, this.businessDay())
    if (key === undefined) return { result: 'bypass' }
    const versions = await this.readVersions()
    if (versions === undefined) return { result: 'bypass' }
    const entry = this.entries.get(key)
    if (entry && entry.versions === versions) return { result: 'hit', entry }
    // Equal versions mean no write committed between the other request's version read and ours: its
    // answer is as fresh as ours would be. After a write, a crowd asking the same thing costs one execution.
    const candidate: CacheCandidate = { key, versions, storable: false }
    const flight = inProgressKey(candidate)
    const running = this.inProgress.get(flight)
    if (running) {
      const answered = await running.answered
      // Nothing to share (an error, a partial answer): this request is answered on its own.
      if (answered) return { result: 'coalesced', entry: answered }
    } else {
      let settle: InProgress['settle'] = () => {}
      const answered = new Promise<Entry | undefined>((resolve) => (settle = resolve))
      this.inProgress.set(flight, { answered, settle })
    }
    this.candidates.set(request, candidate)
    return { result: 'miss' }
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
