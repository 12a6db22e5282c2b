import type { Database } from '../../lib/db/database.js'

/** The newest outbox event's id (0 when there is none): where a test's "events since" starts. */
export async function lastOutboxEventId(admin: Database): Promise<number> {
  const row = await admin
    .selectFrom('app.outboxEvent')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return row?.id ?? 0
}
