import { z } from 'zod'
import { defineEntityRules, fieldOf } from '../../../lib/rules/entity-rules.js'
import { checkFields, type FieldProblem } from '../../../lib/rules/field-problems.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { HAZARD_COLUMNS, HAZARDS, hazardColumnsFor, type Hazard } from './hazards.js'
import { PET_POLICIES } from './shelter-kinds.js'
import type { ShelterColumns } from './shelters.model.js'

const between = (min: number, max: number) =>
  z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`)
const persons = () =>
  z.number().int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000, 'must be at most 1000000')
const hazardList = () => z.array(z.enum(HAZARDS as [Hazard, ...Hazard[]]))

/**
 * The fields of ShelterInput, one rule each; the mutations and the CSV importer both run them. The list a row
 * belongs to (`designation`) is a GraphQL enum argument and not a field rule: no file has a cell for it.
 */
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
  safeFor: hazardList().nullish(),
  conditionallySafeFor: hazardList().nullish(),
  isDesignatedShelter: z.boolean().nullish(),
  isEmergencySite: z.boolean().nullish(),
  capacity: persons().nullish(),
  capacityIndoor: persons().nullish(),
  capacityOutdoor: persons().nullish(),
  capacityNote: fieldRules.optionalText(200).nullish(),
  targetCommunity: fieldRules.optionalText(500).nullish(),
  acceptsPeopleNeedingCare: z.boolean().nullish(),
  isWelfareShelter: z.boolean().nullish(),
  isBarrierFree: z.boolean().nullish(),
  petPolicy: z.enum(PET_POLICIES).nullish(),
  acceptedPersons: fieldRules.optionalText(500).nullish(),
  additionalMatters: fieldRules.optionalText(1000).nullish(),
  url: fieldRules.httpUrl.nullish(),
  notes: fieldRules.optionalText(2000).nullish(),
})

export type ShelterFields = z.input<typeof shelterFields>

export const shelterRules = defineEntityRules({
  entity: 'Shelter',
  table: 'disaster.shelter',
  input: shelterFields
    .refine((v) => (v.latitude == null) === (v.longitude == null), {
      error: 'give both coordinates or neither',
      path: ['longitude'],
    })
    .refine((v) => !(v.conditionallySafeFor ?? []).some((hazard) => (v.safeFor ?? []).includes(hazard)), {
      error: 'a hazard is either safe (○) or conditionally safe (△), not both',
      path: ['conditionallySafeFor'],
    })
    .refine((v) => !(v.isWelfareShelter === true && v.acceptsPeopleNeedingCare === false), {
      error: 'a 福祉避難所 always accepts people who need care',
      path: ['acceptsPeopleNeedingCare'],
    }),
  // The eight hazard flags are eight boolean columns; the elevation column keeps the standard's unit suffix.
  columns: { elevationMetres: 'elevationM', safeFor: null, conditionallySafeFor: 'conditionalHazards' },
})

const HAZARD_COLUMN_NAMES = new Set<string>(Object.values(HAZARD_COLUMNS))

/** The input field a column belongs to: importers name their problems by it (every hazard flag is `safeFor`). */
export const shelterFieldOf = (column: string): string =>
  HAZARD_COLUMN_NAMES.has(column) ? 'safeFor' : fieldOf(shelterRules, column)

/** The capacity a row states: the total, or the sum of its indoor and outdoor parts when only those are known. */
function totalCapacity(input: {
  capacity?: number | null
  capacityIndoor?: number | null
  capacityOutdoor?: number | null
}) {
  if (input.capacity != null) return input.capacity
  if (input.capacityIndoor == null && input.capacityOutdoor == null) return null
  return (input.capacityIndoor ?? 0) + (input.capacityOutdoor ?? 0)
}

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
    conditionalHazards: HAZARDS.filter((hazard) => input.conditionallySafeFor?.includes(hazard)),
    isDesignatedShelter: input.isDesignatedShelter ?? false,
    isEmergencySite: input.isEmergencySite ?? false,
    capacity: totalCapacity(input),
    capacityIndoor: input.capacityIndoor ?? null,
    capacityOutdoor: input.capacityOutdoor ?? null,
    capacityNote: input.capacityNote || null,
    targetCommunity: input.targetCommunity || null,
    acceptsPeopleNeedingCare: input.acceptsPeopleNeedingCare ?? input.isWelfareShelter ?? false,
    isWelfareShelter: input.isWelfareShelter ?? false,
    isBarrierFree: input.isBarrierFree ?? null,
    petPolicy: input.petPolicy ?? null,
    acceptedPersons: input.acceptedPersons || null,
    additionalMatters: input.additionalMatters || null,
    url: input.url ?? null,
    notes: input.notes || null,
  }
}

/**
 * An imported row, as the input it amounts to (the importer reads cells into ShelterInput's fields), checked by
 * the rules the mutations run and turned into the same columns. Fields the importer could not read
 * (`unreadable`: not a number, not a flag) were reported already and are left out; the rules that relate two
 * fields run only when every field could be read.
 */
export function checkShelterRow(
  input: Readonly<Record<string, unknown>>,
  unreadable: ReadonlySet<string>,
): { columns: ShelterColumns } | { problems: FieldProblem[] } {
  if (unreadable.size === 0) {
    const checked = checkFields(shelterRules.input, input)
    return checked.ok ? { columns: shelterColumns(checked.data) } : { problems: checked.problems }
  }
  const problems = Object.entries(shelterFields.shape).flatMap(([field, rule]) => {
    if (unreadable.has(field)) return []
    const checked = checkFields(rule, input[field])
    return checked.ok ? [] : checked.problems.map((problem) => ({ ...problem, field }))
  })
  return { problems }
}
