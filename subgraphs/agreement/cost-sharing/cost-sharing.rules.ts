import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

const percent = z.number().int('must be a whole percentage').min(0, 'must be 0–100').max(100, 'must be 0–100')

/** CreateJointProjectInput: a project and its 均等割/人口割/利用割 weights, which always sum to 100. */
export const jointProjectRules = defineEntityRules({
  entity: 'JointProject',
  table: 'agreement.joint_project',
  input: z
    .object({
      title: fieldRules.text(200),
      description: fieldRules.optionalText(4000).nullish(),
      initiativeId: z.string().regex(/^[a-z][a-z0-9]*-\d{1,3}$/, 'must be an initiative id such as disaster-2'),
      fiscalYear: z.number().int().min(2020, 'must be 2020–2100').max(2100, 'must be 2020–2100'),
      // GraphQL Int (and the column) is 32-bit: a project of up to 2,147,483,647 yen.
      totalCostYen: z
        .number()
        .int('must be whole yen')
        .min(0, 'must not be negative')
        .max(2_147_483_647, 'must be at most 2147483647 yen'),
      equalPercent: percent,
      populationPercent: percent,
      usagePercent: percent,
      usageUnit: fieldRules.text(50).nullish(),
      usage: z
        .array(
          z.object({
            municipalityCode: z.string(),
            amount: z.number().int('must be a whole number').min(0, 'must not be negative'),
          }),
        )
        .max(9)
        .nullish(),
      isSample: z.boolean().nullish(),
    })
    .refine((v) => v.equalPercent + v.populationPercent + v.usagePercent === 100, {
      error: 'the three weights must sum to 100',
      path: ['usagePercent'],
    })
    .refine((v) => v.usagePercent === 0 || Boolean(v.usageUnit), {
      error: 'is required when usagePercent > 0',
      path: ['usageUnit'],
    }),
  // Usage figures are rows of agreement.joint_project_usage.
  columns: { usage: null },
})
