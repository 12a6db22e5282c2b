import { sql } from 'kysely'
import type { Database, Executor } from '../../../lib/db/database.js'

/**
 * The dispatcher's SQL (as gateway_svc): fan-out (events → one delivery per matching subscription), claims of
 * due deliveries under a lease, and the outcome of each attempt. Every step is one statement or one short
 * transaction, so any number of gateway replicas can run it side by side.
 */

/**
 * Turns up to `limit` events after the fan-out's cursor into deliveries and moves the cursor past them, in one
 * transaction that holds the cursor's row (another replica waits, then finds nothing left to do). A subscription
 * receives the events of its town (or of every town for REGION) that happened after it was created.
 */
export async function fanOut(db: Database, limit: number): Promise<{ events: number; deliveries: number }> {
  return db.transaction().execute(async (trx) => {
    const cursor = await trx.selectFrom('app.webhookFanout').select('lastEventId').forUpdate().executeTakeFirstOrThrow()
    const result = await sql<{ events: number; deliveries: number; lastId: number | null }>`
      with batch as (
        select id, type, municipality_code, occurred_at from app.outbox_event
        where id > ${cursor.lastEventId} order by id limit ${limit}
      ), created as (
        insert into app.webhook_delivery (subscription_id, event_id)
        select s.id, e.id from batch e join app.webhook_subscription s
          on e.type = any (s.event_types)
         and s.retired_at is null
         and e.occurred_at >= s.created_at
         and (s.scope = 'REGION' or e.municipality_code is null or e.municipality_code = s.municipality_code)
        on conflict (subscription_id, event_id) do nothing
        returning 1
      )
      select (select count(*) from batch)::int as events, (select count(*) from created)::int as deliveries,
             (select max(id) from batch) as "lastId"`.execute(trx)
    const row = result.rows[0]
    if (row?.lastId) {
      await trx.updateTable('app.webhookFanout').set({ lastEventId: row.lastId }).execute()
    }
    return { events: row?.events ?? 0, deliveries: row?.deliveries ?? 0 }
  })
}

export interface ClaimedDelivery {
  deliveryId: number
  attempt: number
  url: string
  secret: string
  retired: boolean
  eventId: number
  type: string
  municipalityCode: string | null
  subject: string
  payload: unknown
  occurredAt: Date
}

/**
 * Claims up to `limit` due deliveries for `leaseMs` (SKIP LOCKED: replicas never claim the same row) and counts
 * the attempt. A claim whose dispatcher dies expires with its lease and is claimed again.
 */
export async function claimDueDeliveries(db: Executor, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const result = await sql<ClaimedDelivery>`
    with due as (
      select id from app.webhook_delivery
      where status = 'PENDING' and next_attempt_at <= now() and (lease_until is null or lease_until < now())
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    update app.webhook_delivery d
       set lease_until = now() + make_interval(secs => ${leaseMs / 1000}), attempts = d.attempts + 1
      from due, app.webhook_subscription s, app.outbox_event e
     where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id
    returning d.id as "deliveryId", d.attempts as attempt, s.url, s.secret, s.retired_at is not null as retired,
              e.id as "eventId", e.type, e.municipality_code as "municipalityCode", e.subject, e.payload,
              e.occurred_at as "occurredAt"`.execute(db)
  return result.rows
}

export interface AttemptOutcome {
  deliveryId: number
  attempt: number
  durationMs: number
  statusCode: number | null
  error: string | null
  /** DELIVERED, RETRY (at `retryAt`) or FAILED (no attempt left, or the subscription retired). */
  outcome: 'DELIVERED' | 'RETRY' | 'FAILED'
  retryAt: Date | null
}

/** Logs the attempt and settles the delivery (or schedules its retry), in one transaction. */
export async function recordAttempt(db: Database, outcome: AttemptOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('app.webhookAttempt')
      .values({
        deliveryId: outcome.deliveryId,
        attempt: outcome.attempt,
        durationMs: outcome.durationMs,
        statusCode: outcome.statusCode,
        error: outcome.error,
        outcome: outcome.outcome,
      })
      .execute()
    await trx
      .updateTable('app.webhookDelivery')
      .set({
        status: outcome.outcome === 'RETRY' ? 'PENDING' : outcome.outcome,
        leaseUntil: null,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        ...(outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : {}),
        ...(outcome.outcome === 'RETRY' ? {} : { finishedAt: sql<Date>`now()` }),
      })
      .where('id', '=', outcome.deliveryId)
      .execute()
  })
}
