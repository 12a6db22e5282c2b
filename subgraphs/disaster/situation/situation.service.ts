import type { HeadquartersLevel, ShelterStatusInput } from '../../../codegen/disaster-resolvers.js'
import { groupBy } from '../../../lib/collections.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import { unknownRegion } from '../../../lib/municipality-regions.js'
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
import { HISTORY_LIMIT } from './situation.loaders.js'
import { evacuationAlertRules, responseStatusRules, statusReportRules } from './situation.rules.js'

/**
 * Three statements whatever the number of towns, shelters or reports. For one 圏域 only the towns' list is narrowed:
 * the levels and alerts in force are few rows, looked up by town.
 */
export async function regionalSituation(ctx: DisasterContext, region: string | null = null) {
  const [shelters, statuses, alerts] = await Promise.all([
    summariseSheltersByTown(ctx.db, region),
    findLatestResponseStatuses(ctx.db),
    findLatestAlerts(ctx.db),
  ])
  // Every region has a town (agreement.municipality_region lists members), so no town means no such region.
  if (region !== null && shelters.length === 0) throw unknownRegion(region)
  return boardOf(shelters, statuses, alerts)
}

type BoardRows = [
  Awaited<ReturnType<typeof summariseSheltersByTown>>,
  Awaited<ReturnType<typeof findLatestResponseStatuses>>,
  Awaited<ReturnType<typeof findLatestAlerts>>,
]

/**
 * The board from its three reads, in one pass over each: looked up per town by code, not searched, so a nationwide
 * board during a wide disaster (a level and alerts in force in most of 1,741 towns) costs time linear in the rows.
 */
export function boardOf(...[shelters, statuses, alerts]: BoardRows) {
  const levelOf = new Map(statuses.map((row) => [row.municipalityCode, row.headquartersLevel as HeadquartersLevel]))
  const activeAlertsOf = groupBy(
    alerts.filter((alert) => alert.level !== null),
    (alert) => alert.municipalityCode,
  )
  // The served towns in board order come with the shelter summary (null figures for a town with no report).
  const towns = shelters.flatMap((summary) => {
    const code = summary.municipalityCode
    if (code === null) return []
    const active = activeAlertsOf.get(code) ?? []
    return [
      {
        municipality: { code, name: summary.municipalityName },
        headquartersLevel: levelOf.get(code) ?? 'NONE',
        activeAlerts: active,
        highestAlertLevel: active.length > 0 ? Math.max(...active.map((alert) => alert.level ?? 0)) : null,
        openShelters: summary.openShelters ?? 0,
        evacuees: summary.evacuees ?? 0,
        remainingCapacity: summary.remainingCapacity ?? 0,
        remainingCareCapacity: summary.remainingCareCapacity ?? 0,
        latestReportAt: summary.latestReportAt ? new Date(summary.latestReportAt).toISOString() : null,
      },
    ]
  })
  const total = (key: 'openShelters' | 'evacuees' | 'remainingCapacity' | 'remainingCareCapacity') =>
    towns.reduce((sum, town) => sum + town[key], 0)
  return {
    towns,
    openShelters: total('openShelters'),
    evacuees: total('evacuees'),
    remainingCapacity: total('remainingCapacity'),
    remainingCareCapacity: total('remainingCareCapacity'),
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

export function reportShelterStatus(ctx: DisasterContext, shelterId: string, input: ShelterStatusInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(statusReportRules.input, input)
    const [shelter] = isUuid(shelterId) ? await findSheltersByIds(w.trx, [shelterId]) : []
    if (!shelter || shelter.retiredAt) throw notFound(`No shelter in service with id ${JSON.stringify(shelterId)}.`)
    w.assertOwns(shelter.municipalityCode)
    const row = await insertStatusReport(w.trx, {
      shelterId,
      municipalityCode: shelter.municipalityCode,
      isOpen: data.isOpen,
      evacuees: data.evacuees,
      households: data.households ?? null,
      needs: data.needs ?? '',
      reportedBy: w.actor.subject,
    })
    await w.changed({
      operation: 'report',
      entity: 'ShelterStatusReport',
      entityId: String(row.id),
      ownerCode: shelter.municipalityCode,
      after: row,
    })
    const report = { ...row, capacity: shelter.capacity }
    w.refresh(ctx.loaders.latestReportByShelter, shelterId, report)
    return report
  })
}

export function setResponseStatus(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; level: HeadquartersLevel; note?: string | null },
) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(args.municipalityCode, 'municipalityCode')
    const note = parseInput(responseStatusRules.input, { note: args.note }, 'args').note ?? ''
    const row = await insertResponseStatus(w.trx, {
      municipalityCode: owner,
      headquartersLevel: args.level,
      note,
      recordedBy: w.actor.subject,
    })
    await w.changed({
      operation: 'set-response',
      entity: 'ResponseStatus',
      entityId: String(row.id),
      ownerCode: owner,
      after: row,
    })
    return row
  })
}

export function setEvacuationAlert(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; area: string; level?: number | null; note?: string | null },
) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(args.municipalityCode, 'municipalityCode')
    const data = parseInput(evacuationAlertRules.input, { area: args.area, level: args.level, note: args.note }, 'args')
    const row = await insertAlert(w.trx, {
      municipalityCode: owner,
      area: data.area,
      level: data.level ?? null,
      note: data.note ?? '',
      issuedBy: w.actor.subject,
    })
    await w.changed({
      operation: 'set-alert',
      entity: 'EvacuationAlert',
      entityId: String(row.id),
      ownerCode: owner,
      after: row,
    })
    return row
  })
}
