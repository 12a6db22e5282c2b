import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A joint drill or training as stored (participant counts only, never names): the model of Drill. */
export type DrillModel = Selectable<DB['disaster.drill']>
