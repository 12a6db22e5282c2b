import type { Selectable } from 'kysely'
import type { AgreementAgreement, AgreementArticle, AgreementParagraph, AgreementParty, AgreementPolicyArea, AgreementRelatedAgreement } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'

export type AgreementRow = Selectable<AgreementAgreement>
export type ArticleRow = Selectable<AgreementArticle>
export type ParagraphRow = Selectable<AgreementParagraph>
export type PartyRow = Selectable<AgreementParty>
export type PolicyAreaRow = Selectable<AgreementPolicyArea>
export type RelatedAgreementRow = Selectable<AgreementRelatedAgreement>

/** The agreement in force: the newest signed one that has not been dissolved, else the newest. */
export function findCurrentAgreement(db: Executor) {
  return db
    .selectFrom('agreement.agreement')
    .selectAll()
    .orderBy((eb) => eb.case().when('status', '=', 'IN_FORCE').then(0).else(1).end())
    .orderBy('signedOn', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
}

export function findArticlesByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.article')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('number')
    .execute()
}

export function findParagraphsByArticle(db: Executor, keys: readonly { agreementId: string; articleNumber: number }[]) {
  return db
    .selectFrom('agreement.paragraph')
    .selectAll()
    .where((eb) =>
      eb.or(keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('articleNumber', '=', key.articleNumber)]))),
    )
    .orderBy('articleNumber')
    .orderBy('number')
    .execute()
}

export function findPartiesByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db.selectFrom('agreement.party').selectAll().where('agreementId', 'in', agreementIds).orderBy('position').execute()
}

export function findPartiesByMunicipality(db: Executor, keys: readonly { agreementId: string; code: string }[]) {
  return db
    .selectFrom('agreement.party')
    .selectAll()
    .where((eb) =>
      eb.or(keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('municipalityCode', '=', key.code)]))),
    )
    .execute()
}

export function findPolicyAreasByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db.selectFrom('agreement.policyArea').selectAll().where('agreementId', 'in', agreementIds).orderBy('number').execute()
}

export function findRelatedAgreementsByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.relatedAgreement')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('signedOn')
    .execute()
}
