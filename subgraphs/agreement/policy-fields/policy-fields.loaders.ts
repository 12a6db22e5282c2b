import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { todayInJapan } from '../../../lib/business-date.js'
import {
  findInitiativesByField,
  findInitiativesByIds,
  findInitiativesInForce,
  findPolicyFieldsByAgreement,
  findPolicyFieldsByIds,
  findRolesByField,
  findRolesByMunicipality,
  type VersionedKey,
} from './policy-fields.repository.js'

/** Fields, initiatives and roles are loaded per agreement version: keys carry the version's `agreementId`. */
export function createPolicyFieldLoaders(db: Database) {
  const byVersion = (row: { agreementId: string; id: string }): VersionedKey => ({
    agreementId: row.agreementId,
    id: row.id,
  })
  const policyFieldById = rowLoader((keys: readonly VersionedKey[]) => findPolicyFieldsByIds(db, keys), byVersion)
  return {
    policyFieldsByAgreement: groupLoader(
      (ids: readonly string[]) => findPolicyFieldsByAgreement(db, ids),
      (row) => row.agreementId,
    ),
    policyFieldById,
    initiativeById: rowLoader((keys: readonly VersionedKey[]) => findInitiativesByIds(db, keys), byVersion),
    /** By id alone, in the version in force today: `Query.initiative` and federation references. */
    initiativeInForceById: rowLoader(
      async (ids: readonly string[]) =>
        // Each initiative's field comes in the same statement: `Initiative.field` then costs none of its own.
        (await findInitiativesInForce(db, ids, todayInJapan())).map(({ field, ...initiative }) => {
          if (field) policyFieldById.prime(byVersion(field), field)
          return initiative
        }),
      (row) => row.id,
    ),
    initiativesByField: groupLoader(
      (keys: readonly VersionedKey[]) => findInitiativesByField(db, keys),
      (row): VersionedKey => ({ agreementId: row.agreementId, id: row.fieldId }),
    ),
    rolesByField: groupLoader(
      (keys: readonly VersionedKey[]) => findRolesByField(db, keys),
      (row): VersionedKey => ({ agreementId: row.agreementId, id: row.fieldId }),
    ),
    /** Keyed by `{ agreementId, id: municipality code }`. */
    rolesByMunicipality: groupLoader(
      (keys: readonly VersionedKey[]) => findRolesByMunicipality(db, keys),
      (row): VersionedKey => ({ agreementId: row.agreementId, id: row.municipalityCode }),
    ),
  }
}
