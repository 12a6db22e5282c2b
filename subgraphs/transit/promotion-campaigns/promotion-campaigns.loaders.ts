import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import {
  countCampaignsByInitiative,
  findCampaignsByIds,
  findCampaignsByInitiative,
} from './promotion-campaigns.repository.js'

export function createPromotionCampaignLoaders(db: Database) {
  return {
    campaignById: rowLoader(
      (ids: readonly string[]) => findCampaignsByIds(db, ids),
      (row) => row.id,
    ),
    campaignsByInitiative: connectionLoader(
      (ids: readonly string[], page) => findCampaignsByInitiative(db, ids, page),
      (row) => row.initiativeId,
      (row) => row.id,
      (ids) => countCampaignsByInitiative(db, ids),
    ),
  }
}
