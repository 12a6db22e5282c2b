import type { Transaction } from 'kysely'
import type { EventType } from '../events/event-types.js'
import type { DB } from './database.js'

/**
 * An event worth telling (DESIGN.md §5b), as the write path appends it to `app.outbox_event`: the gateway
 * streams it (`/events`), signs it to webhooks and lists it in the Atom feeds. Everything in it is public.
 */
export interface OutboxEvent {
  /** `<subject>.<verb>`, e.g. `shelter.opened` (lib/events/event-types.ts lists every type). */
  type: EventType
  /** The town whose data changed; null for region-wide events. */
  municipalityCode: string | null
  /** What the event is about: a shelter's id, a town's code, a release id. */
  subject: string
  /** JSON: one of the payload types of lib/events/event-types.ts. */
  payload: object
  /** Set when more than one process may record the same event: the second insert is a no-op. */
  dedupeKey?: string
}

/**
 * Appends events in one statement. Called by the write path as the transaction's last statement: the insert
 * takes the outbox's numbering lock (migration 0100), held until the commit, so it must come last.
 */
export async function appendOutboxEvents(
  trx: Transaction<DB>,
  events: readonly OutboxEvent[],
  requestId: string | null,
): Promise<void> {
  if (events.length === 0) return
  await trx
    .insertInto('app.outboxEvent')
    .values(
      events.map((event) => ({
        type: event.type,
        municipalityCode: event.municipalityCode,
        subject: event.subject,
        payload: JSON.stringify(event.payload),
        dedupeKey: event.dedupeKey ?? null,
        requestId,
      })),
    )
    .execute()
}
