import { sql, type Transaction } from 'kysely'
import { dbSessionOf, type Viewer } from '../auth/viewer.js'
import type { Database, DB } from './database.js'
import { translatePostgresError } from './postgres-errors.js'
import { statementTimeoutWithin, writeTimeoutFrom } from './write-deadline.js'

export interface ViewerTransactionOptions {
  /**
   * Epoch milliseconds by which the transaction must have ended: whatever remains when it starts (after waiting
   * for a pooled connection) becomes its `statement_timeout` and, on PostgreSQL 17+, its `transaction_timeout`,
   * so PostgreSQL rolls it back rather than letting it commit later. Absent: the login role's own limits apply.
   */
  deadline?: number | undefined
}

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
  options: ViewerTransactionOptions = {},
): Promise<T> {
  const session = dbSessionOf(viewer)
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select set_config('app.municipality_code', ${session.municipalityCode}, true),
        set_config('app.role', ${session.role}, true)${timeoutSettings(options.deadline)}`.execute(trx)
      return work(trx)
    })
  } catch (error) {
    throw translatePostgresError(error)
  }
}

/** In the same statement as the viewer's settings, so a time limit costs no extra round trip. */
function timeoutSettings(deadline: number | undefined) {
  const remaining = writeTimeoutFrom(deadline)
  if (remaining === undefined) return sql``
  const transaction = String(Math.floor(remaining))
  const statement = String(statementTimeoutWithin(Math.floor(remaining)))
  // transaction_timeout is new in PostgreSQL 17; older servers have the per-statement limit only.
  return sql`, set_config('statement_timeout', ${statement}, true), case
    when current_setting('server_version_num')::int >= 170000 then
      set_config('transaction_timeout', ${transaction}, true) end`
}
