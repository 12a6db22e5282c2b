import type { Executor } from '../../lib/db/database.js'
import type { EventType } from '../../lib/events/event-types.js'

/** The gateway's reads of app.outbox_event (as gateway_svc, which may read it and append release events). */

export interface StoredEvent {
  id: number
  type: EventType
  municipalityCode: string | null
  subject: string
  payload: unknown
  occurredAt: Date
}

export interface EventFilter {
  /** Only events of these towns (and region-wide ones); empty: every town. */
  towns?: readonly string[]
  /** Only these types; empty: every type. */
  types?: readonly string[]
}

/** Events after `afterId`, oldest first, at most `limit`, optionally filtered. */
export async function findEventsAfter(
  db: Executor,
  afterId: number,
  limit: number,
  filter: EventFilter = {},
): Promise<StoredEvent[]> {
  let query = db
    .selectFrom('app.outboxEvent')
    .select(['id', 'type', 'municipalityCode', 'subject', 'payload', 'occurredAt'])
    .where('id', '>', afterId)
  const towns = filter.towns ?? []
  const types = filter.types ?? []
  if (towns.length > 0) {
    query = query.where((eb) => eb.or([eb('municipalityCode', 'in', towns), eb('municipalityCode', 'is', null)]))
  }
  if (types.length > 0) query = query.where('type', 'in', types)
  const rows = await query.orderBy('id').limit(limit).execute()
  return rows as StoredEvent[]
}

/** The newest events, newest first (Atom feeds). */
export async function findLatestEvents(db: Executor, types: readonly string[], limit: number): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('app.outboxEvent')
    .select(['id', 'type', 'municipalityCode', 'subject', 'payload', 'occurredAt'])
    .where('type', 'in', types)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows as StoredEvent[]
}

export async function latestEventId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('app.outboxEvent')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return row?.id ?? 0
}

/** Records a release once, whichever replica sees it first (the dedupe key makes the others' inserts no-ops). */
export async function recordReleaseEvent(
  db: Executor,
  release: { releaseId: string; publishedAt: string; datasets: number },
): Promise<void> {
  await db
    .insertInto('app.outboxEvent')
    .values({
      type: 'release.published',
      municipalityCode: null,
      subject: release.releaseId,
      payload: JSON.stringify(release),
      dedupeKey: `release:${release.releaseId}`,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .execute()
}
