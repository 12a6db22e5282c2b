import { z } from 'zod'
import { defineEntityRules, fieldOf } from '../../../lib/rules/entity-rules.js'
import { checkFields, type FieldProblem } from '../../../lib/rules/field-problems.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { HAZARD_COLUMNS, HAZARDS, hazardColumnsFor, hazardsOf, type Hazard } from './hazards.js'
import type { ShelterColumns } from './shelters.model.js'

const between = (min: number, max: number) =>
  z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`)

/** The fields of ShelterInput, one rule each; the mutations and the CSV importer both run them. */
const shelterFields = z.object({
  sourceId: fieldRules.text(100).nullish(),
  name: fieldRules.text(200),
  nameKana: fieldRules.optionalText(200).nullish(),
  address: fieldRules.text(300),
  addressDetail: fieldRules.optionalText(200).nullish(),
  latitude: between(-90, 90).nullish(),
  longitude: between(-180, 180).nullish(),
  elevationMetres: between(-500, 5000).nullish(),
  phone: fieldRules.optionalText(40).nullish(),
  phoneExtension: fieldRules.optionalText(20).nullish(),
  safeFor: z.array(z.enum(HAZARDS as [Hazard, ...Hazard[]])).nullish(),
  isDesignatedShelter: z.boolean().nullish(),
  capacity: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000).nullish(),
  targetCommunity: fieldRules.optionalText(500).nullish(),
  url: fieldRules.httpUrl.nullish(),
  notes: fieldRules.optionalText(2000).nullish(),
})

export type ShelterFields = z.input<typeof shelterFields>

export const shelterRules = defineEntityRules({
  entity: 'Shelter',
  table: 'disaster.shelter',
  input: shelterFields.refine((v) => (v.latitude == null) === (v.longitude == null), {
    error: 'give both coordinates or neither',
    path: ['longitude'],
  }),
  // The eight hazard flags are eight boolean columns; the elevation column keeps the standard's unit suffix.
  columns: { elevationMetres: 'elevationM', safeFor: null },
})

const HAZARD_COLUMN_NAMES = new Set<string>(Object.values(HAZARD_COLUMNS))

/** The input field a column belongs to: importers name their problems by it (every hazard flag is `safeFor`). */
export const shelterFieldOf = (column: string): string =>
  HAZARD_COLUMN_NAMES.has(column) ? 'safeFor' : fieldOf(shelterRules, column)

/** The columns a checked input fills: what createShelter, updateShelter and the importer store. */
export function shelterColumns(input: z.output<typeof shelterRules.input>): ShelterColumns {
  return {
    sourceId: input.sourceId ?? null,
    name: input.name,
    nameKana: input.nameKana || null,
    address: input.address,
    addressDetail: input.addressDetail || null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    elevationM: input.elevationMetres ?? null,
    phone: input.phone || null,
    phoneExtension: input.phoneExtension || null,
    ...hazardColumnsFor(input.safeFor ?? []),
    isDesignatedShelter: input.isDesignatedShelter ?? false,
    capacity: input.capacity ?? null,
    targetCommunity: input.targetCommunity || null,
    url: input.url ?? null,
    notes: input.notes || null,
  }
}

/**
 * The rules' problems with an imported row, read back as the input it amounts to. Fields the importer could
 * not read (`unreadable`: not a number, not a flag) were reported already and are left out; the rules that
 * relate two fields (both coordinates or neither) run only when every field could be read.
 */
export function shelterRowProblems(row: Partial<ShelterColumns>, unreadable: ReadonlySet<string>): FieldProblem[] {
  const input: Record<string, unknown> = {
    ...row,
    elevationMetres: row.elevationM,
    safeFor: hazardsOf({ ...hazardColumnsFor([]), ...row }),
  }
  if (unreadable.size === 0) {
    const checked = checkFields(shelterRules.input, input)
    return checked.ok ? [] : checked.problems
  }
  return Object.entries(shelterFields.shape).flatMap(([field, rule]) => {
    if (unreadable.has(field)) return []
    const checked = checkFields(rule, input[field])
    return checked.ok ? [] : checked.problems.map((problem) => ({ ...problem, field }))
  })
}
