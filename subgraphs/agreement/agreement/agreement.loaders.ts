import DataLoader from 'dataloader'
import type { Database } from '../../../lib/db/database.js'
import { groupLoader, required, rowLoader } from '../../../lib/graphql/loaders.js'
import {
  findArticlesByAgreement,
  findAgreementsByVersions,
  findParagraphsByArticle,
  findPartiesByAgreement,
  findPartiesByMunicipality,
  findPolicyAreasByAgreement,
  findRelatedAgreementsByAgreement,
  findVersionsEffectiveBy,
} from './agreement.repository.js'
import { todayInJapan } from '../../../lib/business-date.js'
import type { AgreementModel } from './agreement.model.js'

export function createAgreementLoaders(db: Database) {
  /** The version in force on each date (null before signing): one statement per batch of dates. */
  const agreementAsOf = new DataLoader<string, AgreementModel | null>(async (dates) => {
    const versions = await findVersionsEffectiveBy(db, dates)
    return dates.map((date) => versions.filter((version) => version.effectiveFrom <= date).at(-1) ?? null)
  })
  return {
    agreementAsOf,
    /** The version in force today (in Japan); one query per request however often it is asked for. */
    currentAgreement: new DataLoader<'current', AgreementModel>(async (keys) => {
      const agreement = await required(agreementAsOf.load(todayInJapan()), 'an agreement in force today')
      return keys.map(() => agreement)
    }),
    agreementByVersion: rowLoader(
      (versions: readonly number[]) => findAgreementsByVersions(db, versions),
      (row) => row.version,
    ),

    articlesByAgreement: groupLoader(
      (ids: readonly string[]) => findArticlesByAgreement(db, ids),
      (row) => row.agreementId,
    ),
    paragraphsByArticle: groupLoader(
      (keys: readonly { agreementId: string; articleNumber: number }[]) => findParagraphsByArticle(db, keys),
      (row) => ({ agreementId: row.agreementId, articleNumber: row.articleNumber }),
    ),
    partiesByAgreement: groupLoader(
      (ids: readonly string[]) => findPartiesByAgreement(db, ids),
      (row) => row.agreementId,
    ),
    partyByMunicipality: rowLoader(
      (keys: readonly { agreementId: string; code: string }[]) => findPartiesByMunicipality(db, keys),
      (row) => ({ agreementId: row.agreementId, code: row.municipalityCode }),
    ),
    policyAreasByAgreement: groupLoader(
      (ids: readonly string[]) => findPolicyAreasByAgreement(db, ids),
      (row) => row.agreementId,
    ),
    relatedAgreementsByAgreement: groupLoader(
      (ids: readonly string[]) => findRelatedAgreementsByAgreement(db, ids),
      (row) => row.agreementId,
    ),
  }
}
