import pg from 'pg'
import type { Logger } from '../../lib/logger.js'
import type { Database } from '../../lib/db/database.js'
import { findEventsAfter, latestEventId, type StoredEvent } from './outbox.repository.js'

export type EventListener = (events: readonly StoredEvent[]) => void

const BATCH = 500

/**
 * The outbox as a live feed for this process: woken by PostgreSQL's NOTIFY at each commit that appended events
 * (migration 0100), and polled as a fallback (a lost connection, a missed notification), it reads the events
 * after the last one it passed on and hands them, in id order, to every listener — the event streams of the
 * connected browsers and the webhook dispatcher. One reader per process, however many listeners.
 */
export class OutboxFeed {
  private lastId = 0
  private readonly listeners = new Set<EventListener>()
  private client: pg.Client | undefined
  private timer: NodeJS.Timeout | undefined
  private reading: Promise<void> | undefined
  private again = false
  private stopped = false

  constructor(
    private readonly db: Database,
    private readonly options: { databaseUrl: string; pollMs: number; logger: Logger },
  ) {}

  /** The id of the newest event passed on: a new stream's backlog ends here. */
  get position(): number {
    return this.lastId
  }

  async start(): Promise<void> {
    this.lastId = await latestEventId(this.db)
    await this.listen()
    this.timer = setInterval(() => void this.wake(), this.options.pollMs)
    this.timer.unref()
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Reads what is new now (coalesced: a wake-up during a read causes one more read after it). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.reading) {
      this.again = true
      return this.reading
    }
    this.reading = this.readNew().finally(() => {
      this.reading = undefined
      if (this.again) {
        this.again = false
        void this.wake()
      }
    })
    return this.reading
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    await this.reading
    await this.client?.end().catch(() => undefined)
  }

  private async readNew(): Promise<void> {
    try {
      for (;;) {
        const events = await findEventsAfter(this.db, this.lastId, BATCH)
        const last = events.at(-1)
        if (!last) return
        this.lastId = last.id
        for (const listener of this.listeners) listener(events)
        if (events.length < BATCH) return
      }
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox read failed; retried at the next poll')
    }
  }

  /** A dedicated connection for LISTEN (a pooled one could be handed to someone else); re-made when lost. */
  private async listen(): Promise<void> {
    if (this.stopped) return
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: 'gateway-events' })
    client.on('notification', () => void this.wake())
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'outbox listener lost its connection; reconnecting')
      this.client = undefined
      setTimeout(() => void this.listen().catch(() => undefined), this.options.pollMs).unref()
    })
    try {
      await client.connect()
      await client.query('LISTEN app_outbox_event')
      this.client = client
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox listener could not connect; polling only until it can')
      await client.end().catch(() => undefined)
      setTimeout(() => void this.listen().catch(() => undefined), this.options.pollMs * 5).unref()
    }
  }
}
