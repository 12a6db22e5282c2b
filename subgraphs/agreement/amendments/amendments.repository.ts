import { sql, type Insertable, type Transaction } from 'kysely'
import type {
  AgreementAmendmentChange,
  AgreementAmendmentDecision,
  AgreementAmendmentProposal,
} from '../../../codegen/db.js'
import type { DB, Executor } from '../../../lib/db/database.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { AmendmentProposalModel, ProposalStatus } from './amendments.model.js'

/** Cursor of the newest-first proposal list: creation time and id, so equal timestamps still order. */
export const proposalSortKey = (row: AmendmentProposalModel) => `${row.createdAt.toISOString()}|${row.id}`
export const isProposalSortKey = (key: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f-]{36}$/.test(key)

export function findProposalsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('agreement.amendmentProposal').selectAll().where('id', 'in', ids).execute()
}

export function findProposalsPage(db: Executor, status: ProposalStatus | null, page: PageRequest) {
  let query = db.selectFrom('agreement.amendmentProposal').selectAll()
  if (status) query = query.where('status', '=', status)
  if (page.afterKey) {
    const [createdAt = '', id = ''] = page.afterKey.split('|')
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`)
  }
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

export function findChangesByProposals(db: Executor, proposalIds: readonly string[]) {
  return db
    .selectFrom('agreement.amendmentChange')
    .selectAll()
    .where('proposalId', 'in', proposalIds)
    .orderBy('proposalId')
    .orderBy('position')
    .execute()
}

export function findDecisionsByProposals(db: Executor, proposalIds: readonly string[]) {
  return db
    .selectFrom('agreement.amendmentDecision')
    .selectAll()
    .where('proposalId', 'in', proposalIds)
    .orderBy('decidedAt')
    .execute()
}

/** Targets already claimed by open proposals (the partial unique index is the real guard). */
export function findOpenTargets(db: Executor, targets: readonly string[]) {
  return db
    .selectFrom('agreement.amendmentChange')
    .select(['target', 'proposalId'])
    .where('isOpen', '=', true)
    .where('target', 'in', targets)
    .execute()
}

export function insertProposal(trx: Transaction<DB>, values: Insertable<AgreementAmendmentProposal>) {
  return trx.insertInto('agreement.amendmentProposal').values(values).returningAll().executeTakeFirstOrThrow()
}

export function insertChanges(trx: Transaction<DB>, values: readonly Insertable<AgreementAmendmentChange>[]) {
  return trx
    .insertInto('agreement.amendmentChange')
    .values([...values])
    .returningAll()
    .execute()
}

export function insertDecision(trx: Transaction<DB>, values: Insertable<AgreementAmendmentDecision>) {
  return trx.insertInto('agreement.amendmentDecision').values(values).returningAll().executeTakeFirstOrThrow()
}

/** Withdraws an open proposal and releases its targets; undefined when it was no longer open. */
export async function withdrawProposal(trx: Transaction<DB>, id: string) {
  const row = await trx
    .updateTable('agreement.amendmentProposal')
    .set({ status: 'WITHDRAWN', closedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'OPEN')
    .returningAll()
    .executeTakeFirst()
  if (row)
    await trx.updateTable('agreement.amendmentChange').set({ isOpen: false }).where('proposalId', '=', id).execute()
  return row
}

export interface SettleResult {
  wasOpen: boolean
  status: ProposalStatus
  resultingVersion: number | null
}

/** Adopts or rejects the proposal if its decisions say so (agreement.settle_amendment, migration 0042). */
export async function settleProposal(trx: Transaction<DB>, id: string): Promise<SettleResult> {
  const result =
    await sql<SettleResult>`select was_open, status, resulting_version from agreement.settle_amendment(${id}::uuid)`.execute(
      trx,
    )
  const [row] = result.rows
  if (!row) throw new Error('agreement.settle_amendment returned no row')
  return row
}

/** The ids a diff can refer to in one version: fields, areas, initiatives, articles, parties. */
export async function findTextOutline(db: Executor, agreementId: string) {
  const [fields, areas, initiatives, articles, parties] = await Promise.all([
    db.selectFrom('agreement.policyField').select('id').where('agreementId', '=', agreementId).execute(),
    db.selectFrom('agreement.policyArea').select('number').where('agreementId', '=', agreementId).execute(),
    db.selectFrom('agreement.initiative').select('id').where('agreementId', '=', agreementId).execute(),
    db.selectFrom('agreement.article').select('number').where('agreementId', '=', agreementId).execute(),
    db.selectFrom('agreement.party').select('municipalityCode').where('agreementId', '=', agreementId).execute(),
  ])
  return {
    fieldIds: new Set(fields.map((row) => row.id)),
    areaNumbers: new Set(areas.map((row) => row.number)),
    initiativeIds: new Set(initiatives.map((row) => row.id)),
    articleNumbers: new Set(articles.map((row) => row.number)),
    partyCodes: new Set(parties.map((row) => row.municipalityCode)),
  }
}

/** The newest version, whatever its effective date: proposals are diffs against the latest text. */
export function findLatestVersion(db: Executor) {
  return db.selectFrom('agreement.agreement').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow()
}
