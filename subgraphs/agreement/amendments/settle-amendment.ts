import type { Transaction } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../../lib/db/database.js'
import { conflict, notFound } from '../../../lib/errors.js'
import { todayInJapan } from '../../../lib/business-date.js'
import {
  closeProposal,
  copyVersionText,
  findChangesByProposals,
  findFirstVersionId,
  findLatestVersion,
  findProposalsByIds,
  insertInitiatives,
  insertPolicyField,
  insertVersion,
  lockOpenProposal,
  lockVersionSequence,
  nextInitiativeNumber,
  nextPolicyFieldNumber,
  replaceArticle,
  tallyDecisions,
  updateInitiativeText,
  upsertFieldRoles,
} from './amendments.repository.js'
import type { AmendmentChangeModel, AmendmentProposalModel, ProposalStatus } from './amendments.model.js'

export interface SettleResult {
  /** False when the proposal had been closed (withdrawn, adopted or rejected) before this settlement ran. */
  wasOpen: boolean
  status: ProposalStatus
  resultingVersion: number | null
}

/**
 * 第5条/第6条, after each decision: one objection from a party rejects the proposal; consent from every party of
 * the newest version adopts it — a copy of that version's text with the proposal's changes applied becomes the
 * next version; otherwise nothing changes. Runs in the decision's transaction, as the agreement subgraph's role:
 * row-level security admits these writes only as the decisions say (migration 0046), so a caller that skipped
 * the count here could still adopt nothing the parties did not agree to.
 */
export async function settleProposal(trx: Transaction<DB>, proposalId: string): Promise<SettleResult> {
  const proposal = await lockOpenProposal(trx, proposalId)
  if (!proposal) return closedProposal(trx, proposalId)
  await lockVersionSequence(trx)
  const latest = await findLatestVersion(trx)
  const tally = await tallyDecisions(trx, proposalId, latest.id)
  if (tally.objections > 0) {
    await closeProposal(trx, proposalId, { status: 'REJECTED' })
    return { wasOpen: true, status: 'REJECTED', resultingVersion: null }
  }
  if (tally.parties > 0 && tally.consents === tally.parties) {
    const resultingVersion = await buildNextVersion(trx, proposal, latest)
    await closeProposal(trx, proposalId, { status: 'ADOPTED', resultingVersion })
    return { wasOpen: true, status: 'ADOPTED', resultingVersion }
  }
  return { wasOpen: true, status: 'OPEN', resultingVersion: null }
}

/** A proposal the lock did not return: closed by a concurrent withdrawal or settlement, or not there at all. */
async function closedProposal(trx: Transaction<DB>, proposalId: string): Promise<SettleResult> {
  const [current] = await findProposalsByIds(trx, [proposalId])
  if (!current) throw notFound(`No amendment proposal with id ${JSON.stringify(proposalId)}.`)
  return { wasOpen: false, status: current.status as ProposalStatus, resultingVersion: current.resultingVersion }
}

type Version = Awaited<ReturnType<typeof findLatestVersion>>

/** Copies `latest` as version n + 1 and applies the proposal's changes to the copy; returns n + 1. */
async function buildNextVersion(
  trx: Transaction<DB>,
  proposal: AmendmentProposalModel,
  latest: Version,
): Promise<number> {
  const changes = await findChangesByProposals(trx, [proposal.id])
  const version = latest.version + 1
  const { id: firstId } = await findFirstVersionId(trx)
  const versionId = `${firstId}-v${version}`
  await insertVersion(trx, {
    ...latest,
    id: versionId,
    version,
    status: changes.some((change) => change.kind === 'DISSOLVE') ? 'DISSOLVED' : latest.status,
    // Never retroactive: adopted after its effective date, a proposal takes effect on the day of adoption (in
    // Japan), so the answer to asOf for a past date never changes. ISO dates compare as strings.
    effectiveFrom: [proposal.effectiveOn, latest.effectiveFrom, todayInJapan()].sort().at(-1) ?? proposal.effectiveOn,
    amendedByProposalId: proposal.id,
  })
  await copyVersionText(trx, latest.id, versionId)
  for (const change of changes) await applyChange(trx, versionId, change)
  return version
}

const duties = z.array(z.string())
/** The stored payloads, as amendment-changes.ts normalised them when the proposal was made. */
const payloads = {
  ADD_INITIATIVE: z.object({ fieldId: z.string(), text: z.string() }),
  CHANGE_INITIATIVE: z.object({ initiativeId: z.string(), text: z.string() }),
  CHANGE_ROLE: z.object({ fieldId: z.string(), municipalityCode: z.string(), duties }),
  ADD_POLICY_FIELD: z.object({
    id: z.string(),
    areaNumber: z.number().int(),
    name: z.string(),
    theme: z.string(),
    direction: z.string(),
    notes: z.string().nullable(),
    leadMunicipalityCode: z.string(),
    initiatives: z.array(z.string()),
    roles: z.array(z.object({ municipalityCode: z.string(), duties })),
  }),
  CHANGE_ARTICLE: z.object({
    articleNumber: z.number().int(),
    heading: z.string(),
    paragraphs: z.array(z.object({ text: z.string(), items: z.array(z.string()).default([]) })),
  }),
}

/** Applies one change of the proposal to the new version's text (changes apply in their position order). */
async function applyChange(trx: Transaction<DB>, versionId: string, change: AmendmentChangeModel): Promise<void> {
  switch (change.kind) {
    case 'ADD_INITIATIVE': {
      const { fieldId, text } = payloads.ADD_INITIATIVE.parse(change.payload)
      const number = await nextInitiativeNumber(trx, versionId, fieldId)
      await insertInitiatives(trx, [{ agreementId: versionId, id: `${fieldId}-${number}`, fieldId, number, text }])
      return
    }
    case 'CHANGE_INITIATIVE': {
      const { initiativeId, text } = payloads.CHANGE_INITIATIVE.parse(change.payload)
      if (!(await updateInitiativeText(trx, versionId, initiativeId, text)))
        throw conflict('The record was changed concurrently; retry the operation.')
      return
    }
    case 'CHANGE_ROLE': {
      const role = payloads.CHANGE_ROLE.parse(change.payload)
      await upsertFieldRoles(trx, [{ agreementId: versionId, ...role, isLead: false }])
      return
    }
    case 'ADD_POLICY_FIELD':
      return addPolicyField(trx, versionId, payloads.ADD_POLICY_FIELD.parse(change.payload))
    case 'CHANGE_ARTICLE': {
      const { articleNumber, heading, paragraphs } = payloads.CHANGE_ARTICLE.parse(change.payload)
      await replaceArticle(
        trx,
        { agreementId: versionId, number: articleNumber, heading },
        paragraphs.map((paragraph, index) => ({ number: index + 1, text: paragraph.text, items: paragraph.items })),
      )
      return
    }
    case 'DISSOLVE':
      return // the new version's status is DISSOLVED (buildNextVersion)
    default:
      throw new Error(`Unknown amendment change kind ${JSON.stringify(change.kind)}`)
  }
}

async function addPolicyField(
  trx: Transaction<DB>,
  versionId: string,
  field: z.output<(typeof payloads)['ADD_POLICY_FIELD']>,
): Promise<void> {
  const { initiatives, roles, ...columns } = field
  const number = await nextPolicyFieldNumber(trx, versionId, field.areaNumber)
  await insertPolicyField(trx, { ...columns, agreementId: versionId, number })
  await insertInitiatives(
    trx,
    initiatives.map((text, index) => ({
      agreementId: versionId,
      id: `${field.id}-${index + 1}`,
      fieldId: field.id,
      number: index + 1,
      text,
    })),
  )
  await upsertFieldRoles(
    trx,
    roles.map((role) => ({
      agreementId: versionId,
      fieldId: field.id,
      municipalityCode: role.municipalityCode,
      isLead: role.municipalityCode === field.leadMunicipalityCode,
      duties: role.duties,
    })),
  )
}
