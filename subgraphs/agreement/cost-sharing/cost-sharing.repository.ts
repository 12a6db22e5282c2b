import { sql, type Insertable, type Transaction, type Updateable } from 'kysely'
import type { AgreementJointProject, AgreementJointProjectUsage } from '../../../codegen/db.js'
import type { DB, Executor } from '../../../lib/db/database.js'
import { countRows, newestFirstPage } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { JointProjectModel } from './cost-sharing.model.js'

export const projectSortKey = (row: JointProjectModel) => `${row.createdAt.toISOString()}|${row.id}`
export const isProjectSortKey = (key: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f-]{36}$/.test(key)

export function findProjectsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('agreement.jointProject').selectAll().where('id', 'in', ids).execute()
}

export function findProjectsByFiscalYears(db: Executor, years: readonly number[]) {
  return db
    .selectFrom('agreement.jointProject')
    .selectAll()
    .where('fiscalYear', 'in', years)
    .where('withdrawnAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute()
}

const projectsOf = (db: Executor, fiscalYear: number | null) =>
  db
    .selectFrom('agreement.jointProject')
    .selectAll()
    .where('withdrawnAt', 'is', null)
    .$if(fiscalYear !== null, (qb) => qb.where('fiscalYear', '=', fiscalYear ?? 0))

export const countProjects = (db: Executor, fiscalYear: number | null) => countRows(projectsOf(db, fiscalYear))

export function findProjectsPage(db: Executor, fiscalYear: number | null, page: PageRequest) {
  return newestFirstPage(projectsOf(db, fiscalYear), page)
}

export function findUsageByProjects(db: Executor, projectIds: readonly string[]) {
  return db
    .selectFrom('agreement.jointProjectUsage')
    .selectAll()
    .where('projectId', 'in', projectIds)
    .orderBy('municipalityCode')
    .execute()
}

export function insertProject(trx: Transaction<DB>, values: Insertable<AgreementJointProject>) {
  return trx.insertInto('agreement.jointProject').values(values).returningAll().executeTakeFirstOrThrow()
}

export function insertUsage(trx: Transaction<DB>, values: readonly Insertable<AgreementJointProjectUsage>[]) {
  return values.length === 0
    ? Promise.resolve([])
    : trx
        .insertInto('agreement.jointProjectUsage')
        .values([...values])
        .returningAll()
        .execute()
}

/** The project, locked for the rest of the transaction; undefined when unknown. */
export function lockProject(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('agreement.jointProject').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function updateProject(trx: Transaction<DB>, id: string, values: Updateable<AgreementJointProject>) {
  return trx
    .updateTable('agreement.jointProject')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function replaceUsage(
  trx: Transaction<DB>,
  projectId: string,
  values: readonly Insertable<AgreementJointProjectUsage>[],
) {
  await trx.deleteFrom('agreement.jointProjectUsage').where('projectId', '=', projectId).execute()
  return insertUsage(trx, values)
}

export function markProjectWithdrawn(trx: Transaction<DB>, id: string) {
  return trx
    .updateTable('agreement.jointProject')
    .set({ withdrawnAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
