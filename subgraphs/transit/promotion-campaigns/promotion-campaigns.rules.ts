import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

export const endsNotBeforeStart = (value: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn

/** CreatePromotionCampaignInput (the owner is checked by the write path). */
export const promotionCampaignRules = defineEntityRules({
  entity: 'PromotionCampaign',
  table: 'transit.promotion_campaign',
  input: z
    .object({
      initiativeId: fieldRules.initiativeOf('transit', 'transit-2'),
      title: fieldRules.text(200),
      description: fieldRules.optionalText(4000).nullish(),
      startsOn: fieldRules.isoDate,
      endsOn: fieldRules.isoDate,
      url: fieldRules.httpUrl.nullish(),
    })
    .refine(endsNotBeforeStart, { error: 'must not be before startsOn', path: ['endsOn'] }),
})

/** UpdatePromotionCampaignInput: each field optional; the dates are checked against the stored ones too. */
export const promotionCampaignUpdateRules = z.object({
  title: fieldRules.text(200).optional(),
  description: fieldRules.optionalText(4000).optional(),
  startsOn: fieldRules.isoDate.optional(),
  endsOn: fieldRules.isoDate.optional(),
  url: fieldRules.httpUrl.nullish(),
})
