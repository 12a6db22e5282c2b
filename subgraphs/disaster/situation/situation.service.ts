import { z } from 'zod'
import type { HeadquartersLevel, ShelterStatusInput } from '../../../codegen/disaster-resolvers.js'
import { ownerForWrite } from '../../../lib/auth/ownership.js'
import { assertCanWriteFor, requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode, PARTY_CODES } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { findSheltersByIds } from '../shelters/shelters.repository.js'
import {
  findLatestAlerts,
  findLatestResponseStatuses,
  findResponseHistory,
  insertAlert,
  insertResponseStatus,
  insertStatusReport,
  summariseSheltersByTown,
} from './situation.repository.js'

const HISTORY_LIMIT = 200
const reportSchema = z.object({
  isOpen: z.boolean(),
  evacuees: z.number().int().min(0).max(100_000),
  households: z.number().int().min(0).max(100_000).nullish(),
  needs: inputRules.optionalText(1000).nullish(),
})
const alertSchema = z.object({
  area: inputRules.text(200),
  level: z
    .number()
    .int()
    .min(3, 'must be 3, 4 or 5 (or null to lift)')
    .max(5, 'must be 3, 4 or 5 (or null to lift)')
    .nullish(),
  note: inputRules.optionalText(1000).nullish(),
})

/** Three statements whatever the number of towns, shelters or reports. */
export async function regionalSituation(ctx: DisasterContext) {
  const [shelters, statuses, alerts] = await Promise.all([
    summariseSheltersByTown(ctx.db),
    findLatestResponseStatuses(ctx.db),
    findLatestAlerts(ctx.db),
  ])
  const towns = PARTY_CODES.map((code) => {
    const summary = shelters.find((row) => row.municipalityCode === code)
    const active = alerts.filter((alert) => alert.municipalityCode === code && alert.level !== null)
    return {
      municipality: { code },
      headquartersLevel: (statuses.find((row) => row.municipalityCode === code)?.headquartersLevel ??
        'NONE') as HeadquartersLevel,
      activeAlerts: active,
      highestAlertLevel: active.length > 0 ? Math.max(...active.map((alert) => alert.level ?? 0)) : null,
      openShelters: summary?.openShelters ?? 0,
      evacuees: summary?.evacuees ?? 0,
      remainingCapacity: summary?.remainingCapacity ?? 0,
      latestReportAt: summary?.latestReportAt ? new Date(summary.latestReportAt).toISOString() : null,
    }
  })
  const total = (key: 'openShelters' | 'evacuees' | 'remainingCapacity') =>
    towns.reduce((sum, town) => sum + town[key], 0)
  return {
    towns,
    openShelters: total('openShelters'),
    evacuees: total('evacuees'),
    remainingCapacity: total('remainingCapacity'),
  }
}

export async function responseHistory(ctx: DisasterContext, municipalityCode: string) {
  const [statuses, alerts] = await findResponseHistory(
    ctx.db,
    assertMunicipalityCode(municipalityCode, 'municipalityCode'),
    HISTORY_LIMIT,
  )
  return { statuses, alerts }
}

export async function reportShelterStatus(ctx: DisasterContext, shelterId: string, input: ShelterStatusInput) {
  const staff = requireStaff(ctx.viewer)
  const data = parseInput(reportSchema, input)
  const [shelter] = isUuid(shelterId) ? await findSheltersByIds(ctx.db, [shelterId]) : []
  if (!shelter || shelter.retiredAt) throw notFound(`No shelter in service with id ${JSON.stringify(shelterId)}.`)
  const actor = assertCanWriteFor(ctx.viewer, shelter.municipalityCode)
  const report = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertStatusReport(trx, {
      shelterId,
      municipalityCode: shelter.municipalityCode,
      isOpen: data.isOpen,
      evacuees: data.evacuees,
      households: data.households ?? null,
      needs: data.needs ?? '',
      reportedBy: staff.subject,
    })
    await recordAudit(trx, {
      actor,
      subgraph: 'disaster',
      operation: 'report',
      entity: 'ShelterStatusReport',
      entityId: String(row.id),
      ownerCode: shelter.municipalityCode,
      after: row,
      requestId: ctx.requestId,
    })
    return { ...row, capacity: shelter.capacity }
  })
  ctx.loaders.latestReportByShelter.clear(shelterId).prime(shelterId, report)
  return report
}

export async function setResponseStatus(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; level: HeadquartersLevel; note?: string | null },
) {
  const { actor: staff, owner } = ownerForWrite(ctx.viewer, args.municipalityCode, 'municipalityCode')
  const note =
    parseInput(z.object({ note: inputRules.optionalText(1000).nullish() }), { note: args.note }, 'args').note ?? ''
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertResponseStatus(trx, {
      municipalityCode: owner,
      headquartersLevel: args.level,
      note,
      recordedBy: staff.subject,
    })
    await recordAudit(trx, {
      actor: staff,
      subgraph: 'disaster',
      operation: 'set-response',
      entity: 'ResponseStatus',
      entityId: String(row.id),
      ownerCode: owner,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}

export async function setEvacuationAlert(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; area: string; level?: number | null; note?: string | null },
) {
  const { actor: staff, owner } = ownerForWrite(ctx.viewer, args.municipalityCode, 'municipalityCode')
  const data = parseInput(alertSchema, { area: args.area, level: args.level, note: args.note }, 'args')
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertAlert(trx, {
      municipalityCode: owner,
      area: data.area,
      level: data.level ?? null,
      note: data.note ?? '',
      issuedBy: staff.subject,
    })
    await recordAudit(trx, {
      actor: staff,
      subgraph: 'disaster',
      operation: 'set-alert',
      entity: 'EvacuationAlert',
      entityId: String(row.id),
      ownerCode: owner,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}
