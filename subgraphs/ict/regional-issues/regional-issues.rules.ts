import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** CreateRegionalIssueInput: a region-wide record (the coordinator's). */
export const regionalIssueRules = defineEntityRules({
  entity: 'RegionalIssue',
  table: 'ict.regional_issue',
  input: z.object({ title: fieldRules.text(200), description: fieldRules.optionalText(4000).nullish() }),
})
