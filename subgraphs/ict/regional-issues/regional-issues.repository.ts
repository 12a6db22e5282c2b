import { sql, type Insertable } from 'kysely'
import type { IctRegionalIssue } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countRows } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

export const countIssues = (db: Executor) => countRows(db.selectFrom('ict.regionalIssue').selectAll())

export function findIssuesPage(db: Executor, page: PageRequest) {
  const [afterTime = '', afterId = ''] = (page.afterKey ?? '').split('|')
  return db
    .selectFrom('ict.regionalIssue')
    .selectAll()
    .$if(page.afterKey !== null, (qb) =>
      qb.where(sql<boolean>`(created_at, id) > (${afterTime}::timestamptz, ${afterId}::uuid)`),
    )
    .orderBy('createdAt')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute()
}

export function findIssuesByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.regionalIssue').selectAll().where('id', 'in', ids).execute()
}

/** Issue rows of each pilot, with the pilot id to group them by. */
export function findIssuesByPilot(db: Executor, pilotIds: readonly string[]) {
  return db
    .selectFrom('ict.pilotIssue as link')
    .innerJoin('ict.regionalIssue as issue', 'issue.id', 'link.issueId')
    .selectAll('issue')
    .select('link.pilotId')
    .where('link.pilotId', 'in', pilotIds)
    .orderBy('issue.createdAt')
    .execute()
}

export function findPilotIdsByIssue(db: Executor, issueIds: readonly string[]) {
  return db
    .selectFrom('ict.pilotIssue')
    .select(['issueId', 'pilotId'])
    .where('issueId', 'in', issueIds)
    .orderBy('pilotId')
    .execute()
}

export function insertIssue(db: Executor, values: Insertable<IctRegionalIssue>) {
  return db.insertInto('ict.regionalIssue').values(values).returningAll().executeTakeFirstOrThrow()
}

export function insertPilotIssue(db: Executor, values: { pilotId: string; issueId: string; municipalityCode: string }) {
  return db
    .insertInto('ict.pilotIssue')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .execute()
}
