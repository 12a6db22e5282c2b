import { z } from 'zod'
import type { DecideAmendmentInput, ProposeAmendmentInput } from '../../../codegen/agreement-resolvers.js'
import { assertCanWriteFor, isAdmin, requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit, type AuditEntry } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput, conflict, forbidden, notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { AgreementContext } from '../context.js'
import { todayInJapan } from '../versions/as-of.js'
import { normalizeChanges, proposalSchema } from './amendment-changes.js'
import {
  findDecisionsByProposals,
  findLatestVersion,
  findOpenTargets,
  findProposalsByIds,
  findProposalsPage,
  findTextOutline,
  isProposalSortKey,
  proposalSortKey,
  type ProposalStatus,
  insertChanges,
  insertDecision,
  insertProposal,
  withdrawProposal,
} from './amendments.repository.js'
import { settleProposal } from './settle-amendment.js'

const decisionSchema = z
  .object({
    proposalId: z.string().refine(isUuid, 'must be a proposal id (UUID)'),
    municipalityCode: z.string().nullish(),
    decision: z.enum(['CONSENT', 'OBJECTION']),
    reason: inputRules.text(4000).nullish(),
  })
  .refine((value) => value.decision === 'CONSENT' || Boolean(value.reason), {
    message: 'an objection needs a reason',
    path: ['reason'],
  })

const audit = (
  ctx: AgreementContext,
  actor: StaffViewer,
  entry: Omit<AuditEntry, 'actor' | 'subgraph' | 'requestId'>,
): AuditEntry => ({
  ...entry,
  actor,
  subgraph: 'agreement',
  requestId: ctx.requestId,
})

/** 第5条/第6条: a town's editor (or the coordinator, or an admin for a named party) proposes a diff. */
export async function proposeAmendment(ctx: AgreementContext, input: ProposeAmendmentInput) {
  const staff = requireStaff(ctx.viewer)
  const data = parseInput(proposalSchema, input)
  const proposerCode = data.municipalityCode
    ? assertMunicipalityCode(data.municipalityCode, 'input.municipalityCode')
    : staff.municipalityCode
  const actor = assertCanWriteFor(ctx.viewer, proposerCode)
  if (data.effectiveOn < todayInJapan()) {
    throw badUserInput('input.effectiveOn: must not be in the past (amendments are not retroactive)', {
      field: 'input.effectiveOn',
    })
  }
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const latest = await findLatestVersion(trx)
    if (latest.status === 'DISSOLVED') throw conflict('The agreement has been dissolved; it can no longer be amended.')
    const outline = await findTextOutline(trx, latest.id)
    if (!outline.partyCodes.has(proposerCode)) throw forbidden(`${proposerCode} is not a party to the agreement.`)
    const changes = normalizeChanges(data.changes, outline)
    const claimed = await findOpenTargets(
      trx,
      changes.map((change) => change.target),
    )
    if (claimed[0]) {
      throw conflict(
        `Another open proposal (${claimed[0].proposalId}) already changes ${claimed[0].target}; decide or withdraw it first.`,
        {
          details: { proposalId: claimed[0].proposalId, target: claimed[0].target },
        },
      )
    }
    const proposal = await insertProposal(trx, {
      proposerMunicipalityCode: proposerCode,
      proposedBy: actor.subject,
      baseVersion: latest.version,
      title: data.title,
      reason: data.reason,
      effectiveOn: data.effectiveOn,
    })
    // A concurrent proposal claiming the same target fails here on the partial unique index (→ CONFLICT).
    const stored = await insertChanges(
      trx,
      changes.map((change, index) => ({
        proposalId: proposal.id,
        position: index + 1,
        kind: change.kind,
        target: change.target,
        payload: JSON.stringify(change.payload),
      })),
    )
    await recordAudit(
      trx,
      audit(ctx, actor, {
        operation: 'propose',
        entity: 'AmendmentProposal',
        entityId: proposal.id,
        ownerCode: proposerCode,
        after: { proposal, changes: stored },
      }),
    )
    return proposal
  })
}

/** Records one town's decision; only that town's own editor or coordinator may record it. */
export async function decideAmendment(ctx: AgreementContext, input: DecideAmendmentInput) {
  const staff = requireStaff(ctx.viewer)
  const data = parseInput(decisionSchema, input)
  const deciderCode = data.municipalityCode
    ? assertMunicipalityCode(data.municipalityCode, 'input.municipalityCode')
    : staff.municipalityCode
  if (deciderCode !== staff.municipalityCode) {
    throw forbidden(
      `Your account belongs to municipality ${staff.municipalityCode}; only ${deciderCode}'s own staff can decide for it.`,
    )
  }
  if (isAdmin(staff))
    throw forbidden(
      "A decision is the act of a town: it needs the town's editor or coordinator token, not an operator (admin) token.",
    )
  const proposal = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const [existing] = await findProposalsByIds(trx, [data.proposalId])
    if (!existing) throw notFound(`No amendment proposal with id ${JSON.stringify(data.proposalId)}.`)
    if (existing.status !== 'OPEN')
      throw conflict(`The proposal is ${existing.status}; decisions are recorded only while it is OPEN.`)
    const latest = await findLatestVersion(trx)
    const outline = await findTextOutline(trx, latest.id)
    if (!outline.partyCodes.has(deciderCode)) throw forbidden(`${deciderCode} is not a party to the agreement.`)
    // The primary key (proposal, municipality) is the guard under concurrency; this gives the clear message.
    const [alreadyDecided] = (await findDecisionsByProposals(trx, [data.proposalId])).filter(
      (d) => d.municipalityCode === deciderCode,
    )
    if (alreadyDecided)
      throw conflict(
        `${deciderCode} has already decided on this proposal (${alreadyDecided.decision}); decisions are final.`,
      )
    const decision = await insertDecision(trx, {
      proposalId: data.proposalId,
      municipalityCode: deciderCode,
      decision: data.decision,
      reason: data.reason ?? null,
      decidedBy: staff.subject,
    })
    await recordAudit(
      trx,
      audit(ctx, staff, {
        operation: 'decide',
        entity: 'AmendmentDecision',
        entityId: `${data.proposalId}:${deciderCode}`,
        ownerCode: deciderCode,
        after: decision,
      }),
    )
    const settled = await settleProposal(trx, data.proposalId)
    // Closed by a concurrent withdrawal or objection while this decision was being recorded.
    if (!settled.wasOpen)
      throw conflict(
        `The proposal was closed (${settled.status}) while your decision was being recorded; nothing was saved.`,
      )
    if (settled.status === 'ADOPTED') {
      await recordAudit(
        trx,
        audit(ctx, staff, {
          operation: 'adopt',
          entity: 'Agreement',
          entityId: `version:${settled.resultingVersion}`,
          ownerCode: null,
          after: { proposalId: data.proposalId, version: settled.resultingVersion },
        }),
      )
    } else if (settled.status === 'REJECTED') {
      await recordAudit(
        trx,
        audit(ctx, staff, {
          operation: 'reject',
          entity: 'AmendmentProposal',
          entityId: data.proposalId,
          ownerCode: existing.proposerMunicipalityCode,
          before: existing,
          after: { status: 'REJECTED' },
        }),
      )
    }
    const [after] = await findProposalsByIds(trx, [data.proposalId])
    if (!after) throw notFound(`No amendment proposal with id ${JSON.stringify(data.proposalId)}.`)
    return after
  })
  ctx.loaders.proposalById.clear(proposal.id).prime(proposal.id, proposal)
  return proposal
}

/** The proposer (its town's staff, or an admin) withdraws an open proposal. */
export async function withdrawAmendment(ctx: AgreementContext, id: string) {
  requireStaff(ctx.viewer)
  const proposal = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const [existing] = isUuid(id) ? await findProposalsByIds(trx, [id]) : []
    if (!existing) throw notFound(`No amendment proposal with id ${JSON.stringify(id)}.`)
    const actor = assertCanWriteFor(ctx.viewer, existing.proposerMunicipalityCode)
    const withdrawn = await withdrawProposal(trx, id)
    if (!withdrawn) throw conflict(`The proposal is ${existing.status}; only an OPEN proposal can be withdrawn.`)
    await recordAudit(
      trx,
      audit(ctx, actor, {
        operation: 'withdraw',
        entity: 'AmendmentProposal',
        entityId: id,
        ownerCode: existing.proposerMunicipalityCode,
        before: existing,
        after: withdrawn,
      }),
    )
    return withdrawn
  })
  ctx.loaders.proposalById.clear(proposal.id).prime(proposal.id, proposal)
  return proposal
}

/** Proposals newest first: public, like the agreement itself (the history is part of the record). */
export async function listProposals(ctx: AgreementContext, args: PageArgs & { status?: ProposalStatus | null }) {
  const page = pageRequest(args, isProposalSortKey)
  return toConnection(await findProposalsPage(ctx.db, args.status ?? null, page), page, proposalSortKey)
}
