import type { CreatePromotionCampaignInput, UpdatePromotionCampaignInput } from '../../../codegen/transit-resolvers.js'
import { definedFields } from '../../../lib/collections.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import type { TransitContext } from '../context.js'
import {
  findCampaignForUpdate,
  findCampaignsByIds,
  insertCampaign,
  updateCampaign,
} from './promotion-campaigns.repository.js'
import {
  endsNotBeforeStart,
  promotionCampaignRules,
  promotionCampaignUpdateRules,
} from './promotion-campaigns.rules.js'

export function createPromotionCampaign(ctx: TransitContext, input: CreatePromotionCampaignInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(input.municipalityCode, 'input.municipalityCode')
    const data = parseInput(promotionCampaignRules.input, input)
    const row = await insertCampaign(w.trx, {
      municipalityCode: owner,
      initiativeId: data.initiativeId,
      title: data.title,
      description: data.description ?? '',
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      url: data.url ?? null,
    })
    await w.changedRow('PromotionCampaign', 'create', row)
    return row
  })
}

const CAMPAIGN_ACCESS = { what: 'promotion campaign', findByIds: findCampaignsByIds, lockById: findCampaignForUpdate }

export function updatePromotionCampaign(ctx: TransitContext, id: string, input: UpdatePromotionCampaignInput) {
  return runWrite(ctx, async (w) => {
    const changes = parseInput(promotionCampaignUpdateRules, input)
    const existing = await w.lockOwned(id, CAMPAIGN_ACCESS)
    const merged = { startsOn: changes.startsOn ?? existing.startsOn, endsOn: changes.endsOn ?? existing.endsOn }
    if (!endsNotBeforeStart(merged)) {
      throw badUserInput(`input.endsOn: must not be before startsOn (${merged.startsOn})`, { field: 'input.endsOn' })
    }
    const row = await updateCampaign(
      w.trx,
      id,
      definedFields(changes, ['title', 'description', 'startsOn', 'endsOn', 'url']),
    )
    await w.changedRow('PromotionCampaign', 'update', row, existing)
    w.refresh(ctx.loaders.campaignById, id, row)
    return row
  })
}
