import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** An RPA/AI (or other) pilot of one town: the model of Pilot. */
export type PilotModel = Selectable<DB['ict.pilot']>
/** One step of a pilot's status history: the model of PilotStatusChange. */
export type PilotStatusChangeModel = Selectable<DB['ict.pilotStatusChange']>
