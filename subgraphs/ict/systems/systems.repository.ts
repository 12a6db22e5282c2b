import { sql, type Insertable, type Updateable } from 'kysely'
import type { IctSystem, IctSystemContract } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export function findSystemsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.system').selectAll().where('id', 'in', ids).execute()
}

const systemsInServiceOf = (db: Executor, codes: readonly string[]) =>
  db.selectFrom('ict.system').selectAll().where('municipalityCode', 'in', codes).where('retiredAt', 'is', null)

export function countSystemsByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(systemsInServiceOf(db, codes), 'municipalityCode')
}

/** Systems in service of each municipality, one page per municipality, in one statement. */
export function findSystemsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  return pagePerParent(
    db,
    systemsInServiceOf(db, codes).$if(page.afterKey !== null, (qb) => qb.where('id', '>', page.afterKey ?? '')),
    { parent: 'municipalityCode', order: [{ column: 'id' }], limit: page.limit },
  )
}

/** Systems in service of every town (the procurement finder) or of a page of towns (the matrix). */
export function findSystemsInService(
  db: Executor,
  options: { business?: string | null; municipalityCodes?: readonly string[] } = {},
) {
  const { municipalityCodes } = options
  return db
    .selectFrom('ict.system')
    .selectAll()
    .where('retiredAt', 'is', null)
    .$if(Boolean(options.business), (qb) => qb.where('business', '=', options.business ?? ''))
    .$if(municipalityCodes !== undefined, (qb) =>
      qb.where('municipalityCode', '=', sql<string>`any(${[...(municipalityCodes ?? [])]}::text[])`),
    )
    .orderBy('business')
    .orderBy('municipalityCode')
    .orderBy('id')
    .execute()
}

/** Locks the row for the rest of the transaction (needs the UPDATE policy: check ownership first). */
export function findSystemForUpdate(db: Executor, id: string) {
  return db.selectFrom('ict.system').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function insertSystem(db: Executor, values: Insertable<IctSystem>) {
  return db.insertInto('ict.system').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateSystem(db: Executor, id: string, changes: Updateable<IctSystem>) {
  return db
    .updateTable('ict.system')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Contract rows the CURRENT transaction's viewer may read: row-level security filters the rest. */
export function findVisibleContracts(db: Executor, systemIds: readonly string[]) {
  return db.selectFrom('ict.systemContract').selectAll().where('systemId', 'in', systemIds).execute()
}

export function upsertContract(db: Executor, values: Insertable<IctSystemContract>) {
  return db
    .insertInto('ict.systemContract')
    .values(values)
    .onConflict((oc) =>
      oc.column('systemId').doUpdateSet({
        startsOn: values.startsOn ?? null,
        annualCostYen: values.annualCostYen ?? null,
        notes: values.notes ?? '',
        updatedAt: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}
