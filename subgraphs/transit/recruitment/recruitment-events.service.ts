import { z } from 'zod'
import type { CreateRecruitmentEventInput, UpdateRecruitmentEventInput } from '../../../codegen/transit-resolvers.js'
import { lockOwnedRow, ownerOrRegionForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { TransitContext } from '../context.js'
import {
  eventSortKey,
  findEventForUpdate,
  findEventsByIds,
  insertEvent,
  isEventSortKey,
  searchEvents,
  updateEvent,
  type RecruitmentEventRow,
} from './recruitment-events.repository.js'
import { transitInitiativeId } from './recruitment-rules.js'

const headCount = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(100_000, 'must be at most 100000')
const hiresWithinParticipants = (value: {
  participants?: number | null | undefined
  hires?: number | null | undefined
}) => value.participants == null || value.hires == null || value.hires <= value.participants
const hiresProblem = { message: 'must not exceed participants', path: ['hires'] }

const createSchema = z
  .object({
    initiativeId: transitInitiativeId.nullish(),
    title: inputRules.text(200),
    heldOn: inputRules.isoDate,
    venue: inputRules.optionalText(200).nullish(),
    description: inputRules.optionalText(4000).nullish(),
    url: inputRules.httpUrl.nullish(),
    participants: headCount.nullish(),
    hires: headCount.nullish(),
  })
  .refine(hiresWithinParticipants, hiresProblem)

const updateSchema = z.object({
  title: inputRules.text(200).optional(),
  heldOn: inputRules.isoDate.optional(),
  venue: inputRules.optionalText(200).optional(),
  description: inputRules.optionalText(4000).optional(),
  url: inputRules.httpUrl.nullish(),
  participants: headCount.nullish(),
  hires: headCount.nullish(),
})

const rangeSchema = z
  .object({ from: inputRules.isoDate.nullish(), to: inputRules.isoDate.nullish() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: 'must not be before from',
    path: ['to'],
  })

export async function findRecruitmentEvents(
  ctx: TransitContext,
  args: PageArgs & { municipalityCode?: string | null; from?: string | null; to?: string | null },
) {
  const municipalityCode = args.municipalityCode
    ? assertMunicipalityCode(args.municipalityCode, 'municipalityCode')
    : null
  const range = parseInput(rangeSchema, { from: args.from, to: args.to }, 'args')
  const page = pageRequest(args, isEventSortKey)
  const rows = await searchEvents(ctx.db, { municipalityCode, from: range.from ?? null, to: range.to ?? null }, page)
  return toConnection(rows, page, eventSortKey)
}

/** A town's event (its staff) or, with `regionWide`, the region's (the coordinator). */
export async function createRecruitmentEvent(ctx: TransitContext, input: CreateRecruitmentEventInput) {
  const { actor, owner } = ownerOrRegionForWrite(ctx.viewer, input, 'input.municipalityCode')
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertEvent(trx, {
      municipalityCode: owner,
      ...(data.initiativeId ? { initiativeId: data.initiativeId } : {}),
      title: data.title,
      kind: input.kind,
      heldOn: data.heldOn,
      venue: data.venue ?? '',
      description: data.description ?? '',
      url: data.url ?? null,
      participants: data.participants ?? null,
      hires: data.hires ?? null,
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', row, undefined))
    return row
  })
}

export async function updateRecruitmentEvent(ctx: TransitContext, id: string, input: UpdateRecruitmentEventInput) {
  requireStaff(ctx.viewer)
  const changes = parseInput(updateSchema, input)
  const updated = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, {
      what: 'recruitment event',
      findByIds: findEventsByIds,
      lockById: findEventForUpdate,
    })
    const merged = {
      participants: changes.participants !== undefined ? changes.participants : existing.participants,
      hires: changes.hires !== undefined ? changes.hires : existing.hires,
    }
    if (!hiresWithinParticipants(merged)) {
      throw badUserInput(`input.hires: must not exceed participants (${merged.participants})`, { field: 'input.hires' })
    }
    const row = await updateEvent(trx, id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(changes.heldOn !== undefined ? { heldOn: changes.heldOn } : {}),
      ...(changes.venue !== undefined ? { venue: changes.venue } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.participants !== undefined ? { participants: changes.participants } : {}),
      ...(changes.hires !== undefined ? { hires: changes.hires } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'update', row, existing))
    return row
  })
  ctx.loaders.eventById.clear(id).prime(id, updated)
  return updated
}

function auditEntry(
  ctx: TransitContext,
  actor: StaffViewer,
  operation: string,
  after: RecruitmentEventRow,
  before: RecruitmentEventRow | undefined,
) {
  return {
    actor,
    subgraph: 'transit' as const,
    operation,
    entity: 'RecruitmentEvent',
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
