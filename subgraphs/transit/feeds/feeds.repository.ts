import type { Insertable } from 'kysely'
import type { TransitFeedVersion } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'

export const findFeedVersionsByOperator = (db: Executor, operatorIds: readonly string[]) =>
  db
    .selectFrom('transit.feedVersion')
    .selectAll()
    .where('operatorId', 'in', operatorIds)
    .orderBy('importedAt', 'desc')
    .orderBy('id')
    .execute()

export const insertFeedVersion = (db: Executor, values: Insertable<TransitFeedVersion>) =>
  db.insertInto('transit.feedVersion').values(values).returningAll().executeTakeFirstOrThrow()

/** Makes `id` the operator's active version; the previous one becomes SUPERSEDED in the same statement order. */
export async function activateFeedVersion(db: Executor, operatorId: string, id: string) {
  await db
    .updateTable('transit.feedVersion')
    .set({ status: 'SUPERSEDED' })
    .where('operatorId', '=', operatorId)
    .where('status', '=', 'ACTIVE')
    .execute()
  return db
    .updateTable('transit.feedVersion')
    .set({ status: 'ACTIVE' })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
