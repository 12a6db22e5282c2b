import type { DecideAmendmentInput, ProposeAmendmentInput } from '../../../codegen/agreement-resolvers.js'
import { isAdmin } from '../../../lib/auth/viewer.js'
import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { badUserInput, conflict, forbidden, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { AgreementContext } from '../context.js'
import { todayInJapan } from '../../../lib/business-date.js'
import { normalizeChanges } from './amendment-changes.js'
import type { AmendmentProposalModel, ProposalStatus } from './amendments.model.js'
import {
  findDecisionsByProposals,
  findLatestVersion,
  findOpenTargets,
  findProposalsByIds,
  countProposals,
  findProposalsPage,
  findTextOutline,
  isProposalSortKey,
  proposalSortKey,
  insertChanges,
  insertDecision,
  insertProposal,
  withdrawProposal,
} from './amendments.repository.js'
import { settleProposal } from './settle-amendment.js'
import { decisionRules, proposalRules } from './amendments.rules.js'

/** 第5条/第6条: a town's editor (or the coordinator, or an admin for a named party) proposes a diff. */
export function proposeAmendment(ctx: AgreementContext, input: ProposeAmendmentInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(proposalRules.input, input)
    const proposerCode = w.ownerFor(data.municipalityCode, 'input.municipalityCode')
    if (data.effectiveOn < todayInJapan()) {
      throw badUserInput('input.effectiveOn: must not be in the past (amendments are not retroactive)', {
        field: 'input.effectiveOn',
      })
    }
    const latest = await findLatestVersion(w.trx)
    if (latest.status === 'DISSOLVED') throw conflict('The agreement has been dissolved; it can no longer be amended.')
    const outline = await findTextOutline(w.trx, latest.id)
    if (!outline.partyCodes.has(proposerCode)) throw forbidden(`${proposerCode} is not a party to the agreement.`)
    const changes = normalizeChanges(data.changes, outline)
    const claimed = await findOpenTargets(
      w.trx,
      changes.map((change) => change.target),
    )
    if (claimed[0]) {
      throw conflict(
        `Another open proposal (${claimed[0].proposalId}) already ` +
          `changes ${claimed[0].target}; decide or withdraw it first.`,
        { details: { proposalId: claimed[0].proposalId, target: claimed[0].target } },
      )
    }
    const proposal = await insertProposal(w.trx, {
      proposerMunicipalityCode: proposerCode,
      proposedBy: w.actor.subject,
      baseVersion: latest.version,
      title: data.title,
      reason: data.reason,
      effectiveOn: data.effectiveOn,
    })
    // A concurrent proposal claiming the same target fails here on the partial unique index (→ CONFLICT).
    const stored = await insertChanges(
      w.trx,
      changes.map((change, index) => ({
        proposalId: proposal.id,
        position: index + 1,
        kind: change.kind,
        target: change.target,
        payload: JSON.stringify(change.payload),
      })),
    )
    await w.changed({
      operation: 'propose',
      entity: 'AmendmentProposal',
      entityId: proposal.id,
      ownerCode: proposerCode,
      after: { proposal, changes: stored },
    })
    return proposal
  })
}

/** Records one town's decision; only that town's own editor or coordinator may record it. */
export function decideAmendment(ctx: AgreementContext, input: DecideAmendmentInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(decisionRules.input, input)
    const deciderCode = deciderOf(w, data.municipalityCode)
    const [existing] = await findProposalsByIds(w.trx, [data.proposalId])
    if (!existing) throw notFound(`No amendment proposal with id ${JSON.stringify(data.proposalId)}.`)
    if (existing.status !== 'OPEN')
      throw conflict(`The proposal is ${existing.status}; decisions are recorded only while it is OPEN.`)
    const latest = await findLatestVersion(w.trx)
    const outline = await findTextOutline(w.trx, latest.id)
    if (!outline.partyCodes.has(deciderCode)) throw forbidden(`${deciderCode} is not a party to the agreement.`)
    // The primary key (proposal, municipality) is the guard under concurrency; this gives the clear message.
    const [alreadyDecided] = (await findDecisionsByProposals(w.trx, [data.proposalId])).filter(
      (d) => d.municipalityCode === deciderCode,
    )
    if (alreadyDecided)
      throw conflict(
        `${deciderCode} has already decided on this proposal (${alreadyDecided.decision}); decisions are final.`,
      )
    const decision = await insertDecision(w.trx, {
      proposalId: data.proposalId,
      municipalityCode: deciderCode,
      decision: data.decision,
      reason: data.reason ?? null,
      decidedBy: w.actor.subject,
    })
    await w.changed({
      operation: 'decide',
      entity: 'AmendmentDecision',
      entityId: `${data.proposalId}:${deciderCode}`,
      ownerCode: deciderCode,
      after: decision,
    })
    await settle(w, existing)
    const [after] = await findProposalsByIds(w.trx, [data.proposalId])
    if (!after) throw notFound(`No amendment proposal with id ${JSON.stringify(data.proposalId)}.`)
    w.refresh(ctx.loaders.proposalById, after.id, after)
    return after
  })
}

/** A decision is the act of a town: its own editor or coordinator, never another town's, never an operator. */
function deciderOf(w: Write, municipalityCode: string | null | undefined): string {
  const deciderCode = municipalityCode
    ? assertMunicipalityCode(municipalityCode, 'input.municipalityCode')
    : w.actor.municipalityCode
  if (deciderCode !== w.actor.municipalityCode) {
    throw forbidden(
      `Your account belongs to municipality ${w.actor.municipalityCode}; ` +
        `only ${deciderCode}'s own staff can decide for it.`,
    )
  }
  if (isAdmin(w.actor))
    throw forbidden(
      "A decision is the act of a town: it needs the town's editor " +
        'or coordinator token, not an operator (admin) token.',
    )
  return deciderCode
}

/** After each decision: adopt when every party consented, reject on an objection, and record which. */
async function settle(w: Write, existing: AmendmentProposalModel) {
  const settled = await settleProposal(w.trx, existing.id)
  // Closed by a concurrent withdrawal or objection while this decision was being recorded.
  if (!settled.wasOpen)
    throw conflict(
      `The proposal was closed (${settled.status}) while your decision was being recorded; nothing was saved.`,
    )
  if (settled.status === 'ADOPTED') {
    await w.changed({
      operation: 'adopt',
      entity: 'Agreement',
      entityId: `version:${settled.resultingVersion}`,
      ownerCode: null,
      after: { proposalId: existing.id, version: settled.resultingVersion },
    })
  } else if (settled.status === 'REJECTED') {
    await w.changed({
      operation: 'reject',
      entity: 'AmendmentProposal',
      entityId: existing.id,
      ownerCode: existing.proposerMunicipalityCode,
      before: existing,
      after: { status: 'REJECTED' },
    })
  }
}

/** The proposer (its town's staff, or an admin) withdraws an open proposal. */
export function withdrawAmendment(ctx: AgreementContext, id: string) {
  return runWrite(ctx, async (w) => {
    const [existing] = isUuid(id) ? await findProposalsByIds(w.trx, [id]) : []
    if (!existing) throw notFound(`No amendment proposal with id ${JSON.stringify(id)}.`)
    w.assertOwns(existing.proposerMunicipalityCode)
    const withdrawn = await withdrawProposal(w.trx, id)
    if (!withdrawn) throw conflict(`The proposal is ${existing.status}; only an OPEN proposal can be withdrawn.`)
    await w.changed({
      operation: 'withdraw',
      entity: 'AmendmentProposal',
      entityId: id,
      ownerCode: existing.proposerMunicipalityCode,
      before: existing,
      after: withdrawn,
    })
    w.refresh(ctx.loaders.proposalById, withdrawn.id, withdrawn)
    return withdrawn
  })
}

/** Proposals newest first: public, like the agreement itself (the history is part of the record). */
export async function listProposals(ctx: AgreementContext, args: PageArgs & { status?: ProposalStatus | null }) {
  const page = pageRequest(args, isProposalSortKey)
  const status = args.status ?? null
  return toConnection(await findProposalsPage(ctx.db, status, page), page, proposalSortKey, () =>
    countProposals(ctx.db, status),
  )
}
