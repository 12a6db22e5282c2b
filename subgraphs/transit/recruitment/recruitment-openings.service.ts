import type {
  CreateRecruitmentOpeningInput,
  RecruitmentOpeningStatus,
  UpdateRecruitmentOpeningInput,
} from '../../../codegen/transit-resolvers.js'
import { definedFields } from '../../../lib/collections.js'
import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
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
  countOpenings,
  findOpeningForUpdate,
  findOpeningsByIds,
  insertOpening,
  searchOpenings,
  updateOpening,
} from './recruitment-openings.repository.js'
import {
  closesNotBeforeOpens,
  recruitmentOpeningRules,
  recruitmentOpeningUpdateRules,
} from './recruitment-openings.rules.js'

export async function findRecruitmentOpenings(
  ctx: TransitContext,
  args: PageArgs & { municipalityCode?: string | null; status?: RecruitmentOpeningStatus | null },
) {
  const municipalityCode = args.municipalityCode
    ? assertMunicipalityCode(args.municipalityCode, 'municipalityCode')
    : null
  const page = pageRequest(args, isCreatedAtSortKey)
  const filter = { municipalityCode, status: args.status ?? null }
  const rows = await searchOpenings(ctx.db, filter, page)
  return toConnection(rows, page, createdAtSortKey, () => countOpenings(ctx.db, filter))
}

/** A town's opening (its staff) or, with `regionWide`, the region's (the coordinator). */
export function createRecruitmentOpening(ctx: TransitContext, input: CreateRecruitmentOpeningInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerOrRegionFor(input, 'input.municipalityCode')
    const data = parseInput(recruitmentOpeningRules.input, input)
    const operatorId = await existingOperatorId(w, input.operatorId)
    const row = await insertOpening(w.trx, {
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
    await w.changedRow('RecruitmentOpening', 'create', row)
    return row
  })
}

const OPENING_ACCESS = { what: 'recruitment opening', findByIds: findOpeningsByIds, lockById: findOpeningForUpdate }

export function updateRecruitmentOpening(ctx: TransitContext, id: string, input: UpdateRecruitmentOpeningInput) {
  return runWrite(ctx, async (w) => {
    const changes = parseInput(recruitmentOpeningUpdateRules, input)
    const existing = await w.lockOwned(id, OPENING_ACCESS)
    const merged = {
      opensOn: changes.opensOn ?? existing.opensOn,
      closesOn: changes.closesOn !== undefined ? changes.closesOn : existing.closesOn,
    }
    if (!closesNotBeforeOpens(merged)) {
      throw badUserInput(`input.closesOn: must not be before opensOn (${merged.opensOn})`, { field: 'input.closesOn' })
    }
    const row = await updateOpening(w.trx, id, {
      ...definedFields(changes, ['title', 'positions', 'description', 'opensOn', 'closesOn', 'url']),
      ...(input.role ? { role: input.role } : {}),
      ...(input.employmentType ? { employmentType: input.employmentType } : {}),
      ...(input.status ? { status: input.status } : {}),
    })
    await w.changedRow('RecruitmentOpening', 'update', row, existing)
    w.refresh(ctx.loaders.openingById, id, row)
    return row
  })
}

/** The named operator must exist (a friendlier error than the foreign key's, naming the field); none named is fine. */
async function existingOperatorId(w: Write, operatorId: string | null | undefined): Promise<string | null> {
  if (!operatorId) return null
  const [operator] = isUuid(operatorId) ? await findOperatorsByIds(w.trx, [operatorId]) : []
  if (!operator)
    throw badUserInput(`input.operatorId: no operator with id ${JSON.stringify(operatorId)}.`, {
      field: 'input.operatorId',
    })
  return operator.id
}
