import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** CreateSharedCaseInput (a town's own case, or without a town the region's: checked by the write path). */
export const sharedCaseRules = defineEntityRules({
  entity: 'SharedCase',
  table: 'ict.shared_case',
  input: z.object({
    source: fieldRules.optionalText(200).nullish(),
    title: fieldRules.text(200),
    summary: fieldRules.optionalText(4000).nullish(),
    tags: z.array(fieldRules.text(50)).max(20, 'must have at most 20 tags').nullish(),
    links: z.array(fieldRules.httpUrl).max(10, 'must have at most 10 links').nullish(),
  }),
})
