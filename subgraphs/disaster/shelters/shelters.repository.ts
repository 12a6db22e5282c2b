import type { Selectable } from 'kysely'
import type { DisasterShelter } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { rowNumberOver } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export type ShelterRow = Selectable<DisasterShelter>

export function findSheltersByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('disaster.shelter').selectAll().where('id', 'in', ids).execute()
}

/** Shelters in service of each municipality, `page.limit + 1` per municipality at most, in one statement. */
export function findSheltersByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('disaster.shelter')
        .selectAll()
        .select(rowNumberOver('municipalityCode', { column: 'id' }))
        .where('municipalityCode', 'in', codes)
        .where('retiredAt', 'is', null)
        .$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? ''))
        .as('s'),
    )
    .selectAll()
    .where('rowNumber', '<=', page.limit + 1)
    .orderBy('municipalityCode')
    .orderBy('id')
    .execute()
}
