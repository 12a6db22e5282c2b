import type { Change, EventDeriver, EventDerivers } from '../../../lib/db/write-path.js'
import type { OutboxEvent } from '../../../lib/db/outbox.js'
import type {
  AlertLevelEventPayload,
  EventType,
  ResponseLevelEventPayload,
  ShelterEventPayload,
} from '../../../lib/events/event-types.js'
import {
  findAlertWithPrevious,
  findReportWithPrevious,
  findResponseStatusWithPrevious,
} from './situation-events.repository.js'

/**
 * What the situation's changes are worth telling (DESIGN.md §5b). Read in the write's transaction, by the new
 * row's id, with the state it replaced: a report tells the transitions it makes (opened, closed, full) or,
 * when it makes none, that the figures changed; a level tells only when it differs from the previous one.
 */

const iso = (value: Date | string) => new Date(value).toISOString()
const rowId = (change: Change) => Number(change.entityId)

type ReportRow = NonNullable<Awaited<ReturnType<typeof findReportWithPrevious>>>

/** The transitions a report makes, given the report it follows (none: the shelter's first). */
export function shelterTransitions(report: ReportRow): EventType[] {
  const isFull = (open: boolean | null, evacuees: number | null) =>
    open === true && report.capacity !== null && (evacuees ?? 0) >= report.capacity
  const types: EventType[] = []
  const wasOpen = report.previousIsOpen === true
  if (report.isOpen && !wasOpen) types.push('shelter.opened')
  if (!report.isOpen && wasOpen) types.push('shelter.closed')
  if (isFull(report.isOpen, report.evacuees) && !isFull(report.previousIsOpen, report.previousEvacuees)) {
    types.push('shelter.full')
  }
  return types.length > 0 ? types : ['shelter.updated']
}

const shelterReported: EventDeriver = async (trx, change) => {
  const report = await findReportWithPrevious(trx, rowId(change))
  if (!report) return []
  const payload: ShelterEventPayload = {
    shelterId: report.shelterId,
    shelterName: report.name,
    municipalityCode: report.municipalityCode,
    isOpen: report.isOpen,
    evacuees: report.evacuees,
    capacity: report.capacity,
    remainingCapacity:
      report.isOpen && report.capacity !== null ? Math.max(report.capacity - report.evacuees, 0) : null,
    reportedAt: iso(report.reportedAt),
    isSample: report.isSample,
  }
  return shelterTransitions(report).map((type): OutboxEvent => ({
    type,
    municipalityCode: report.municipalityCode,
    subject: report.shelterId,
    payload,
  }))
}

const responseLevelSet: EventDeriver = async (trx, change) => {
  const status = await findResponseStatusWithPrevious(trx, rowId(change))
  if (!status || status.previousLevel === status.headquartersLevel) return []
  const payload: ResponseLevelEventPayload = {
    municipalityCode: status.municipalityCode,
    level: status.headquartersLevel,
    previousLevel: status.previousLevel,
    note: status.note,
    recordedAt: iso(status.recordedAt),
    isSample: status.isSample,
  }
  return [
    {
      type: 'response-level.changed',
      municipalityCode: status.municipalityCode,
      subject: status.municipalityCode,
      payload,
    },
  ]
}

const alertLevelSet: EventDeriver = async (trx, change) => {
  const alert = await findAlertWithPrevious(trx, rowId(change))
  if (!alert || alert.previousLevel === alert.level) return []
  const payload: AlertLevelEventPayload = {
    municipalityCode: alert.municipalityCode,
    area: alert.area,
    level: alert.level,
    previousLevel: alert.previousLevel,
    note: alert.note,
    issuedAt: iso(alert.issuedAt),
    isSample: alert.isSample,
  }
  return [
    {
      type: 'alert-level.changed',
      municipalityCode: alert.municipalityCode,
      subject: `${alert.municipalityCode}/${alert.area}`,
      payload,
    },
  ]
}

/** By the entity names the situation service records its changes under. */
export const situationEvents: EventDerivers = {
  ShelterStatusReport: shelterReported,
  ResponseStatus: responseLevelSet,
  EvacuationAlert: alertLevelSet,
}
