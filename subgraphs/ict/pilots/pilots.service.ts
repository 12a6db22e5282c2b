import { assertServedMunicipalities } from '../../../lib/served-municipalities.js'
import type { CreatePilotInput, PilotStatus } from '../../../codegen/ict-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { todayInJapan } from '../../../lib/business-date.js'
import { parseInput } from '../../../lib/graphql/input.js'
import type { IctContext } from '../context.js'
import {
  findPilotForUpdate,
  findPilotsByIds,
  insertPilot,
  insertStatusChange,
  statusOn,
  updatePilot,
} from './pilots.repository.js'
import { pilotOutcomeRules, pilotRules, pilotStatusChangeRules } from './pilots.rules.js'

export function createPilot(ctx: IctContext, input: CreatePilotInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(input.municipalityCode, 'input.municipalityCode')
    const data = parseInput(pilotRules.input, input)
    await assertServedMunicipalities(w.trx, data.partnerMunicipalityCodes ?? [], 'input.partnerMunicipalityCodes')
    const row = await insertPilot(w.trx, {
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
    await insertStatusChange(w.trx, {
      pilotId: row.id,
      municipalityCode: owner,
      status: row.status,
      effectiveOn: row.startedOn ?? todayInJapan(),
      note: 'created',
    })
    await w.changedRow('Pilot', 'create', row)
    return row
  })
}

const PILOT_ACCESS = { what: 'pilot', findByIds: findPilotsByIds, lockById: findPilotForUpdate }

export function changePilotStatus(
  ctx: IctContext,
  id: string,
  args: { status: PilotStatus; effectiveOn: string; note?: string | null },
) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(pilotStatusChangeRules.input, args, 'args')
    const today = todayInJapan()
    // A change is recorded once it has happened: a future one would make today's status depend on the clock.
    if (data.effectiveOn > today)
      throw badUserInput(`args.effectiveOn: ${data.effectiveOn} is after today (${today}, in Japan)`, {
        field: 'args.effectiveOn',
      })
    const existing = await w.lockOwned(id, PILOT_ACCESS)
    await insertStatusChange(w.trx, {
      pilotId: id,
      municipalityCode: existing.municipalityCode,
      status: data.status,
      effectiveOn: data.effectiveOn,
      note: data.note ?? '',
    })
    // The current status follows the history, not the last call: a back-dated change may not be the latest.
    const updated = await updatePilot(w.trx, id, { status: await statusOn(w.trx, id, today) })
    await w.changedRow('Pilot', 'change-status', updated, existing)
    w.refresh(ctx.loaders.statusHistoryByPilot, id)
    return updated
  })
}

export function recordPilotOutcome(
  ctx: IctContext,
  id: string,
  args: { hoursSavedPerYear?: number | null; notes?: string | null },
) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(pilotOutcomeRules.input, args, 'args')
    const existing = await w.lockOwned(id, PILOT_ACCESS)
    const updated = await updatePilot(w.trx, id, {
      ...(data.hoursSavedPerYear !== undefined ? { hoursSavedPerYear: data.hoursSavedPerYear } : {}),
      ...(data.notes !== undefined ? { outcomeNotes: data.notes ?? '' } : {}),
    })
    await w.changedRow('Pilot', 'record-outcome', updated, existing)
    return updated
  })
}
