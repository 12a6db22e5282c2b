import { z } from 'zod'
import { isValidMunicipalityCode } from '../../../lib/municipality-code.js'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** The municipalities of Japan: no region has more towns. */
const MAX_TOWNS = 1741
const code = z.string().refine(isValidMunicipalityCode, 'must be a 6-digit municipality code with a valid check digit')

/** RecordRegionInput: a 圏域 and its towns (the towns must be served: the service asks the data). */
export const regionRules = defineEntityRules({
  entity: 'Region',
  table: 'agreement.region',
  input: z
    .object({
      id: z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/, 'must be 1–64 lower-case letters, digits or hyphens, e.g. sorachi-north')
        .refine((id) => id !== 'agreement', 'names the agreement in force, which is not recorded as a region'),
      name: fieldRules.text(200),
      kind: z.enum(['SETTLEMENT_AND_INDEPENDENCE', 'CORE_CITY_COOPERATION', 'OTHER']),
      centreMunicipalityCode: code,
      signedOn: fieldRules.isoDate,
      municipalityCodes: z
        .array(code)
        .min(2, 'must name at least two towns')
        .max(MAX_TOWNS, `must name at most ${MAX_TOWNS} towns`)
        .refine((codes) => new Set(codes).size === codes.length, 'must name each town once'),
      isSample: z.boolean().nullish(),
    })
    .refine((region) => region.municipalityCodes.includes(region.centreMunicipalityCode), {
      error: 'must be one of municipalityCodes',
      path: ['centreMunicipalityCode'],
    }),
  // The towns are rows of agreement.region_party.
  columns: { municipalityCodes: null },
})
