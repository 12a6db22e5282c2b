/**
 * The closed vocabularies of a shelter besides its hazards (hazards.ts): the GraphQL enums ShelterDesignation and
 * PetPolicy take exactly these values, and the table's CHECKs (migration 0080) list them again.
 */

/** Which of a town's two lists the row belongs to: each list has its own file, ids and open dataset. */
export const DESIGNATIONS = ['EMERGENCY_SITE', 'DESIGNATED_SHELTER'] as const
export type Designation = (typeof DESIGNATIONS)[number]

/** ペット同行: not allowed, 同行避難 (pets come along, kept apart), 同伴避難 (pets stay with their owners). */
export const PET_POLICIES = ['NOT_ALLOWED', 'ACCOMPANIED', 'COHABITATION'] as const
export type PetPolicy = (typeof PET_POLICIES)[number]

export const isDesignation = (value: string): value is Designation =>
  (DESIGNATIONS as readonly string[]).includes(value)
export const isPetPolicy = (value: string): value is PetPolicy => (PET_POLICIES as readonly string[]).includes(value)

/** How the two lists are named in messages and files. */
export const DESIGNATION_NAMES: Record<Designation, string> = {
  EMERGENCY_SITE: '指定緊急避難場所',
  DESIGNATED_SHELTER: '指定避難所',
}
