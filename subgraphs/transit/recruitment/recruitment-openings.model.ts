import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A driver (担い手) opening of a town or the region: the model of RecruitmentOpening. */
export type RecruitmentOpeningModel = Selectable<DB['transit.recruitmentOpening']>
