import { sql, type Insertable } from 'kysely'
import type { DisasterStockLot, DisasterStockpileSite, DisasterStockTransfer } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import type { TownCoverageRow } from './stockpiles.model.js'

export const findSupplyItems = (db: Executor) =>
  db.selectFrom('disaster.supplyItem').selectAll().orderBy('category').orderBy('id').execute()
export const findSupplyItemsByIds = (db: Executor, ids: readonly string[]) =>
  db.selectFrom('disaster.supplyItem').selectAll().where('id', 'in', ids).execute()
export const findSitesByIds = (db: Executor, ids: readonly string[]) =>
  db.selectFrom('disaster.stockpileSite').selectAll().where('id', 'in', ids).execute()
export const findSitesByMunicipality = (db: Executor, codes: readonly string[]) =>
  db
    .selectFrom('disaster.stockpileSite')
    .selectAll()
    .where('municipalityCode', 'in', codes)
    .orderBy('name')
    .orderBy('id')
    .execute()
export const findLotsByIds = (db: Executor, ids: readonly string[]) =>
  db.selectFrom('disaster.stockLot').selectAll().where('id', 'in', ids).execute()
export const findLotsBySite = (db: Executor, siteIds: readonly string[]) =>
  db
    .selectFrom('disaster.stockLot')
    .selectAll()
    .where('siteId', 'in', siteIds)
    .where('quantity', '>', 0)
    .orderBy(sql`expires_on asc nulls last`)
    .orderBy('id')
    .execute()

/** Unexpired stock (and joint stock) on `today` (a date in Japan) per town and item, full-joined with the targets. */
export function findCoverage(db: Executor, municipalityCode: string | null, today: string) {
  return db
    .with('stock', (qb) =>
      qb
        .selectFrom('disaster.stockLot as l')
        .innerJoin('disaster.stockpileSite as s', 's.id', 'l.siteId')
        .select(['l.municipalityCode', 'l.itemId'])
        .select(sql<number>`sum(l.quantity)::int`.as('quantity'))
        .select(sql<number>`coalesce(sum(l.quantity) filter (where s.is_joint), 0)::int`.as('jointQuantity'))
        .where(sql<boolean>`(l.expires_on is null or l.expires_on >= ${today}::date)`)
        .groupBy(['l.municipalityCode', 'l.itemId']),
    )
    .selectFrom('stock')
    .fullJoin('disaster.stockTarget as t', (join) =>
      join.onRef('t.municipalityCode', '=', 'stock.municipalityCode').onRef('t.itemId', '=', 'stock.itemId'),
    )
    .select([
      sql<string>`coalesce(stock.municipality_code, t.municipality_code)`.as('municipalityCode'),
      sql<string>`coalesce(stock.item_id, t.item_id)`.as('itemId'),
      sql<number>`coalesce(stock.quantity, 0)`.as('quantity'),
      sql<number>`coalesce(stock.joint_quantity, 0)`.as('jointQuantity'),
      sql<number | null>`t.quantity`.as('target'),
    ])
    .$if(municipalityCode !== null, (qb) =>
      qb.where(sql<boolean>`coalesce(stock.municipality_code, t.municipality_code) = ${municipalityCode}`),
    )
    .orderBy('municipalityCode')
    .orderBy('itemId')
    .execute() as Promise<TownCoverageRow[]>
}

/** Lots expiring by `today` (a business date, lib/business-date.ts) + `withinDays`, soonest first. */
export function findExpiringLots(
  db: Executor,
  withinDays: number,
  municipalityCode: string | null,
  limit: number,
  today: string,
) {
  return db
    .selectFrom('disaster.stockLot')
    .selectAll()
    .where('quantity', '>', 0)
    .where('expiresOn', 'is not', null)
    .where(sql<boolean>`expires_on <= ${today}::date + ${withinDays}::int`)
    .$if(municipalityCode !== null, (qb) => qb.where('municipalityCode', '=', municipalityCode ?? ''))
    .orderBy('expiresOn')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export function findTransfersOf(db: Executor, municipalityCode: string, limit: number) {
  return db
    .selectFrom('disaster.stockTransfer')
    .selectAll()
    .where((eb) =>
      eb.or([eb('fromMunicipalityCode', '=', municipalityCode), eb('toMunicipalityCode', '=', municipalityCode)]),
    )
    .orderBy('requestedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

export const insertSite = (db: Executor, values: Insertable<DisasterStockpileSite>) =>
  db.insertInto('disaster.stockpileSite').values(values).returningAll().executeTakeFirstOrThrow()
export const insertLot = (db: Executor, values: Insertable<DisasterStockLot>) =>
  db.insertInto('disaster.stockLot').values(values).returningAll().executeTakeFirstOrThrow()
export const upsertTarget = (db: Executor, values: { municipalityCode: string; itemId: string; quantity: number }) =>
  db
    .insertInto('disaster.stockTarget')
    .values(values)
    .onConflict((oc) => oc.columns(['municipalityCode', 'itemId']).doUpdateSet({ quantity: values.quantity }))
    .execute()

/** Locks the lot: concurrent approvals against it queue here, so each sees the quantity the last one left. */
export const lockLot = (db: Executor, id: string) =>
  db.selectFrom('disaster.stockLot').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
export const setLotQuantity = (db: Executor, id: string, quantity: number) =>
  db.updateTable('disaster.stockLot').set({ quantity, updatedAt: new Date() }).where('id', '=', id).execute()

export const findTransferForUpdate = (db: Executor, id: string) =>
  db.selectFrom('disaster.stockTransfer').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
export const findTransfersByIds = (db: Executor, ids: readonly string[]) =>
  db.selectFrom('disaster.stockTransfer').selectAll().where('id', 'in', ids).execute()
export const insertTransfer = (db: Executor, values: Insertable<DisasterStockTransfer>) =>
  db.insertInto('disaster.stockTransfer').values(values).returningAll().executeTakeFirstOrThrow()
export const setTransferStatus = (db: Executor, id: string, status: string, note?: string) =>
  db
    .updateTable('disaster.stockTransfer')
    .set({ status, updatedAt: new Date(), ...(note !== undefined ? { note } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
