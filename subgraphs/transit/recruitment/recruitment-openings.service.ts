import { z } from 'zod'
import type {
  CreateRecruitmentOpeningInput,
  RecruitmentOpeningStatus,
  UpdateRecruitmentOpeningInput,
} from '../../../codegen/transit-resolvers.js'
import { lockOwnedRow, ownerOrRegionForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import {
  createdAtSortKey,
  isCreatedAtSortKey,
  pageRequest,
  toConnection,
  type PageArgs,
} from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { TransitContext } from '../context.js'
import { findOperatorsByIds } from '../operators/operators.repository.js'
import {
  findOpeningForUpdate,
  findOpeningsByIds,
  insertOpening,
  searchOpenings,
  updateOpening,
  type RecruitmentOpeningRow,
} from './recruitment-openings.repository.js'
import { transitInitiativeId } from './recruitment-rules.js'

const closesNotBeforeOpens = (value: { opensOn?: string | undefined; closesOn?: string | null | undefined }) =>
  !value.opensOn || !value.closesOn || value.closesOn >= value.opensOn
const positions = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1000, 'must be at most 1000')

const createSchema = z
  .object({
    initiativeId: transitInitiativeId.nullish(),
    title: inputRules.text(200),
    positions,
    description: inputRules.optionalText(4000).nullish(),
    opensOn: inputRules.isoDate,
    closesOn: inputRules.isoDate.nullish(),
    url: inputRules.httpUrl.nullish(),
  })
  .refine(closesNotBeforeOpens, { message: 'must not be before opensOn', path: ['closesOn'] })

const updateSchema = z.object({
  title: inputRules.text(200).optional(),
  positions: positions.optional(),
  description: inputRules.optionalText(4000).optional(),
  opensOn: inputRules.isoDate.optional(),
  closesOn: inputRules.isoDate.nullish(),
  url: inputRules.httpUrl.nullish(),
})

export async function findRecruitmentOpenings(
  ctx: TransitContext,
  args: PageArgs & { municipalityCode?: string | null; status?: RecruitmentOpeningStatus | null },
) {
  const municipalityCode = args.municipalityCode
    ? assertMunicipalityCode(args.municipalityCode, 'municipalityCode')
    : null
  const page = pageRequest(args, isCreatedAtSortKey)
  const rows = await searchOpenings(ctx.db, { municipalityCode, status: args.status ?? null }, page)
  return toConnection(rows, page, createdAtSortKey)
}

/** A town's opening (its staff) or, with `regionWide`, the region's (the coordinator). */
export async function createRecruitmentOpening(ctx: TransitContext, input: CreateRecruitmentOpeningInput) {
  const { actor, owner } = ownerOrRegionForWrite(ctx.viewer, input, 'input.municipalityCode')
  const data = parseInput(createSchema, input)
  const operatorId = await existingOperatorId(ctx, input.operatorId)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertOpening(trx, {
      municipalityCode: owner,
      operatorId,
      ...(data.initiativeId ? { initiativeId: data.initiativeId } : {}),
      title: data.title,
      role: input.role,
      employmentType: input.employmentType,
      positions: data.positions,
      description: data.description ?? '',
      opensOn: data.opensOn,
      closesOn: data.closesOn ?? null,
      url: data.url ?? null,
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', row, undefined))
    return row
  })
}

export async function updateRecruitmentOpening(ctx: TransitContext, id: string, input: UpdateRecruitmentOpeningInput) {
  requireStaff(ctx.viewer)
  const changes = parseInput(updateSchema, input)
  const updated = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, {
      what: 'recruitment opening',
      findByIds: findOpeningsByIds,
      lockById: findOpeningForUpdate,
    })
    const merged = {
      opensOn: changes.opensOn ?? existing.opensOn,
      closesOn: changes.closesOn !== undefined ? changes.closesOn : existing.closesOn,
    }
    if (!closesNotBeforeOpens(merged)) {
      throw badUserInput(`input.closesOn: must not be before opensOn (${merged.opensOn})`, { field: 'input.closesOn' })
    }
    const row = await updateOpening(trx, id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(input.role ? { role: input.role } : {}),
      ...(input.employmentType ? { employmentType: input.employmentType } : {}),
      ...(changes.positions !== undefined ? { positions: changes.positions } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.opensOn !== undefined ? { opensOn: changes.opensOn } : {}),
      ...(changes.closesOn !== undefined ? { closesOn: changes.closesOn } : {}),
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(input.status ? { status: input.status } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'update', row, existing))
    return row
  })
  ctx.loaders.openingById.clear(id).prime(id, updated)
  return updated
}

/** The named operator must exist (a friendlier error than the foreign key's, naming the field); none named is fine. */
async function existingOperatorId(ctx: TransitContext, operatorId: string | null | undefined): Promise<string | null> {
  if (!operatorId) return null
  const [operator] = isUuid(operatorId) ? await findOperatorsByIds(ctx.db, [operatorId]) : []
  if (!operator)
    throw badUserInput(`input.operatorId: no operator with id ${JSON.stringify(operatorId)}.`, {
      field: 'input.operatorId',
    })
  return operator.id
}

function auditEntry(
  ctx: TransitContext,
  actor: StaffViewer,
  operation: string,
  after: RecruitmentOpeningRow,
  before: RecruitmentOpeningRow | undefined,
) {
  return {
    actor,
    subgraph: 'transit' as const,
    operation,
    entity: 'RecruitmentOpening',
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
