import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A shelter's status report with the shelter's capacity (for its occupancy): the model of ShelterStatusReport. */
export type ShelterStatusReportModel = Selectable<DB['disaster.shelterStatusReport']> & { capacity: number | null }
/** One 対策本部 level a town recorded: the model of ResponseStatus. */
export type ResponseStatusModel = Selectable<DB['disaster.responseStatus']>
/** One 警戒レベル issued (or lifted, level null) for an area: the model of EvacuationAlert. */
export type EvacuationAlertModel = Selectable<DB['disaster.evacuationAlert']>
