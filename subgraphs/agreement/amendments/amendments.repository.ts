import { sql, type Insertable, type Transaction } from 'kysely'
import type {
  AgreementAgreement,
  AgreementAmendmentChange,
  AgreementAmendmentDecision,
  AgreementAmendmentProposal,
  AgreementArticle,
  AgreementFieldRole,
  AgreementInitiative,
  AgreementParagraph,
  AgreementPolicyField,
} from '../../../codegen/db.js'
import type { DB, Executor } from '../../../lib/db/database.js'
import { countRows, newestFirstPage } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { AmendmentProposalModel, ProposalStatus } from './amendments.model.js'

/** Cursor of the newest-first proposal list: creation time and id, so equal timestamps still order. */
export const proposalSortKey = (row: AmendmentProposalModel) => `${row.createdAt.toISOString()}|${row.id}`
export const isProposalSortKey = (key: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f-]{36}$/.test(key)

export function findProposalsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('agreement.amendmentProposal').selectAll().where('id', 'in', ids).execute()
}

const proposalsWith = (db: Executor, status: ProposalStatus | null) =>
  db
    .selectFrom('agreement.amendmentProposal')
    .selectAll()
    .$if(status !== null, (qb) => qb.where('status', '=', status ?? 'OPEN'))

export const countProposals = (db: Executor, status: ProposalStatus | null) => countRows(proposalsWith(db, status))

export function findProposalsPage(db: Executor, status: ProposalStatus | null, page: PageRequest) {
  return newestFirstPage(proposalsWith(db, status), page)
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

// ── Settlement (settle-amendment.ts): the writes of adopting or rejecting a proposal ─────────────────────────
// Row-level security admits them only as the decisions say (migration 0046); these functions just write.

/** Locks an OPEN proposal against concurrent decisions and withdrawals; undefined when it is not (or no more) open. */
export function lockOpenProposal(trx: Transaction<DB>, id: string) {
  // NO KEY UPDATE, not UPDATE: each decider already holds KEY SHARE on this row through its decision's foreign
  // key, and FOR UPDATE would make two deciders deadlock on each other.
  return trx
    .selectFrom('agreement.amendmentProposal')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'OPEN')
    .forNoKeyUpdate()
    .executeTakeFirst()
}

/**
 * Versions are linear: two adoptions at once must not both build version n + 1. A transaction-scoped advisory
 * lock (rather than a row lock on the newest version, which would need an UPDATE grant on the text) serialises
 * them; READ COMMITTED gives the next statement a snapshot that includes the adoption committed before.
 */
export async function lockVersionSequence(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('agreement.agreement: next version'))`.execute(trx)
}

/** Parties of `versionId`, and how many of them consented to / objected against the proposal. */
export async function tallyDecisions(db: Executor, proposalId: string, versionId: string) {
  const row = await db
    .selectFrom('agreement.party as pa')
    .leftJoin('agreement.amendmentDecision as d', (join) =>
      join.onRef('d.municipalityCode', '=', 'pa.municipalityCode').on('d.proposalId', '=', proposalId),
    )
    .select([
      sql<number>`count(*)::int`.as('parties'),
      sql<number>`count(*) filter (where d.decision = 'CONSENT')::int`.as('consents'),
      sql<number>`count(*) filter (where d.decision = 'OBJECTION')::int`.as('objections'),
    ])
    .where('pa.agreementId', '=', versionId)
    .executeTakeFirstOrThrow()
  return row
}

/** Closes the proposal as settled and releases the items its changes claimed. */
export async function closeProposal(
  trx: Transaction<DB>,
  id: string,
  outcome: { status: 'ADOPTED'; resultingVersion: number } | { status: 'REJECTED' },
) {
  await trx
    .updateTable('agreement.amendmentProposal')
    .set({ ...outcome, closedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute()
  await trx.updateTable('agreement.amendmentChange').set({ isOpen: false }).where('proposalId', '=', id).execute()
}

export function findFirstVersionId(db: Executor) {
  return db.selectFrom('agreement.agreement').select('id').where('version', '=', 1).executeTakeFirstOrThrow()
}

export function insertVersion(trx: Transaction<DB>, values: Insertable<AgreementAgreement>) {
  return trx.insertInto('agreement.agreement').values(values).execute()
}

/** Every table that holds a version's text, with its columns besides `agreement_id`. */
const VERSION_TEXT: Readonly<Record<string, readonly string[]>> = {
  'agreement.article': ['number', 'heading'],
  'agreement.paragraph': ['article_number', 'number', 'text', 'items'],
  'agreement.party': ['municipality_code', 'position', 'signatory_title', 'signatory_name', 'address_as_written'],
  'agreement.policy_area': ['number', 'title'],
  'agreement.policy_field': [
    'id',
    'area_number',
    'number',
    'name',
    'theme',
    'direction',
    'notes',
    'lead_municipality_code',
  ],
  'agreement.initiative': ['id', 'field_id', 'number', 'text'],
  'agreement.field_role': ['field_id', 'municipality_code', 'is_lead', 'duties'],
  'agreement.related_agreement': ['id', 'field_id', 'title', 'signed_on', 'relation'],
}

/** Copies the whole text of version `fromId` into the new version `toId`: one INSERT … SELECT per table. */
export async function copyVersionText(trx: Transaction<DB>, fromId: string, toId: string): Promise<void> {
  for (const [table, columns] of Object.entries(VERSION_TEXT)) {
    const list = sql.join(columns.map((column) => sql.ref(column)))
    await sql`insert into ${sql.table(table)} (agreement_id, ${list})
              select ${toId}, ${list} from ${sql.table(table)} where agreement_id = ${fromId}`.execute(trx)
  }
}

/** The number after the highest of a field's initiatives in a version (1 for a field without any). */
export async function nextInitiativeNumber(db: Executor, versionId: string, fieldId: string): Promise<number> {
  const row = await db
    .selectFrom('agreement.initiative')
    .select(sql<number>`coalesce(max(number), 0)::int + 1`.as('next'))
    .where('agreementId', '=', versionId)
    .where('fieldId', '=', fieldId)
    .executeTakeFirstOrThrow()
  return row.next
}

/** The number after the highest policy field of an area in a version. */
export async function nextPolicyFieldNumber(db: Executor, versionId: string, areaNumber: number): Promise<number> {
  const row = await db
    .selectFrom('agreement.policyField')
    .select(sql<number>`coalesce(max(number), 0)::int + 1`.as('next'))
    .where('agreementId', '=', versionId)
    .where('areaNumber', '=', areaNumber)
    .executeTakeFirstOrThrow()
  return row.next
}

export async function insertInitiatives(trx: Transaction<DB>, values: readonly Insertable<AgreementInitiative>[]) {
  if (values.length > 0)
    await trx
      .insertInto('agreement.initiative')
      .values([...values])
      .execute()
}

/** Rewrites an initiative's text; false when the version has no such initiative. */
export async function updateInitiativeText(trx: Transaction<DB>, versionId: string, id: string, text: string) {
  const result = await trx
    .updateTable('agreement.initiative')
    .set({ text })
    .where('agreementId', '=', versionId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Adds roles, or replaces the duties of a town's existing role in the field. */
export async function upsertFieldRoles(trx: Transaction<DB>, values: readonly Insertable<AgreementFieldRole>[]) {
  if (values.length === 0) return
  await trx
    .insertInto('agreement.fieldRole')
    .values([...values])
    .onConflict((conflict) =>
      conflict
        .columns(['agreementId', 'fieldId', 'municipalityCode'])
        .doUpdateSet((eb) => ({ duties: eb.ref('excluded.duties') })),
    )
    .execute()
}

export function insertPolicyField(trx: Transaction<DB>, values: Insertable<AgreementPolicyField>) {
  return trx.insertInto('agreement.policyField').values(values).execute()
}

/** Sets an article's heading (adding the article if it is new) and replaces all its paragraphs. */
export async function replaceArticle(
  trx: Transaction<DB>,
  article: Insertable<AgreementArticle>,
  paragraphs: readonly Omit<Insertable<AgreementParagraph>, 'agreementId' | 'articleNumber'>[],
) {
  await trx
    .insertInto('agreement.article')
    .values(article)
    .onConflict((conflict) =>
      conflict.columns(['agreementId', 'number']).doUpdateSet((eb) => ({ heading: eb.ref('excluded.heading') })),
    )
    .execute()
  await trx
    .deleteFrom('agreement.paragraph')
    .where('agreementId', '=', article.agreementId)
    .where('articleNumber', '=', article.number)
    .execute()
  if (paragraphs.length === 0) return
  await trx
    .insertInto('agreement.paragraph')
    .values(
      paragraphs.map((paragraph) => ({
        ...paragraph,
        agreementId: article.agreementId,
        articleNumber: article.number,
      })),
    )
    .execute()
}
