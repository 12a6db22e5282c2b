import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { argumentInRange } from '../../../lib/graphql/input.js'
import { WEBHOOK_LOG_LIMIT } from './webhooks.repository.js'
import { listWebhooks, registerWebhook, retireWebhook } from './webhooks.service.js'

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_, __, ctx) => listWebhooks(ctx),
  },
  Mutation: {
    registerWebhook: (_, { input }, ctx) => registerWebhook(ctx, input),
    retireWebhook: (_, { id }, ctx) => retireWebhook(ctx, id),
  },
  WebhookSubscription: {
    municipality: (row, _, ctx) =>
      required(ctx.loaders.municipalityByCode.load(row.municipalityCode), `municipality ${row.municipalityCode}`),
    createdAt: (row) => row.createdAt.toISOString(),
    retiredAt: (row) => row.retiredAt?.toISOString() ?? null,
    deliveries: (row, { first }) =>
      row.recentDeliveries.slice(0, argumentInRange(first ?? 20, 'first', 0, WEBHOOK_LOG_LIMIT)),
  },
  WebhookDelivery: {
    id: (row) => String(row.id),
    eventId: (row) => String(row.eventId),
    nextAttemptAt: (row) => (row.status === 'PENDING' ? row.nextAttemptAt.toISOString() : null),
  },
  WebhookAttempt: {
    attemptedAt: (row) => row.attemptedAt.toISOString(),
  },
}
