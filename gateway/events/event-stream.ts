import type { FastifyInstance } from 'fastify'
import type { ServerResponse } from 'node:http'
import type { Database } from '../../lib/db/database.js'
import { sseFrame } from './event-message.js'
import { parseStreamRequest, type StreamRequest } from './event-stream-params.js'
import type { OutboxFeed } from './outbox-feed.js'
import { findEventsAfter, type StoredEvent } from './outbox.repository.js'

export interface EventStreamOptions {
  db: Database
  feed: OutboxFeed
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number
  /** Open streams in this process (default 2000); more get 503 and retry later. */
  maxStreams?: number
  /** Open streams per client address (default 20); more get 429. */
  maxStreamsPerClient?: number
}

const CATCH_UP_PAGE = 500
/** A client that lets this much pile up unread is dropped; it resumes with Last-Event-ID. */
const MAX_UNSENT_BYTES = 1_048_576
/** What EventSource waits before reconnecting. */
const RETRY_MS = 2000

/** One open stream: filters, then writes events in id order, never one twice. */
class StreamConnection {
  private lastSent: number
  private buffered: StoredEvent[] | null = []

  constructor(
    private readonly raw: ServerResponse,
    private readonly request: StreamRequest,
    start: number,
  ) {
    this.lastSent = start
  }

  private wanted(event: StoredEvent): boolean {
    const { towns, types } = this.request
    if (types.length > 0 && !types.includes(event.type)) return false
    return towns.length === 0 || event.municipalityCode === null || towns.includes(event.municipalityCode)
  }

  /** Live events from the feed: held back while the backlog is still being written. */
  receive(events: readonly StoredEvent[]): void {
    if (this.buffered) this.buffered.push(...events)
    else this.write(events)
  }

  write(events: readonly StoredEvent[]): void {
    for (const event of events) {
      if (event.id <= this.lastSent) continue
      this.lastSent = event.id
      if (this.wanted(event)) this.raw.write(sseFrame(event))
    }
    if (this.raw.writableLength > MAX_UNSENT_BYTES) this.raw.destroy()
  }

  /** Writes what happened after `Last-Event-ID` from the database, then the live events held meanwhile. */
  async catchUp(db: Database, until: number): Promise<void> {
    let cursor = this.lastSent
    while (cursor < until) {
      const page = await findEventsAfter(db, cursor, CATCH_UP_PAGE, this.request)
      this.write(page.filter((event) => event.id <= until))
      cursor = page.length < CATCH_UP_PAGE ? until : (page.at(-1)?.id ?? until)
    }
    this.lastSent = Math.max(this.lastSent, until)
    const held = this.buffered ?? []
    this.buffered = null
    this.write(held)
  }
}

/**
 * `GET /events`: the outbox as server-sent events (docs/events.md). Filters `town` and `types`; resumes after
 * `Last-Event-ID` (or `?lastEventId=`) from the database, so a reconnecting browser misses nothing; live events
 * come from the process's one OutboxFeed. Anonymous and public: every event is public data.
 */
export function registerEventStream(app: FastifyInstance, options: EventStreamOptions): void {
  const open = new Set<ServerResponse>()
  const perClient = new Map<string, number>()
  const maxStreams = options.maxStreams ?? 2000
  const maxPerClient = options.maxStreamsPerClient ?? 20

  app.addHook('preClose', (done) => {
    for (const raw of open) raw.end()
    done()
  })

  app.get('/events', async (request, reply) => {
    const parsed = parseStreamRequest(request.query, request.headers['last-event-id'])
    if (!parsed.ok) return reply.code(400).type('text/plain; charset=utf-8').send(parsed.problem)
    if (open.size >= maxStreams) {
      return reply.code(503).header('retry-after', '30').type('text/plain; charset=utf-8').send('Too many streams')
    }
    const client = request.ip
    if ((perClient.get(client) ?? 0) >= maxPerClient) {
      return reply.code(429).header('retry-after', '30').type('text/plain; charset=utf-8').send('Too many streams')
    }
    reply.hijack()
    const raw = reply.raw
    // Headers set before the hijack (CORS) are copied; undefined ones are left out.
    const earlier = Object.entries(reply.getHeaders()).filter(
      (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
    )
    raw.writeHead(200, {
      ...Object.fromEntries(earlier),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    })
    raw.write(`retry: ${RETRY_MS}\n\n`)
    const position = options.feed.position
    const connection = new StreamConnection(raw, parsed.request, parsed.request.lastEventId ?? position)
    const unsubscribe = options.feed.subscribe((events) => {
      connection.receive(events)
    })
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), options.heartbeatMs ?? 15_000)
    open.add(raw)
    perClient.set(client, (perClient.get(client) ?? 0) + 1)
    raw.on('close', () => {
      unsubscribe()
      clearInterval(heartbeat)
      open.delete(raw)
      const left = (perClient.get(client) ?? 1) - 1
      if (left > 0) perClient.set(client, left)
      else perClient.delete(client)
    })
    try {
      await connection.catchUp(options.db, position)
    } catch (error) {
      request.log.warn({ err: error }, 'event stream catch-up failed')
      raw.destroy()
    }
  })
}
