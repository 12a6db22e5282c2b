import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import type { WebhookAttemptModel, WebhookDeliveryModel, WebhookSubscriptionModel } from './webhooks.model.js'

/** How many recent deliveries of each subscription are read with it (its log as staff see it). */
export const WEBHOOK_LOG_LIMIT = 100

type SubscriptionRow = Omit<WebhookSubscriptionModel, 'recentDeliveries'>

const subscriptionColumns = [
  'id',
  'municipalityCode',
  'scope',
  'url',
  'eventTypes',
  'description',
  'createdAt',
  'retiredAt',
] as const

export async function insertSubscription(
  trx: Transaction<DB>,
  row: Omit<SubscriptionRow, 'id' | 'createdAt' | 'retiredAt'> & { secret: string; createdBy: string },
): Promise<SubscriptionRow> {
  const inserted = await trx
    .insertInto('app.webhookSubscription')
    .values(row)
    .returning(subscriptionColumns)
    .executeTakeFirstOrThrow()
  return inserted as SubscriptionRow
}

export async function findSubscriptionForUpdate(
  trx: Transaction<DB>,
  id: string,
): Promise<SubscriptionRow | undefined> {
  const row = await trx
    .selectFrom('app.webhookSubscription')
    .select(subscriptionColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row as SubscriptionRow | undefined
}

export async function retireSubscription(trx: Transaction<DB>, id: string): Promise<SubscriptionRow> {
  const row = await trx
    .updateTable('app.webhookSubscription')
    .set({ retiredAt: sql<Date>`coalesce(retired_at, now())` })
    .where('id', '=', id)
    .returning(subscriptionColumns)
    .executeTakeFirstOrThrow()
  return row as SubscriptionRow
}

/** Every subscription row-level security lets the transaction's viewer see, newest first. */
export async function findVisibleSubscriptions(trx: Transaction<DB>): Promise<SubscriptionRow[]> {
  const rows = await trx
    .selectFrom('app.webhookSubscription')
    .select(subscriptionColumns)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute()
  return rows as SubscriptionRow[]
}

/** The newest WEBHOOK_LOG_LIMIT deliveries of each subscription, one statement for all of them. */
export async function findRecentDeliveries(
  trx: Transaction<DB>,
  subscriptionIds: readonly string[],
): Promise<Omit<WebhookDeliveryModel, 'log'>[]> {
  if (subscriptionIds.length === 0) return []
  const result = await sql<Omit<WebhookDeliveryModel, 'log'>>`
    select id, "subscriptionId", "eventId", "eventType", status, attempts, "nextAttemptAt", "lastStatusCode",
           "lastError"
      from (
        select d.id, d.subscription_id as "subscriptionId", d.event_id as "eventId", e.type as "eventType", d.status,
               d.attempts, d.next_attempt_at as "nextAttemptAt", d.last_status_code as "lastStatusCode",
               d.last_error as "lastError",
               row_number() over (partition by d.subscription_id order by d.id desc) as position
          from app.webhook_delivery d join app.outbox_event e on e.id = d.event_id
         where d.subscription_id in (${sql.join(subscriptionIds)})
      ) ranked
     where position <= ${WEBHOOK_LOG_LIMIT}
     order by id desc`.execute(trx)
  return result.rows
}

export async function findAttempts(
  trx: Transaction<DB>,
  deliveryIds: readonly number[],
): Promise<WebhookAttemptModel[]> {
  if (deliveryIds.length === 0) return []
  return trx
    .selectFrom('app.webhookAttempt')
    .select(['deliveryId', 'attempt', 'attemptedAt', 'durationMs', 'statusCode', 'error', 'outcome'])
    .where('deliveryId', 'in', deliveryIds)
    .orderBy('deliveryId')
    .orderBy('attempt')
    .execute()
}
