import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/**
 * A joint drill or training as stored (participant counts only, never names): the model of Drill. `hostName`
 * where the statement read the host's name with it (a page of an initiative's drills); otherwise
 * `Municipality.name` loads it.
 */
export type DrillModel = Selectable<DB['disaster.drill']> & { hostName?: string | null }
