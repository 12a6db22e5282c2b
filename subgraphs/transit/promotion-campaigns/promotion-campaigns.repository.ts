import type { Insertable, Updateable } from 'kysely'
import type { TransitPromotionCampaign } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, firstPagePerParent, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findCampaignsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('transit.promotionCampaign').selectAll().where('id', 'in', ids).execute()
}

/** Locks the row for the rest of the transaction, so concurrent updates apply one after the other. */
export function findCampaignForUpdate(db: Executor, id: string) {
  return db.selectFrom('transit.promotionCampaign').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

const campaignsOf = (db: Executor, initiativeIds: readonly string[]) =>
  db.selectFrom('transit.promotionCampaign').selectAll().where('initiativeId', 'in', initiativeIds)

export function countCampaignsByInitiative(db: Executor, initiativeIds: readonly string[]) {
  return countPerParent(campaignsOf(db, initiativeIds), 'initiativeId')
}

const CAMPAIGN_PAGES = { parent: 'initiativeId', order: [{ column: 'id' }] } as const

/** The first page of campaigns of each initiative (the hot read of an initiative's records): a prepared statement. */
const firstCampaignPages = firstPagePerParent(
  'transit-first-campaign-pages',
  (db) => db.selectFrom('transit.promotionCampaign').selectAll(),
  CAMPAIGN_PAGES,
)

export function findCampaignsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  if (page.afterKey === null) return firstCampaignPages(db, initiativeIds, page.limit)
  return pagePerParent(db, campaignsOf(db, initiativeIds).where('id', '>', page.afterKey), {
    ...CAMPAIGN_PAGES,
    limit: page.limit,
  })
}

export function insertCampaign(db: Executor, values: Insertable<TransitPromotionCampaign>) {
  return db.insertInto('transit.promotionCampaign').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateCampaign(db: Executor, id: string, changes: Updateable<TransitPromotionCampaign>) {
  return db
    .updateTable('transit.promotionCampaign')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
