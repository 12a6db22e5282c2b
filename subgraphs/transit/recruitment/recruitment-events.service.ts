import { z } from 'zod'
import type { CreateRecruitmentEventInput, UpdateRecruitmentEventInput } from '../../../codegen/transit-resolvers.js'
import { definedFields } from '../../../lib/collections.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { TransitContext } from '../context.js'
import {
  countEvents,
  eventSortKey,
  findEventForUpdate,
  findEventsByIds,
  insertEvent,
  isEventSortKey,
  searchEvents,
  updateEvent,
} from './recruitment-events.repository.js'
import {
  hiresWithinParticipants,
  recruitmentEventRules,
  recruitmentEventUpdateRules,
} from './recruitment-events.rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

const rangeSchema = z
  .object({ from: fieldRules.isoDate.nullish(), to: fieldRules.isoDate.nullish() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    error: 'must not be before from',
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
  const filter = { municipalityCode, from: range.from ?? null, to: range.to ?? null }
  const rows = await searchEvents(ctx.db, filter, page)
  return toConnection(rows, page, eventSortKey, () => countEvents(ctx.db, filter))
}

/** A town's event (its staff) or, with `regionWide`, the region's (the coordinator). */
export function createRecruitmentEvent(ctx: TransitContext, input: CreateRecruitmentEventInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerOrRegionFor(input, 'input.municipalityCode')
    const data = parseInput(recruitmentEventRules.input, input)
    const row = await insertEvent(w.trx, {
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
    await w.changedRow('RecruitmentEvent', 'create', row)
    return row
  })
}

const EVENT_ACCESS = { what: 'recruitment event', findByIds: findEventsByIds, lockById: findEventForUpdate }

export function updateRecruitmentEvent(ctx: TransitContext, id: string, input: UpdateRecruitmentEventInput) {
  return runWrite(ctx, async (w) => {
    const changes = parseInput(recruitmentEventUpdateRules, input)
    const existing = await w.lockOwned(id, EVENT_ACCESS)
    const merged = {
      participants: changes.participants !== undefined ? changes.participants : existing.participants,
      hires: changes.hires !== undefined ? changes.hires : existing.hires,
    }
    if (!hiresWithinParticipants(merged)) {
      throw badUserInput(`input.hires: must not exceed participants (${merged.participants})`, { field: 'input.hires' })
    }
    const row = await updateEvent(w.trx, id, {
      ...definedFields(changes, ['title', 'heldOn', 'venue', 'description', 'url', 'participants', 'hires']),
      ...(input.kind ? { kind: input.kind } : {}),
    })
    await w.changedRow('RecruitmentEvent', 'update', row, existing)
    w.refresh(ctx.loaders.eventById, id, row)
    return row
  })
}
