import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** One audit row, written by the write path (lib/db/write-path.ts): the model of AuditEntry. */
export type AuditEntryModel = Selectable<DB['app.auditLog']>
