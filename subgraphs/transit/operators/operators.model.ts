import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A bus operator (a town's, or region-wide with no town): the model of Operator. */
export type OperatorModel = Selectable<DB['transit.operator']>
