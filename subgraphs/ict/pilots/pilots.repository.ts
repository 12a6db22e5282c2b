import type { Selectable } from 'kysely'
import type { IctPilot } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { rowNumberOver } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export type PilotRow = Selectable<IctPilot>

export function findPilotsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.pilot').selectAll().where('id', 'in', ids).execute()
}

export function findPilotsByInitiative(db: Executor, initiativeIds: readonly string[], page: PageRequest) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('ict.pilot')
        .selectAll()
        .select(rowNumberOver('initiativeId', { column: 'id' }))
        .where('initiativeId', 'in', initiativeIds)
        .$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? ''))
        .as('p'),
    )
    .selectAll()
    .where('rowNumber', '<=', page.limit + 1)
    .orderBy('id')
    .execute()
}
