import type { Selectable } from 'kysely'
import type { AgreementFieldRole, AgreementInitiative, AgreementPolicyField } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'

export type PolicyFieldRow = Selectable<AgreementPolicyField>
export type InitiativeRow = Selectable<AgreementInitiative>
export type FieldRoleRow = Selectable<AgreementFieldRole>

export function findPolicyFieldsByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.policyField')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('areaNumber')
    .orderBy('number')
    .execute()
}

export function findPolicyFieldsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('agreement.policyField').selectAll().where('id', 'in', ids).execute()
}

export function findInitiativesByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('agreement.initiative').selectAll().where('id', 'in', ids).execute()
}

export function findInitiativesByField(db: Executor, fieldIds: readonly string[]) {
  return db.selectFrom('agreement.initiative').selectAll().where('fieldId', 'in', fieldIds).orderBy('number').execute()
}

/** Roles of a field, lead first, then in the order the parties signed. */
export function findRolesByField(db: Executor, fieldIds: readonly string[]) {
  return db
    .selectFrom('agreement.fieldRole as r')
    .innerJoin('agreement.policyField as f', 'f.id', 'r.fieldId')
    .innerJoin('agreement.party as p', (join) =>
      join.onRef('p.municipalityCode', '=', 'r.municipalityCode').onRef('p.agreementId', '=', 'f.agreementId'),
    )
    .selectAll('r')
    .where('r.fieldId', 'in', fieldIds)
    .orderBy('r.isLead', 'desc')
    .orderBy('p.position')
    .execute()
}

/** A municipality's roles, in the order of the fields in the 別表. */
export function findRolesByMunicipality(db: Executor, codes: readonly string[]) {
  return db
    .selectFrom('agreement.fieldRole as r')
    .innerJoin('agreement.policyField as f', 'f.id', 'r.fieldId')
    .selectAll('r')
    .where('r.municipalityCode', 'in', codes)
    .orderBy('f.areaNumber')
    .orderBy('f.number')
    .execute()
}
