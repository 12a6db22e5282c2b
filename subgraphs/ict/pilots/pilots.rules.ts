import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import {
  isValidMunicipalityCode,
  MUNICIPALITIES_OF_JAPAN,
  municipalityCodeMessage,
} from '../../../lib/municipality-code.js'

const status = z.enum(['CONSIDERING', 'PILOTING', 'ADOPTED', 'DROPPED'])

/** CreatePilotInput (the owner is checked by the write path). */
export const pilotRules = defineEntityRules({
  entity: 'Pilot',
  table: 'ict.pilot',
  input: z.object({
    initiativeId: fieldRules.initiativeOf('ict', 'ict-3'),
    title: fieldRules.text(200),
    technology: fieldRules.text(100),
    status: status.nullish(),
    startedOn: fieldRules.isoDate.nullish(),
    targetBusiness: fieldRules.text(100).nullish(),
    partnerMunicipalityCodes: z
      .array(z.string().refine(isValidMunicipalityCode, { error: (issue) => municipalityCodeMessage(issue.input) }))
      .max(MUNICIPALITIES_OF_JAPAN)
      .nullish(),
    partnerCompanies: z.array(fieldRules.text(200)).max(20).nullish(),
  }),
})

/** changePilotStatus's arguments: a step of the pilot's status history. */
export const pilotStatusChangeRules = defineEntityRules({
  entity: 'PilotStatusChange',
  table: 'ict.pilot_status_change',
  input: z.object({
    status,
    effectiveOn: fieldRules.isoDate,
    note: fieldRules.optionalText(2000).nullish(),
  }),
})

/** recordPilotOutcome's arguments. */
export const pilotOutcomeRules = defineEntityRules({
  entity: 'Pilot',
  table: 'ict.pilot',
  input: z.object({
    hoursSavedPerYear: z.number().int('must be whole hours').min(0, 'must not be negative').max(10_000_000).nullish(),
    notes: fieldRules.optionalText(4000).nullish(),
  }),
  columns: { notes: 'outcomeNotes' },
})
