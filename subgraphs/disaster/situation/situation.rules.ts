import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** ShelterStatusInput: one report of a shelter's state. */
export const statusReportRules = defineEntityRules({
  entity: 'ShelterStatusReport',
  table: 'disaster.shelter_status_report',
  input: z.object({
    isOpen: z.boolean(),
    evacuees: z.number().int().min(0).max(100_000),
    households: z.number().int().min(0).max(100_000).nullish(),
    needs: fieldRules.optionalText(1000).nullish(),
  }),
})

/** setResponseStatus's arguments: the level is an enum of the schema; the note is free text. */
export const responseStatusRules = defineEntityRules({
  entity: 'ResponseStatus',
  table: 'disaster.response_status',
  input: z.object({ note: fieldRules.optionalText(1000).nullish() }),
})

/** setEvacuationAlert's arguments: 警戒レベル 3–5 for an area, or null to lift it. */
export const evacuationAlertRules = defineEntityRules({
  entity: 'EvacuationAlert',
  table: 'disaster.evacuation_alert',
  input: z.object({
    area: fieldRules.text(200),
    level: z
      .number()
      .int()
      .min(3, 'must be 3, 4 or 5 (or null to lift)')
      .max(5, 'must be 3, 4 or 5 (or null to lift)')
      .nullish(),
    note: fieldRules.optionalText(1000).nullish(),
  }),
})
