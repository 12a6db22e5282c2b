import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { isPartyCode, partyCodeMessage } from '../../../lib/municipality-code.js'

const count = z.number().int().min(0).max(1_000_000)

/** DrillInput (the host is the owner, checked by the write path). */
export const drillRules = defineEntityRules({
  entity: 'Drill',
  table: 'disaster.drill',
  input: z.object({
    participatingMunicipalityCodes: z
      .array(z.string().refine(isPartyCode, { error: (issue) => partyCodeMessage(issue.input) }))
      .max(8)
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
