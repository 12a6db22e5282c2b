import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** EvacuationArrangementInput (the two towns are checked by the service: codes, and that they differ). */
export const arrangementRules = defineEntityRules({
  entity: 'EvacuationArrangement',
  table: 'disaster.evacuation_arrangement',
  input: z.object({
    headCount: z.number().int().min(1).max(1_000_000),
    note: fieldRules.optionalText(2000).nullish(),
    agreedOn: fieldRules.isoDate,
  }),
})

/** DecideEvacuationArrangementInput: the consenting town's note (the id and decision are typed by GraphQL). */
export const arrangementDecisionRules = defineEntityRules({
  entity: 'EvacuationArrangement',
  table: 'disaster.evacuation_arrangement',
  input: z.object({
    note: fieldRules.optionalText(2000).nullish(),
  }),
  columns: { note: 'decisionNote' },
})
