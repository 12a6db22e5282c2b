import { z } from 'zod'
import type { CreatePromotionCampaignInput, UpdatePromotionCampaignInput } from '../../../codegen/transit-resolvers.js'
import { lockOwnedRow, ownerForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import type { TransitContext } from '../context.js'
import {
  findCampaignForUpdate,
  findCampaignsByIds,
  insertCampaign,
  updateCampaign,
  type PromotionCampaignRow,
} from './promotion-campaigns.repository.js'

const endsNotBeforeStart = (value: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn
const endsOnProblem = { message: 'must not be before startsOn', path: ['endsOn'] }

const createSchema = z
  .object({
    initiativeId: z.string().regex(/^transit-\d{1,2}$/, 'must be an initiative of the transit field, e.g. transit-2'),
    title: inputRules.text(200),
    description: inputRules.optionalText(4000).nullish(),
    startsOn: inputRules.isoDate,
    endsOn: inputRules.isoDate,
    url: inputRules.httpUrl.nullish(),
  })
  .refine(endsNotBeforeStart, endsOnProblem)

const updateSchema = z.object({
  title: inputRules.text(200).optional(),
  description: inputRules.optionalText(4000).optional(),
  startsOn: inputRules.isoDate.optional(),
  endsOn: inputRules.isoDate.optional(),
  url: inputRules.httpUrl.nullish(),
})

export async function createPromotionCampaign(ctx: TransitContext, input: CreatePromotionCampaignInput) {
  const { actor, owner: ownerCode } = ownerForWrite(ctx.viewer, input.municipalityCode, 'input.municipalityCode')
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertCampaign(trx, {
      municipalityCode: ownerCode,
      initiativeId: data.initiativeId,
      title: data.title,
      description: data.description ?? '',
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      url: data.url ?? null,
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', row, undefined))
    return row
  })
}

export async function updatePromotionCampaign(ctx: TransitContext, id: string, input: UpdatePromotionCampaignInput) {
  requireStaff(ctx.viewer)
  const changes = parseInput(updateSchema, input)
  const updated = await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, {
      what: 'promotion campaign',
      findByIds: findCampaignsByIds,
      lockById: findCampaignForUpdate,
    })
    const merged = { startsOn: changes.startsOn ?? existing.startsOn, endsOn: changes.endsOn ?? existing.endsOn }
    if (!endsNotBeforeStart(merged)) {
      throw badUserInput(`input.endsOn: must not be before startsOn (${merged.startsOn})`, { field: 'input.endsOn' })
    }
    const row = await updateCampaign(trx, id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.startsOn !== undefined ? { startsOn: changes.startsOn } : {}),
      ...(changes.endsOn !== undefined ? { endsOn: changes.endsOn } : {}),
      ...(changes.url !== undefined ? { url: changes.url } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'update', row, existing))
    return row
  })
  ctx.loaders.campaignById.clear(id).prime(id, updated)
  return updated
}

function auditEntry(
  ctx: TransitContext,
  actor: ReturnType<typeof requireStaff>,
  operation: string,
  after: PromotionCampaignRow,
  before: PromotionCampaignRow | undefined,
) {
  return {
    actor,
    subgraph: 'transit' as const,
    operation,
    entity: 'PromotionCampaign',
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
