import { z } from 'zod'
import type { CreatePilotInput, PilotStatus } from '../../../codegen/ict-resolvers.js'
import { lockOwnedRow, ownerForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isPartyCode } from '../../../lib/municipality-code.js'
import type { IctContext } from '../context.js'
import {
  findPilotForUpdate,
  findPilotsByIds,
  insertPilot,
  insertStatusChange,
  updatePilot,
  type PilotRow,
} from './pilots.repository.js'

const status = z.enum(['CONSIDERING', 'PILOTING', 'ADOPTED', 'DROPPED'])
const createSchema = z.object({
  initiativeId: z.string().regex(/^ict-\d{1,2}$/, 'must be an initiative of the ICT field, e.g. ict-3'),
  title: inputRules.text(200),
  technology: inputRules.text(100),
  status: status.nullish(),
  startedOn: inputRules.isoDate.nullish(),
  targetBusiness: inputRules.text(100).nullish(),
  partnerMunicipalityCodes: z
    .array(z.string().refine(isPartyCode, 'must be the code of one of the nine parties'))
    .max(8)
    .nullish(),
  partnerCompanies: z.array(inputRules.text(200)).max(20).nullish(),
})
const statusChangeSchema = z.object({
  status,
  effectiveOn: inputRules.isoDate,
  note: inputRules.optionalText(2000).nullish(),
})
const outcomeSchema = z.object({
  hoursSavedPerYear: z.number().int('must be whole hours').min(0, 'must not be negative').max(10_000_000).nullish(),
  notes: inputRules.optionalText(4000).nullish(),
})

export async function createPilot(ctx: IctContext, input: CreatePilotInput) {
  const { actor, owner } = ownerForWrite(ctx.viewer, input.municipalityCode, 'input.municipalityCode')
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

const PILOT_ACCESS = { what: 'pilot', findByIds: findPilotsByIds, lockById: findPilotForUpdate }

export async function changePilotStatus(
  ctx: IctContext,
  id: string,
  args: { status: PilotStatus; effectiveOn: string; note?: string | null },
) {
  requireStaff(ctx.viewer)
  const data = parseInput(statusChangeSchema, args, 'args')
  const row = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, PILOT_ACCESS)
    const updated = await updatePilot(trx, id, { status: data.status })
    await insertStatusChange(trx, {
      pilotId: id,
      municipalityCode: existing.municipalityCode,
      status: data.status,
      effectiveOn: data.effectiveOn,
      note: data.note ?? '',
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'change-status', updated, existing))
    return updated
  })
  ctx.loaders.statusHistoryByPilot.clear(id)
  return row
}

export async function recordPilotOutcome(
  ctx: IctContext,
  id: string,
  args: { hoursSavedPerYear?: number | null; notes?: string | null },
) {
  requireStaff(ctx.viewer)
  const data = parseInput(outcomeSchema, args, 'args')
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, PILOT_ACCESS)
    const updated = await updatePilot(trx, id, {
      ...(data.hoursSavedPerYear !== undefined ? { hoursSavedPerYear: data.hoursSavedPerYear } : {}),
      ...(data.notes !== undefined ? { outcomeNotes: data.notes ?? '' } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'record-outcome', updated, existing))
    return updated
  })
}

function auditEntry(
  ctx: IctContext,
  actor: StaffViewer,
  operation: string,
  after: PilotRow,
  before: PilotRow | undefined,
) {
  return {
    actor,
    subgraph: 'ict' as const,
    operation,
    entity: 'Pilot',
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
