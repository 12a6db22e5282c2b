import { z } from 'zod'
import type { Hazard, ShelterInput } from '../../../codegen/disaster-resolvers.js'
import { lockOwnedRow, ownerForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS, HAZARDS, hazardColumnsFor } from './hazards.js'
import {
  findShelterForUpdate,
  findShelterPage,
  findSheltersByIds,
  findSheltersNear,
  insertShelter,
  updateShelter as updateShelterRow,
  type ShelterRow,
} from './shelters.repository.js'

const MAX_RADIUS_METRES = 50_000
const MAX_NEAR_RESULTS = 200

const shelterSchema = z
  .object({
    sourceId: inputRules.text(100).nullish(),
    name: inputRules.text(200),
    nameKana: inputRules.optionalText(200).nullish(),
    address: inputRules.text(300),
    addressDetail: inputRules.optionalText(200).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    elevationMetres: z.number().min(-500).max(5000).nullish(),
    phone: inputRules.optionalText(40).nullish(),
    phoneExtension: inputRules.optionalText(20).nullish(),
    safeFor: z.array(z.enum(HAZARDS as [Hazard, ...Hazard[]])).nullish(),
    isDesignatedShelter: z.boolean().nullish(),
    capacity: z.number().int().min(0).max(1_000_000).nullish(),
    targetCommunity: inputRules.optionalText(500).nullish(),
    url: inputRules.httpUrl.nullish(),
    notes: inputRules.optionalText(2000).nullish(),
  })
  .refine((v) => (v.latitude == null) === (v.longitude == null), {
    message: 'give both coordinates or neither',
    path: ['longitude'],
  })

function shelterValues(input: ShelterInput) {
  const data = parseInput(shelterSchema, input)
  return {
    sourceId: data.sourceId ?? null,
    name: data.name,
    nameKana: data.nameKana || null,
    address: data.address,
    addressDetail: data.addressDetail || null,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    elevationM: data.elevationMetres ?? null,
    phone: data.phone || null,
    phoneExtension: data.phoneExtension || null,
    ...hazardColumnsFor(data.safeFor ?? []),
    isDesignatedShelter: data.isDesignatedShelter ?? false,
    capacity: data.capacity ?? null,
    targetCommunity: data.targetCommunity || null,
    url: data.url ?? null,
    notes: data.notes || null,
  }
}

export async function shelterPage(
  ctx: DisasterContext,
  args: PageArgs & { municipalityCode: string; hazard?: Hazard | null },
) {
  const code = assertMunicipalityCode(args.municipalityCode, 'municipalityCode')
  const page = pageRequest(args, isUuid)
  const rows = await findShelterPage(ctx.db, code, args.hazard ? HAZARD_COLUMNS[args.hazard] : null, page)
  return toConnection(rows, page, (row) => row.id)
}

export function nearbyShelters(
  ctx: DisasterContext,
  args: {
    latitude: number
    longitude: number
    radiusMetres?: number | null
    hazard?: Hazard | null
    first?: number | null
  },
) {
  const radiusMetres = args.radiusMetres ?? 5000
  const limit = args.first ?? 20
  if (Math.abs(args.latitude) > 90 || Math.abs(args.longitude) > 180) {
    throw badUserInput('latitude must be within ±90 and longitude within ±180.', { field: 'latitude' })
  }
  if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
    throw badUserInput(`radiusMetres must be between 0 and ${MAX_RADIUS_METRES}.`, { field: 'radiusMetres' })
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEAR_RESULTS) {
    throw badUserInput(`first must be between 1 and ${MAX_NEAR_RESULTS}.`, { field: 'first' })
  }
  return findSheltersNear(ctx.db, args, {
    radiusMetres,
    hazardColumn: args.hazard ? HAZARD_COLUMNS[args.hazard] : null,
    limit,
  })
}

export async function createShelter(ctx: DisasterContext, input: ShelterInput) {
  const { actor, owner } = ownerForWrite(ctx.viewer, input.municipalityCode, 'input.municipalityCode')
  const values = shelterValues(input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertShelter(trx, { ...values, municipalityCode: owner })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', row, undefined))
    return row
  })
}

const SHELTER_ACCESS = { what: 'shelter', findByIds: findSheltersByIds, lockById: findShelterForUpdate }

export async function updateShelter(ctx: DisasterContext, id: string, input: ShelterInput) {
  requireStaff(ctx.viewer)
  const values = shelterValues(input)
  const row = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, SHELTER_ACCESS)
    const updated = await updateShelterRow(trx, id, values)
    await recordAudit(trx, auditEntry(ctx, actor, 'update', updated, existing))
    return updated
  })
  ctx.loaders.shelterById.clear(id).prime(id, row)
  return row
}

export async function retireShelter(ctx: DisasterContext, id: string) {
  requireStaff(ctx.viewer)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, SHELTER_ACCESS)
    if (existing.retiredAt) return existing
    const row = await updateShelterRow(trx, id, { retiredAt: new Date() })
    await recordAudit(trx, auditEntry(ctx, actor, 'retire', row, existing))
    return row
  })
}

function auditEntry(
  ctx: DisasterContext,
  actor: StaffViewer,
  operation: string,
  after: ShelterRow,
  before: ShelterRow | undefined,
) {
  return {
    actor,
    subgraph: 'disaster' as const,
    operation,
    entity: 'Shelter',
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
