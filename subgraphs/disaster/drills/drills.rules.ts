import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import {
  isValidMunicipalityCode,
  MUNICIPALITIES_OF_JAPAN,
  municipalityCodeMessage,
} from '../../../lib/municipality-code.js'

const count = z.number().int().min(0).max(1_000_000)

/** DrillInput (the host is the owner, checked by the write path). */
export const drillRules = defineEntityRules({
  entity: 'Drill',
  table: 'disaster.drill',
  input: z.object({
    participatingMunicipalityCodes: z
      .array(z.string().refine(isValidMunicipalityCode, { error: (issue) => municipalityCodeMessage(issue.input) }))
      .max(MUNICIPALITIES_OF_JAPAN)
      .nullish(),
    initiativeId: fieldRules.initiativeOf('disaster', 'disaster-1'),
    heldOn: fieldRules.isoDate,
    title: fieldRules.text(200),
    kind: z.enum(['TRAINING', 'EXERCISE', 'EDUCATION']),
    staff: count,
    volunteers: count,
    residents: count,
  }),
  columns: { staff: 'staffParticipants', volunteers: 'volunteerParticipants', residents: 'residentParticipants' },
})
