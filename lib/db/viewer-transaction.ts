import { sql, type Transaction } from 'kysely'
import { dbSessionOf, type Viewer } from '../auth/viewer.js'
import type { Database, DB } from './database.js'
import { translatePostgresError } from './postgres-errors.js'

/**
 * Runs `work` in one transaction whose row-level-security settings describe `viewer`.
 * This is the only place that sets `app.municipality_code` / `app.role`; `set_config(…, true)`
 * scopes them to the transaction, so a pooled connection never carries one caller's identity
 * into the next caller's request.
 */
export async function withViewerTransaction<T>(
  db: Database,
  viewer: Viewer,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const session = dbSessionOf(viewer)
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select set_config('app.municipality_code', ${session.municipalityCode}, true), set_config('app.role', ${session.role}, true)`.execute(
        trx,
      )
      return work(trx)
    })
  } catch (error) {
    throw translatePostgresError(error)
  }
}
