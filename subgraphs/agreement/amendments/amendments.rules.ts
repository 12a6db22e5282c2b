import { z } from 'zod'
import { isUuid } from '../../../lib/ids.js'
import { isValidMunicipalityCode } from '../../../lib/municipality-code.js'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** The typed change inputs of ProposeAmendmentInput, validated; each element sets exactly one kind. */
const code = z.string().refine(isValidMunicipalityCode, 'must be a 6-digit municipality code with a valid check digit')
const lines = (max: number) =>
  z.array(fieldRules.text(500)).min(1, 'must not be empty').max(max, `must have at most ${max} lines`)

const changeSchema = z
  .object({
    addInitiative: z.object({ fieldId: z.string().min(1).max(40), text: fieldRules.text(500) }).nullish(),
    changeInitiative: z.object({ initiativeId: z.string().min(1).max(60), text: fieldRules.text(500) }).nullish(),
    changeRole: z.object({ fieldId: z.string().min(1).max(40), municipalityCode: code, duties: lines(20) }).nullish(),
    addPolicyField: z
      .object({
        id: z.string().regex(/^[a-z][a-z0-9]{1,30}$/, 'must be 2–31 lowercase letters or digits, e.g. tourism'),
        areaNumber: z.number().int().min(1).max(9),
        name: fieldRules.text(50),
        theme: fieldRules.text(200),
        direction: fieldRules.text(4000),
        notes: fieldRules.optionalText(4000).nullish(),
        leadMunicipalityCode: code,
        initiatives: lines(20),
        roles: z
          .array(z.object({ municipalityCode: code, duties: lines(20) }))
          .min(1)
          .max(9),
      })
      .nullish(),
    changeArticle: z
      .object({
        articleNumber: z.number().int().min(1).max(50),
        heading: fieldRules.text(50),
        paragraphs: z
          .array(z.object({ text: fieldRules.text(2000), items: z.array(fieldRules.text(500)).max(20).nullish() }))
          .min(1, 'must not be empty')
          .max(20),
      })
      .nullish(),
    dissolve: z.object({ confirm: z.literal(true, 'must be true') }).nullish(),
  })
  .refine((change) => Object.values(change).filter((value) => value != null).length === 1, {
    error: 'set exactly one of addInitiative, changeInitiative, changeRole, addPolicyField, changeArticle, dissolve',
  })

/** ProposeAmendmentInput: a diff of typed changes against the version in force. */
export const proposalRules = defineEntityRules({
  entity: 'AmendmentProposal',
  table: 'agreement.amendment_proposal',
  input: z.object({
    title: fieldRules.text(200),
    reason: fieldRules.text(4000),
    effectiveOn: fieldRules.isoDate,
    municipalityCode: z.string().nullish(),
    changes: z.array(changeSchema).min(1, 'must have at least one change').max(20, 'must have at most 20 changes'),
  }),
  // The proposer is checked by the service; the changes are rows of agreement.amendment_change.
  columns: { municipalityCode: null, changes: null },
})

export type ChangeInput = z.output<typeof changeSchema>

/** DecideAmendmentInput: a party's consent, or an objection with its reason. */
export const decisionRules = defineEntityRules({
  entity: 'AmendmentDecision',
  table: 'agreement.amendment_decision',
  input: z
    .object({
      proposalId: z.string().refine(isUuid, 'must be a proposal id (UUID)'),
      municipalityCode: z.string().nullish(),
      decision: z.enum(['CONSENT', 'OBJECTION']),
      reason: fieldRules.text(4000).nullish(),
    })
    .refine((value) => value.decision === 'CONSENT' || Boolean(value.reason), {
      error: 'an objection needs a reason',
      path: ['reason'],
    }),
})
