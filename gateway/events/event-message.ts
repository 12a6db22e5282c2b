import type { StoredEvent } from './outbox.repository.js'

/**
 * An event as it travels, the same JSON in the event stream (`data:`) and in a webhook's body, in the shape
 * the Standard Webhooks specification recommends (`type`, `timestamp`, `data`) plus the outbox id and the town.
 * docs/events.md documents it.
 */
export interface EventMessage {
  /** The outbox id: increasing, the stream's `id:` and (as `evt_<id>`) the webhook-id. */
  id: number
  type: string
  /** When the change committed (ISO 8601). */
  timestamp: string
  /** The town the event is about; null for region-wide events. */
  municipalityCode: string | null
  subject: string
  data: unknown
}

/** Any outbox row: a stored event, or the event of a claimed webhook delivery. */
type OutboxRow = Omit<StoredEvent, 'type'> & { type: string }

export function messageOf(event: OutboxRow): EventMessage {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    municipalityCode: event.municipalityCode,
    subject: event.subject,
    data: event.payload,
  }
}

/** One server-sent event: `id`, `event` (the type, for addEventListener) and one `data` line of JSON. */
export function sseFrame(event: StoredEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(messageOf(event))}\n\n`
}
