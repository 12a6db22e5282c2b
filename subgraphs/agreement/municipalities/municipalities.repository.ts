import type { Executor } from '../../../lib/db/database.js'

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
