import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A town's campaign promoting public transport: the model of PromotionCampaign. */
export type PromotionCampaignModel = Selectable<DB['transit.promotionCampaign']>
