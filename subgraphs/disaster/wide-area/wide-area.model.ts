import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import type { ShelterModel } from '../shelters/shelters.model.js'

/** An agreement between two towns to take evacuees: the model of EvacuationArrangement. */
export type EvacuationArrangementModel = Selectable<DB['disaster.evacuationArrangement']>

/** A shelter of another town ranked for a wide-area evacuation, with its distance and free places. */
export type EvacuationCandidateRow = ShelterModel & {
  distanceMetres: number
  remainingCapacity: number
  isOpen: boolean
}
