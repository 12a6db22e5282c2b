import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Signatures as the Standard Webhooks specification defines them (https://www.standardwebhooks.com/), so
 * receivers can verify with its libraries (`standardwebhooks` on npm, and ports for other languages):
 *
 *   webhook-id: evt_<outbox id>         the same on every retry of one event: receivers drop repeats by it
 *   webhook-timestamp: <unix seconds>   of this attempt: receivers refuse old ones (replays)
 *   webhook-signature: v1,<base64 HMAC-SHA256 over "<id>.<timestamp>.<body>">
 *
 * The secret is `whsec_` followed by 32 random bytes in base64, the key being those bytes.
 */

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
}

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')
  return `v1,${digest}`
}

/** The headers of one attempt. */
export function webhookHeaders(secret: string, eventId: number, body: string, now = Date.now()) {
  const id = `evt_${eventId}`
  const timestamp = Math.floor(now / 1000)
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secret, id, timestamp, body),
  }
}

/** For receivers written against this code base (and its tests): constant-time comparison, 5-minute window. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  body: string,
  now = Date.now(),
): boolean {
  const id = headers['webhook-id']
  const timestamp = Number(headers['webhook-timestamp'])
  const signatures = headers['webhook-signature']?.split(' ') ?? []
  if (!id || !Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > 300) return false
  const expected = Buffer.from(signWebhook(secret, id, timestamp, body))
  return signatures.some((candidate) => {
    const given = Buffer.from(candidate)
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
