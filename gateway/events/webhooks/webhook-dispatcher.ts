import type { Database } from '../../../lib/db/database.js'
import { PUBLIC_ADDRESSES_ONLY, type AddressPolicy } from '../../../lib/http/address-policy.js'
import { webhookHeaders } from '../../../lib/events/webhook-signature.js'
import type { Logger } from '../../../lib/logger.js'
import { messageOf } from '../event-message.js'
import type { OutboxFeed } from '../outbox-feed.js'
import { claimDueDeliveries, fanOut, recordAttempt, type ClaimedDelivery } from './webhook.repository.js'
import { sendWebhook } from './webhook-sender.js'

export interface WebhookSettings {
  /** One attempt's limit (WEBHOOK_TIMEOUT_MS, default 10 s). */
  timeoutMs: number
  /** Attempts before a delivery is FAILED (WEBHOOK_MAX_ATTEMPTS, default 12: about 7 hours of retries). */
  maxAttempts: number
  /** The first retry's delay; each next one doubles, up to `retryMaxMs` (defaults 5 s and 1 hour). */
  retryBaseMs: number
  retryMaxMs: number
  /** How often due retries are looked for (default 1 s); new events wake the dispatcher at once. */
  pollMs: number
  /** Deliveries in flight at once in this process (default 8). */
  concurrency: number
  /** A claim lasts one attempt's limit plus this much (default 30 s): a dispatcher that died lets go then. */
  leaseMarginMs: number
  /** WEBHOOK_ALLOWED_NETWORKS: private networks deliveries may reach (default none). */
  addressPolicy: AddressPolicy
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  timeoutMs: 10_000,
  maxAttempts: 12,
  retryBaseMs: 5000,
  retryMaxMs: 3_600_000,
  pollMs: 1000,
  concurrency: 8,
  leaseMarginMs: 30_000,
  addressPolicy: PUBLIC_ADDRESSES_ONLY,
}

const FAN_OUT_BATCH = 500

/** Exponential backoff with ±20 % jitter, so receivers that failed together are not retried in lockstep. */
export function retryDelayMs(attempt: number, settings: Pick<WebhookSettings, 'retryBaseMs' | 'retryMaxMs'>): number {
  const delay = Math.min(settings.retryBaseMs * 2 ** Math.max(attempt - 1, 0), settings.retryMaxMs)
  return Math.round(delay * (0.8 + Math.random() * 0.4))
}

/**
 * Carries outbox events to webhook subscribers (DESIGN.md §5b), with everything it knows kept in PostgreSQL so
 * that a restart (or a second replica) carries on where it stopped: the fan-out cursor, each delivery's attempts
 * and next attempt, and a lease on what is being sent. Woken by the outbox feed for new events and by a timer for
 * retries that fall due.
 */
export class WebhookDispatcher {
  private running: Promise<void> | undefined
  private again = false
  private stopped = false
  private timer: NodeJS.Timeout | undefined
  private unsubscribe: (() => void) | undefined

  constructor(
    private readonly db: Database,
    private readonly settings: WebhookSettings,
    private readonly logger: Logger,
  ) {}

  start(feed: OutboxFeed): void {
    this.unsubscribe = feed.subscribe(() => void this.wake())
    this.timer = setInterval(() => void this.wake(), this.settings.pollMs)
    this.timer.unref()
    void this.wake()
  }

  /** One pass (coalesced: a wake-up during a pass causes one more pass after it). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = this.pass()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'webhook dispatch failed; retried at the next poll')
      })
      .finally(() => {
        this.running = undefined
        if (this.again) {
          this.again = false
          void this.wake()
        }
      })
    return this.running
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.unsubscribe?.()
    clearInterval(this.timer)
    await this.running
  }

  private async pass(): Promise<void> {
    while ((await fanOut(this.db, FAN_OUT_BATCH)).events === FAN_OUT_BATCH);
    const leaseMs = this.settings.timeoutMs + this.settings.leaseMarginMs
    for (;;) {
      if (this.stopped) return
      const claimed = await claimDueDeliveries(this.db, this.settings.concurrency, leaseMs)
      if (claimed.length === 0) return
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)))
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const base = { deliveryId: delivery.deliveryId, attempt: delivery.attempt }
    if (delivery.retired) {
      const error = 'the subscription was retired'
      await recordAttempt(this.db, {
        ...base,
        durationMs: 0,
        statusCode: null,
        error,
        outcome: 'FAILED',
        retryAt: null,
      })
      return
    }
    const body = JSON.stringify(
      messageOf({
        id: delivery.eventId,
        type: delivery.type,
        municipalityCode: delivery.municipalityCode,
        subject: delivery.subject,
        payload: delivery.payload,
        occurredAt: delivery.occurredAt,
      }),
    )
    const started = Date.now()
    const result = await sendWebhook(delivery.url, body, webhookHeaders(delivery.secret, delivery.eventId, body), {
      timeoutMs: this.settings.timeoutMs,
      policy: this.settings.addressPolicy,
    })
    const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
    const outcome = delivered ? 'DELIVERED' : delivery.attempt >= this.settings.maxAttempts ? 'FAILED' : 'RETRY'
    await recordAttempt(this.db, {
      ...base,
      durationMs: Date.now() - started,
      statusCode: result.statusCode,
      error: result.error ?? (delivered ? null : `answered ${String(result.statusCode)}`),
      outcome,
      retryAt: outcome === 'RETRY' ? new Date(Date.now() + retryDelayMs(delivery.attempt, this.settings)) : null,
    })
  }
}
