import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/**
 * An RPA/AI (or other) pilot of one town: the model of Pilot. `municipalityName` where the statement read the town's
 * name with it (a page of an initiative's pilots); otherwise `Municipality.name` loads it.
 */
export type PilotModel = Selectable<DB['ict.pilot']> & { municipalityName?: string | null }
/** One step of a pilot's status history: the model of PilotStatusChange. */
export type PilotStatusChangeModel = Selectable<DB['ict.pilotStatusChange']>
