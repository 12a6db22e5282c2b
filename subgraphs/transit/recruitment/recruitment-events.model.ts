import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A recruitment event (説明会, 体験会) of a town or the region: the model of RecruitmentEvent. */
export type RecruitmentEventModel = Selectable<DB['transit.recruitmentEvent']>
