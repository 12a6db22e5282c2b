import { sql, type Insertable } from 'kysely'
import type { AgreementRegion } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { RegionModel } from './regions.model.js'

/** Rows of the view have nullable columns to the type system; `id` never is. */
const withId = <T extends { id: string | null }>(rows: T[]) =>
  rows.flatMap((row) => (row.id === null ? [] : [{ ...row, id: row.id }]))

const servedRegions = (db: Executor) =>
  db
    .selectFrom('agreement.servedRegion')
    .select(['id', 'name', 'kind', 'signedOn', 'isSample', 'centreMunicipalityCode', 'sortKey'])

/**
 * A page of regions in their order (the agreement in force, whose sort key is '', then the others by id in byte
 * order). The cursor is the sort key of the page's last region.
 */
export async function findRegionsPage(db: Executor, page: PageRequest): Promise<RegionModel[]> {
  const rows = await servedRegions(db)
    .$if(page.afterKey !== null, (qb) => qb.where(sql`sort_key`, '>', sql`${page.afterKey}::text collate "C"`))
    .orderBy('sortKey')
    .limit(page.limit + 1)
    .execute()
  return withId(rows)
}

export async function countRegions(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('agreement.servedRegion')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

export async function findRegionsByIds(db: Executor, ids: readonly string[]): Promise<RegionModel[]> {
  return withId(await servedRegions(db).where('id', 'in', ids).execute())
}

/** Each town's regions in region order (the agreement in force first): one statement for a page of towns. */
export async function findRegionsByMunicipalities(db: Executor, codes: readonly string[]) {
  const rows = await servedRegions(db)
    .innerJoin('agreement.municipalityRegion as mr', 'mr.regionId', 'id')
    .select('mr.municipalityCode')
    .where('mr.municipalityCode', 'in', codes)
    .orderBy('sortKey')
    .execute()
  return withId(rows)
}

/** Each region's towns in the order of its agreement. One statement for any number of regions. */
export async function findRegionMembers(db: Executor, ids: readonly string[]) {
  return db
    .selectFrom('agreement.municipalityRegion')
    .select(['regionId', 'municipalityCode'])
    .where('regionId', 'in', ids)
    .orderBy('position')
    .execute()
}

/** The region row as it is before a write (null: a new region), locked for the rest of the transaction. */
export function findRegionForUpdate(db: Executor, id: string) {
  return db.selectFrom('agreement.region').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function findRegionPartyCodes(db: Executor, id: string) {
  return db
    .selectFrom('agreement.regionParty')
    .select('municipalityCode')
    .where('regionId', '=', id)
    .orderBy('position')
    .execute()
}

/** Writes a region and replaces its towns (in order), as one region's recording. */
export async function upsertRegion(
  db: Executor,
  region: Insertable<AgreementRegion>,
  municipalityCodes: readonly string[],
): Promise<void> {
  const { id, ...fields } = region
  await db
    .insertInto('agreement.region')
    .values(region)
    .onConflict((oc) => oc.column('id').doUpdateSet(fields))
    .execute()
  await db.deleteFrom('agreement.regionParty').where('regionId', '=', id).execute()
  await db
    .insertInto('agreement.regionParty')
    .values(
      municipalityCodes.map((municipalityCode, index) => ({ regionId: id, municipalityCode, position: index + 1 })),
    )
    .execute()
}

/** Deletes a region and its towns' membership. */
export async function deleteRegion(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('agreement.regionParty').where('regionId', '=', id).execute()
  await db.deleteFrom('agreement.region').where('id', '=', id).execute()
}
