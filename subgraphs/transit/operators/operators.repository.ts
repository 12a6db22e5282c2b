import type { Executor } from '../../../lib/db/database.js'
import { pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findOperatorsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('transit.operator').selectAll().where('id', 'in', ids).execute()
}

/** Operators of each municipality, one page per municipality, in one statement. */
export function findOperatorsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    db
      .selectFrom('transit.operator')
      .selectAll()
      .where('municipalityCode', 'in', codes)
      .$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? '')),
    { parent: 'municipalityCode', order: [{ column: 'id' }], limit: page.limit },
  )
}
