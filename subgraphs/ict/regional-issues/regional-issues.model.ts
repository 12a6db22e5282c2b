import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A 地域課題 that pilots address: the model of RegionalIssue. */
export type RegionalIssueModel = Selectable<DB['ict.regionalIssue']>
