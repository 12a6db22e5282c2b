import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findOperatorsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('transit.operator').selectAll().where('id', 'in', ids).execute()
}

const operatorsOf = (db: Executor, codes: readonly string[]) =>
  db.selectFrom('transit.operator').selectAll().where('municipalityCode', 'in', codes)

export function countOperatorsByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(operatorsOf(db, codes), 'municipalityCode')
}

/** Operators of each municipality, one page per municipality, in one statement. */
export function findOperatorsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    operatorsOf(db, codes).$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? '')),
    { parent: 'municipalityCode', order: [{ column: 'id' }], limit: page.limit },
  )
}
