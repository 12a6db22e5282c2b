import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

export const closesNotBeforeOpens = (value: { opensOn?: string | undefined; closesOn?: string | null | undefined }) =>
  !value.opensOn || !value.closesOn || value.closesOn >= value.opensOn

const positions = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1000, 'must be at most 1000')

/**
 * CreateRecruitmentOpeningInput (role and employment type are enums of the schema; the owner or region
 * and the operator are checked by the service). Records serve a 取組内容 line of the transit field,
 * 担い手確保 (transit-3) unless the caller names another.
 */
export const recruitmentOpeningRules = defineEntityRules({
  entity: 'RecruitmentOpening',
  table: 'transit.recruitment_opening',
  input: z
    .object({
      initiativeId: fieldRules.initiativeOf('transit', 'transit-3').nullish(),
      title: fieldRules.text(200),
      positions,
      description: fieldRules.optionalText(4000).nullish(),
      opensOn: fieldRules.isoDate,
      closesOn: fieldRules.isoDate.nullish(),
      url: fieldRules.httpUrl.nullish(),
    })
    .refine(closesNotBeforeOpens, { error: 'must not be before opensOn', path: ['closesOn'] }),
})

/** UpdateRecruitmentOpeningInput: each field optional; the dates are checked against the stored ones too. */
export const recruitmentOpeningUpdateRules = z.object({
  title: fieldRules.text(200).optional(),
  positions: positions.optional(),
  description: fieldRules.optionalText(4000).optional(),
  opensOn: fieldRules.isoDate.optional(),
  closesOn: fieldRules.isoDate.nullish(),
  url: fieldRules.httpUrl.nullish(),
})
