/** GraphQL `WebhookSubscription`, with the recent deliveries read with it (set-based, see webhooks.service.ts). */
export interface WebhookSubscriptionModel {
  id: string
  municipalityCode: string
  scope: 'TOWN' | 'REGION'
  url: string
  eventTypes: string[]
  description: string
  createdAt: Date
  retiredAt: Date | null
  /** Newest first, at most WEBHOOK_LOG_LIMIT; empty for a subscription just registered. */
  recentDeliveries: WebhookDeliveryModel[]
}

/** GraphQL `RegisteredWebhook`. */
export interface RegisteredWebhookModel {
  subscription: WebhookSubscriptionModel
  secret: string
}

/** GraphQL `WebhookDelivery`. */
export interface WebhookDeliveryModel {
  id: number
  subscriptionId: string
  eventId: number
  eventType: string
  status: string
  attempts: number
  nextAttemptAt: Date
  lastStatusCode: number | null
  lastError: string | null
  log: WebhookAttemptModel[]
}

/** GraphQL `WebhookAttempt`. */
export interface WebhookAttemptModel {
  deliveryId: number
  attempt: number
  attemptedAt: Date
  durationMs: number
  statusCode: number | null
  error: string | null
  outcome: string
}
