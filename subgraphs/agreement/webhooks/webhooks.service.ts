import { z } from 'zod'
import type { RegisterWebhookInput } from '../../../codegen/agreement-resolvers.js'
import { groupBy } from '../../../lib/collections.js'
import { requireStaff } from '../../../lib/auth/viewer.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { EVENT_TYPE_NAMES, isEventType } from '../../../lib/events/event-types.js'
import { newWebhookSecret } from '../../../lib/events/webhook-signature.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { PUBLIC_ADDRESSES_ONLY, webhookUrlProblem } from '../../../lib/http/address-policy.js'
import type { AgreementContext } from '../context.js'
import type { RegisteredWebhookModel, WebhookSubscriptionModel } from './webhooks.model.js'
import {
  findAttempts,
  findRecentDeliveries,
  findSubscriptionForUpdate,
  findVisibleSubscriptions,
  insertSubscription,
  retireSubscription,
} from './webhooks.repository.js'

/** RegisterWebhookInput, mirrored by app.webhook_subscription's CHECKs (migration 0100). */
function registerRules(ctx: AgreementContext) {
  const policy = ctx.addressPolicy ?? PUBLIC_ADDRESSES_ONLY
  return z.object({
    url: z
      .string()
      .max(2000, 'must be at most 2000 characters')
      .superRefine((url, issue) => {
        const problem = webhookUrlProblem(url, policy)
        if (problem) issue.addIssue({ code: 'custom', message: problem })
      }),
    eventTypes: z
      .array(z.string().refine(isEventType, `must be one of ${EVENT_TYPE_NAMES.join(', ')}`))
      .min(1, 'must name at least one event type')
      .max(10, 'must name at most 10 event types')
      .transform((types) => [...new Set(types)]),
    scope: z.enum(['TOWN', 'REGION']).nullish(),
    description: z.string().max(200, 'must be at most 200 characters').nullish(),
    municipalityCode: z.string().nullish(),
  })
}

/** Staff register a webhook for their own town (admins for any town); the secret is returned this once. */
export function registerWebhook(ctx: AgreementContext, input: RegisterWebhookInput): Promise<RegisteredWebhookModel> {
  return runWrite(ctx, async (w) => {
    const data = parseInput(registerRules(ctx), input)
    const owner = w.ownerFor(data.municipalityCode, 'input.municipalityCode')
    const secret = newWebhookSecret()
    const row = await insertSubscription(w.trx, {
      municipalityCode: owner,
      scope: data.scope ?? 'TOWN',
      url: data.url,
      eventTypes: data.eventTypes,
      description: data.description ?? '',
      secret,
      createdBy: w.actor.subject,
    })
    // The audit entry has the URL but never the secret.
    await w.changed({
      operation: 'create',
      entity: 'WebhookSubscription',
      entityId: row.id,
      ownerCode: owner,
      after: row,
    })
    return { subscription: { ...row, recentDeliveries: [] }, secret }
  })
}

const SUBSCRIPTION_ACCESS = {
  what: 'webhook subscription',
  findByIds: async (trx: Parameters<typeof findSubscriptionForUpdate>[0], ids: string[]) =>
    (await findVisibleSubscriptions(trx)).filter((row) => ids.includes(row.id)),
  lockById: findSubscriptionForUpdate,
}

export function retireWebhook(ctx: AgreementContext, id: string): Promise<WebhookSubscriptionModel> {
  return runWrite(ctx, async (w) => {
    const existing = await w.lockOwned(id, SUBSCRIPTION_ACCESS)
    const retired = await retireSubscription(w.trx, id)
    await w.changedRow('WebhookSubscription', 'retire', retired, existing)
    return { ...retired, recentDeliveries: [] }
  })
}

/** The caller's visible subscriptions with their recent deliveries and attempts: three statements in all. */
export async function listWebhooks(ctx: AgreementContext): Promise<WebhookSubscriptionModel[]> {
  requireStaff(ctx.viewer)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const subscriptions = await findVisibleSubscriptions(trx)
    const deliveries = await findRecentDeliveries(
      trx,
      subscriptions.map((row) => row.id),
    )
    const attempts = await findAttempts(
      trx,
      deliveries.map((row) => row.id),
    )
    const logs = groupBy(attempts, (row) => row.deliveryId)
    const bySubscription = groupBy(
      deliveries.map((row) => ({ ...row, log: logs.get(row.id) ?? [] })),
      (row) => row.subscriptionId,
    )
    return subscriptions.map((row) => ({ ...row, recentDeliveries: bySubscription.get(row.id) ?? [] }))
  })
}
