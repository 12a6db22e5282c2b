import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A 先進事例 with tags and links, a town's or region-wide: the model of SharedCase. */
export type SharedCaseModel = Selectable<DB['ict.sharedCase']>
