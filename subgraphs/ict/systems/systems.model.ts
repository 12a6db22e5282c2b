import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** One system of a town's inventory: the model of InformationSystem. */
export type InformationSystemModel = Selectable<DB['ict.system']>
/** A system's contract (its cost is restricted to the town and admins): the model of SystemContract. */
export type SystemContractModel = Selectable<DB['ict.systemContract']>
