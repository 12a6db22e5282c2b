import type { Selectable } from 'kysely'
import type { IctSystem } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { rowNumberOver } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export type SystemRow = Selectable<IctSystem>

export function findSystemsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.system').selectAll().where('id', 'in', ids).execute()
}

export function findSystemsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('ict.system')
        .selectAll()
        .select(rowNumberOver('municipalityCode', { column: 'id' }))
        .where('municipalityCode', 'in', codes)
        .$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? ''))
        .as('s'),
    )
    .selectAll()
    .where('rowNumber', '<=', page.limit + 1)
    .orderBy('id')
    .execute()
}
