import type { Transaction } from 'kysely'
import { z } from 'zod'
import type { CreatePilotInput, PilotStatus } from '../../../codegen/ict-resolvers.js'
import { assertCanWriteFor, requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import type { DB } from '../../../lib/db/database.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode, isPartyCode } from '../../../lib/municipality-code.js'
import type { IctContext } from '../context.js'
import { findPilotForUpdate, findPilotsByIds, insertPilot, insertStatusChange, updatePilot, type PilotRow } from './pilots.repository.js'

const status = z.enum(['CONSIDERING', 'PILOTING', 'ADOPTED', 'DROPPED'])
const createSchema = z.object({
  initiativeId: z.string().regex(/^ict-\d{1,2}$/, 'must be an initiative of the ICT field, e.g. ict-3'),
  title: inputRules.text(200),
  technology: inputRules.text(100),
  status: status.nullish(),
  startedOn: inputRules.isoDate.nullish(),
  targetBusiness: inputRules.text(100).nullish(),
  partnerMunicipalityCodes: z.array(z.string().refine(isPartyCode, 'must be the code of one of the nine parties')).max(8).nullish(),
  partnerCompanies: z.array(inputRules.text(200)).max(20).nullish(),
})
const statusChangeSchema = z.object({ status, effectiveOn: inputRules.isoDate, note: inputRules.optionalText(2000).nullish() })
const outcomeSchema = z.object({
  hoursSavedPerYear: z.number().int('must be whole hours').min(0, 'must not be negative').max(10_000_000).nullish(),
  notes: inputRules.optionalText(4000).nullish(),
})

export async function createPilot(ctx: IctContext, input: CreatePilotInput) {
  const staff = requireStaff(ctx.viewer)
  const owner = input.municipalityCode ? assertMunicipalityCode(input.municipalityCode, 'input.municipalityCode') : staff.municipalityCode
  const actor = assertCanWriteFor(ctx.viewer, owner)
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertPilot(trx, {
      municipalityCode: owner,
      initiativeId: data.initiativeId,
      title: data.title,
      technology: data.technology,
      status: data.status ?? 'CONSIDERING',
      startedOn: data.startedOn ?? null,
      targetBusiness: data.targetBusiness ?? null,
      partnerMunicipalityCodes: (data.partnerMunicipalityCodes ?? []).filter((code) => code !== owner),
      partnerCompanies: data.partnerCompanies ?? [],
    })
    await insertStatusChange(trx, {
      pilotId: row.id,
      municipalityCode: owner,
      status: row.status,
      effectiveOn: row.startedOn ?? new Date().toISOString().slice(0, 10),
      note: 'created',
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', row, undefined))
    return row
  })
}

/** Checks ownership on the visible row, then locks it (locking needs the UPDATE policy to pass). */
async function lockOwnedPilot(ctx: IctContext, trx: Transaction<DB>, id: string) {
  const [visible] = isUuid(id) ? await findPilotsByIds(trx, [id]) : []
  if (!visible) throw notFound(`No pilot with id ${JSON.stringify(id)}.`)
  const actor = assertCanWriteFor(ctx.viewer, visible.municipalityCode)
  const existing = await findPilotForUpdate(trx, id)
  if (!existing) throw notFound(`No pilot with id ${JSON.stringify(id)}.`)
  return { actor, existing }
}

export async function changePilotStatus(ctx: IctContext, id: string, args: { status: PilotStatus; effectiveOn: string; note?: string | null }) {
  requireStaff(ctx.viewer)
  const data = parseInput(statusChangeSchema, args, 'args')
  const row = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedPilot(ctx, trx, id)
    const updated = await updatePilot(trx, id, { status: data.status })
    await insertStatusChange(trx, { pilotId: id, municipalityCode: existing.municipalityCode, status: data.status, effectiveOn: data.effectiveOn, note: data.note ?? '' })
    await recordAudit(trx, auditEntry(ctx, actor, 'change-status', updated, existing))
    return updated
  })
  ctx.loaders.statusHistoryByPilot.clear(id)
  return row
}

export async function recordPilotOutcome(ctx: IctContext, id: string, args: { hoursSavedPerYear?: number | null; notes?: string | null }) {
  requireStaff(ctx.viewer)
  const data = parseInput(outcomeSchema, args, 'args')
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedPilot(ctx, trx, id)
    const updated = await updatePilot(trx, id, {
      ...(data.hoursSavedPerYear !== undefined ? { hoursSavedPerYear: data.hoursSavedPerYear } : {}),
      ...(data.notes !== undefined ? { outcomeNotes: data.notes ?? '' } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'record-outcome', updated, existing))
    return updated
  })
}

function auditEntry(ctx: IctContext, actor: StaffViewer, operation: string, after: PilotRow, before: PilotRow | undefined) {
  return { actor, subgraph: 'ict' as const, operation, entity: 'Pilot', entityId: after.id, ownerCode: after.municipalityCode, before, after, requestId: ctx.requestId }
}
