import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import type { ShelterModel } from '../shelters/shelters.model.js'

/** An agreement between two towns to take evacuees: the model of EvacuationArrangement. */
export type EvacuationArrangementModel = Selectable<DB['disaster.evacuationArrangement']>

/** Where an arrangement stands (migration 0122): only CONSENTED ones are in effect. */
export const ARRANGEMENT_STATUSES = ['PROPOSED', 'CONSENTED', 'DECLINED', 'WITHDRAWN'] as const
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number]
/** The statuses a PROPOSED arrangement can move to; each is final. */
export type ArrangementClosedStatus = Exclude<ArrangementStatus, 'PROPOSED'>
/** The status that binds both towns. */
export const IN_EFFECT: ArrangementStatus = 'CONSENTED'

/** A shelter of another town ranked for a wide-area evacuation, with its distance and free places. */
export type EvacuationCandidateRow = ShelterModel & {
  distanceMetres: number
  remainingCapacity: number
  isOpen: boolean
}
