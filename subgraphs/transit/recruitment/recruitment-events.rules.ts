import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

const headCount = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(100_000, 'must be at most 100000')

export const hiresWithinParticipants = (value: {
  participants?: number | null | undefined
  hires?: number | null | undefined
}) => value.participants == null || value.hires == null || value.hires <= value.participants

/** CreateRecruitmentEventInput (the kind is an enum of the schema; the owner or region is checked by the service). */
export const recruitmentEventRules = defineEntityRules({
  entity: 'RecruitmentEvent',
  table: 'transit.recruitment_event',
  input: z
    .object({
      initiativeId: fieldRules.initiativeOf('transit', 'transit-3').nullish(),
      title: fieldRules.text(200),
      heldOn: fieldRules.isoDate,
      venue: fieldRules.optionalText(200).nullish(),
      description: fieldRules.optionalText(4000).nullish(),
      url: fieldRules.httpUrl.nullish(),
      participants: headCount.nullish(),
      hires: headCount.nullish(),
    })
    .refine(hiresWithinParticipants, { error: 'must not exceed participants', path: ['hires'] }),
})

/** UpdateRecruitmentEventInput: each field optional; hires are checked against the stored participants too. */
export const recruitmentEventUpdateRules = z.object({
  title: fieldRules.text(200).optional(),
  heldOn: fieldRules.isoDate.optional(),
  venue: fieldRules.optionalText(200).optional(),
  description: fieldRules.optionalText(4000).optional(),
  url: fieldRules.httpUrl.nullish(),
  participants: headCount.nullish(),
  hires: headCount.nullish(),
})
