import type { FastifyInstance } from 'fastify'
import { createDatabase, type Database } from '../../lib/db/database.js'
import type { Logger } from '../../lib/logger.js'
import { registerAtomFeeds } from './atom-feeds.js'
import { registerEventStream } from './event-stream.js'
import { OutboxFeed } from './outbox-feed.js'
import { ReleaseWatcher } from './release-watcher.js'
import { DEFAULT_WEBHOOK_SETTINGS, WebhookDispatcher, type WebhookSettings } from './webhooks/webhook-dispatcher.js'

export interface EventsOptions {
  /** The gateway_svc role's connection string. */
  databaseUrl: string
  /** Fallback poll of the outbox when no notification arrives (default 1 s). */
  pollMs?: number
  /** The event stream's keep-alive comment interval (default 15 s). */
  heartbeatMs?: number
  /** OPENDATA_DIR, watched for new releases (absent: no release events from this process). */
  openDataDir?: string
  /** How often `current` is looked at (default 10 s). */
  releaseCheckMs?: number
  /** The webhook dispatcher's settings; false: this replica does not dispatch. */
  webhooks?: Partial<WebhookSettings> | false
}

/** What the portal reads besides the releases: the outbox (Atom feeds) and the live feed (snapshots). */
export interface EventsRuntime {
  db: Database
  feed: OutboxFeed
}

/**
 * The push channel (DESIGN.md §5b) in the gateway: one outbox feed per process, the `/events` stream over it,
 * the webhook dispatcher and the release watcher; all stopped when the app closes.
 */
export async function registerEvents(
  app: FastifyInstance,
  options: EventsOptions,
  logger: Logger,
): Promise<EventsRuntime> {
  const eventsLogger = logger.child({ component: 'events' })
  const db = createDatabase({ url: options.databaseUrl, poolMax: 4, applicationName: 'minamisorachi-gateway-events' })
  const pollMs = options.pollMs ?? 1000
  const feed = new OutboxFeed(db, { databaseUrl: options.databaseUrl, pollMs, logger: eventsLogger })
  await feed.start()
  registerAtomFeeds(app, db)
  registerEventStream(app, { db, feed, ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}) })
  const dispatcher =
    options.webhooks === false
      ? undefined
      : new WebhookDispatcher(db, { ...DEFAULT_WEBHOOK_SETTINGS, ...options.webhooks }, eventsLogger)
  dispatcher?.start(feed)
  const watcher = options.openDataDir
    ? new ReleaseWatcher(db, options.openDataDir, {
        intervalMs: options.releaseCheckMs ?? 10_000,
        logger: eventsLogger,
      })
    : undefined
  watcher?.start()
  app.addHook('onClose', async () => {
    await watcher?.stop()
    await dispatcher?.stop()
    await feed.stop()
    await db.destroy()
  })
  return { db, feed }
}
