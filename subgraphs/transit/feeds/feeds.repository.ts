import type { Insertable } from 'kysely'
import type { TransitFeedVersion, TransitGtfsFile } from '../../../codegen/db.js'
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

/** What each file of a version held: header, the columns kept in `extra`, rows. */
export async function insertFeedFiles(db: Executor, files: Insertable<TransitGtfsFile>[]) {
  if (files.length > 0) await db.insertInto('transit.gtfsFile').values(files).execute()
}

/** The import's outcome on its version: rows per file and the warnings (count and the first ones). */
export const recordFeedOutcome = (
  db: Executor,
  id: string,
  outcome: { rowCounts: string; warningCount: number; warnings: string },
) => db.updateTable('transit.feedVersion').set(outcome).where('id', '=', id).execute()
