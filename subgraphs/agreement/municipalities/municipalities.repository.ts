import type { Executor } from '../../../lib/db/database.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findMunicipalitiesByCodes(db: Executor, codes: readonly string[]) {
  return db.selectFrom('agreement.municipality').selectAll().where('code', 'in', codes).execute()
}

/** The parties to each agreement, in the order they signed. */
export function findMunicipalitiesByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.municipality as m')
    .innerJoin('agreement.party as p', 'p.municipalityCode', 'm.code')
    .selectAll('m')
    .select('p.agreementId')
    .where('p.agreementId', 'in', agreementIds)
    .orderBy('p.position')
    .execute()
}

/** A page of every served municipality in the served order (agreement.served_municipality.position). */
export function findServedMunicipalitiesPage(db: Executor, page: PageRequest) {
  let query = db
    .selectFrom('agreement.municipality as m')
    .innerJoin('agreement.servedMunicipality as s', 's.code', 'm.code')
    .selectAll('m')
    .select('s.position')
  if (page.afterKey !== null) query = query.where('s.position', '>', Number(page.afterKey))
  return query
    .orderBy('s.position')
    .limit(page.limit + 1)
    .execute()
}

export async function countServedMunicipalities(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('agreement.municipality')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}
