import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import {
  findInitiativesByField,
  findInitiativesByIds,
  findPolicyFieldsByAgreement,
  findPolicyFieldsByIds,
  findRolesByField,
  findRolesByMunicipality,
} from './policy-fields.repository.js'

export function createPolicyFieldLoaders(db: Database) {
  return {
    policyFieldsByAgreement: groupLoader((ids: readonly string[]) => findPolicyFieldsByAgreement(db, ids), (row) => row.agreementId),
    policyFieldById: rowLoader((ids: readonly string[]) => findPolicyFieldsByIds(db, ids), (row) => row.id),
    initiativeById: rowLoader((ids: readonly string[]) => findInitiativesByIds(db, ids), (row) => row.id),
    initiativesByField: groupLoader((ids: readonly string[]) => findInitiativesByField(db, ids), (row) => row.fieldId),
    rolesByField: groupLoader((ids: readonly string[]) => findRolesByField(db, ids), (row) => row.fieldId),
    rolesByMunicipality: groupLoader((codes: readonly string[]) => findRolesByMunicipality(db, codes), (row) => row.municipalityCode),
  }
}
