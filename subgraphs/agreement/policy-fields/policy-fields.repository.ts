import { sql } from 'kysely'
import type { Executor } from '../../../lib/db/database.js'
import { preparedQuery } from '../../../lib/db/prepared-query.js'
import type { InitiativeModel, PolicyFieldModel } from './policy-fields.model.js'

export function findPolicyFieldsByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.policyField')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('areaNumber')
    .orderBy('number')
    .execute()
}

export interface VersionedKey {
  agreementId: string
  id: string
}

export function findPolicyFieldsByIds(db: Executor, keys: readonly VersionedKey[]) {
  return db
    .selectFrom('agreement.policyField')
    .selectAll()
    .where((eb) => eb.or(keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('id', '=', key.id)]))))
    .execute()
}

export function findInitiativesByIds(db: Executor, keys: readonly VersionedKey[]) {
  return db
    .selectFrom('agreement.initiative')
    .selectAll()
    .where((eb) => eb.or(keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('id', '=', key.id)]))))
    .execute()
}

export function findInitiativesByField(db: Executor, keys: readonly VersionedKey[]) {
  return db
    .selectFrom('agreement.initiative')
    .selectAll()
    .where((eb) =>
      eb.or(keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('fieldId', '=', key.id)]))),
    )
    .orderBy('number')
    .execute()
}

/** Roles of a field (in one version), lead first, then in the order the parties signed. */
export function findRolesByField(db: Executor, keys: readonly VersionedKey[]) {
  return db
    .selectFrom('agreement.fieldRole as r')
    .innerJoin('agreement.party as p', (join) =>
      join.onRef('p.municipalityCode', '=', 'r.municipalityCode').onRef('p.agreementId', '=', 'r.agreementId'),
    )
    .selectAll('r')
    .where((eb) =>
      eb.or(keys.map((key) => eb.and([eb('r.agreementId', '=', key.agreementId), eb('r.fieldId', '=', key.id)]))),
    )
    .orderBy('r.isLead', 'desc')
    .orderBy('p.position')
    .execute()
}

/** A municipality's roles in one version, in the order of the fields in the 別表. */
export function findRolesByMunicipality(db: Executor, keys: readonly VersionedKey[]) {
  return db
    .selectFrom('agreement.fieldRole as r')
    .innerJoin('agreement.policyField as f', (join) =>
      join.onRef('f.id', '=', 'r.fieldId').onRef('f.agreementId', '=', 'r.agreementId'),
    )
    .selectAll('r')
    .where((eb) =>
      eb.or(
        keys.map((key) => eb.and([eb('r.agreementId', '=', key.agreementId), eb('r.municipalityCode', '=', key.id)])),
      ),
    )
    .orderBy('f.areaNumber')
    .orderBy('f.number')
    .execute()
}

/**
 * Initiatives by id in the version in force on `date`, each with its policy field (`field`, null only if the
 * database broke its foreign key), in one statement (the version lookup is a subquery): what a gateway `_entities`
 * batch of Initiative references costs, `Initiative.field` included. Compiled once and prepared
 * (lib/db/prepared-query.ts): every read of an initiative starts here.
 */
const INITIATIVES_IN_FORCE = preparedQuery<
  { ids: readonly string[]; date: string },
  InitiativeModel & { field: PolicyFieldModel | null }
>('agreement-initiatives-in-force', (db, param) =>
  db
    .selectFrom('agreement.initiative as i')
    .leftJoin('agreement.policyField as f', (join) =>
      join.onRef('f.agreementId', '=', 'i.agreementId').onRef('f.id', '=', 'i.fieldId'),
    )
    .selectAll('i')
    // Every column of policy_field is text or integer, so its JSON holds the same values a row would.
    .select(sql<PolicyFieldModel | null>`to_jsonb(f)`.as('field'))
    .where(sql<boolean>`i.id = ANY(${param('ids')})`)
    .where('i.agreementId', '=', (eb) =>
      eb
        .selectFrom('agreement.agreement')
        .select('id')
        .where('effectiveFrom', '<=', param('date'))
        .orderBy('version', 'desc')
        .limit(1),
    ),
)

export function findInitiativesInForce(db: Executor, ids: readonly string[], date: string) {
  return INITIATIVES_IN_FORCE.run(db, { ids, date })
}
