import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

const deployment = z.enum(['ON_PREMISES', 'MUNICIPAL_CLOUD', 'GOVERNMENT_CLOUD'])
const migrationStatus = z.enum(['NOT_STARTED', 'PLANNING', 'MIGRATING', 'MIGRATED', 'NOT_APPLICABLE'])

/** CreateSystemInput (the owner is checked by the write path). */
export const systemRules = defineEntityRules({
  entity: 'InformationSystem',
  table: 'ict.system',
  input: z.object({
    business: fieldRules.text(100),
    vendor: fieldRules.text(200),
    product: fieldRules.text(200),
    deployment,
    contractEndsOn: fieldRules.isoDate.nullish(),
    migrationStatus: migrationStatus.nullish(),
  }),
})

/** UpdateSystemInput: the same rules, every field optional (the business of a system never changes). */
export const systemUpdateRules = z.object({
  vendor: fieldRules.text(200).optional(),
  product: fieldRules.text(200).optional(),
  deployment: deployment.optional(),
  contractEndsOn: fieldRules.isoDate.nullish(),
  migrationStatus: migrationStatus.optional(),
})

/** SystemContractInput: restricted figures, readable by the town and admins only. */
export const systemContractRules = defineEntityRules({
  entity: 'SystemContract',
  table: 'ict.system_contract',
  input: z.object({
    startsOn: fieldRules.isoDate.nullish(),
    annualCostYen: z
      .number()
      .int('must be whole yen')
      .min(0, 'must not be negative')
      .max(1e12, 'is implausibly large')
      .nullish(),
    notes: fieldRules.optionalText(2000).nullish(),
  }),
})
