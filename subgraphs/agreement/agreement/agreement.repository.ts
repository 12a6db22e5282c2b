import type { Executor } from '../../../lib/db/database.js'
import { countRows } from '../../../lib/db/paging.js'

/**
 * Every version in force on or before the latest of `dates`, oldest first: one statement for any
 * number of `asOf` dates (versions are few; the caller picks the newest one per date).
 */
export function findVersionsEffectiveBy(db: Executor, dates: readonly string[]) {
  const latest = [...dates].sort().at(-1) ?? '0001-01-01'
  return db
    .selectFrom('agreement.agreement')
    .selectAll()
    .where('effectiveFrom', '<=', latest)
    .orderBy('version')
    .execute()
}

export function findAgreementsByVersions(db: Executor, versions: readonly number[]) {
  return db.selectFrom('agreement.agreement').selectAll().where('version', 'in', versions).execute()
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
      eb.or(
        keys.map((key) =>
          eb.and([eb('agreementId', '=', key.agreementId), eb('articleNumber', '=', key.articleNumber)]),
        ),
      ),
    )
    .orderBy('articleNumber')
    .orderBy('number')
    .execute()
}

export function findPartiesByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.party')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('position')
    .execute()
}

export function findPartiesByMunicipality(db: Executor, keys: readonly { agreementId: string; code: string }[]) {
  return db
    .selectFrom('agreement.party')
    .selectAll()
    .where((eb) =>
      eb.or(
        keys.map((key) => eb.and([eb('agreementId', '=', key.agreementId), eb('municipalityCode', '=', key.code)])),
      ),
    )
    .execute()
}

export function findPolicyAreasByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.policyArea')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('number')
    .execute()
}

export function findRelatedAgreementsByAgreement(db: Executor, agreementIds: readonly string[]) {
  return db
    .selectFrom('agreement.relatedAgreement')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('signedOn')
    .execute()
}

/** Versions oldest first, one page after the version number in `afterKey`. */
export const countVersions = (db: Executor) => countRows(db.selectFrom('agreement.agreement').selectAll())

export function findVersionsPage(db: Executor, page: { limit: number; afterKey: string | null }) {
  return db
    .selectFrom('agreement.agreement')
    .selectAll()
    .where('version', '>', page.afterKey ? Number(page.afterKey) : 0)
    .orderBy('version')
    .limit(page.limit + 1)
    .execute()
}
