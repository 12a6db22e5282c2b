import DataLoader from 'dataloader'
import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import {
  findArticlesByAgreement,
  findCurrentAgreement,
  findParagraphsByArticle,
  findPartiesByAgreement,
  findPartiesByMunicipality,
  findPolicyAreasByAgreement,
  findRelatedAgreementsByAgreement,
  type AgreementRow,
} from './agreement.repository.js'

export function createAgreementLoaders(db: Database) {
  return {
    /** The agreement in force; one query per request however often it is asked for. */
    currentAgreement: new DataLoader<'current', AgreementRow>(async (keys) => {
      const agreement = await findCurrentAgreement(db)
      return keys.map(() => agreement)
    }),
    articlesByAgreement: groupLoader((ids: readonly string[]) => findArticlesByAgreement(db, ids), (row) => row.agreementId),
    paragraphsByArticle: groupLoader(
      (keys: readonly { agreementId: string; articleNumber: number }[]) => findParagraphsByArticle(db, keys),
      (row) => ({ agreementId: row.agreementId, articleNumber: row.articleNumber }),
    ),
    partiesByAgreement: groupLoader((ids: readonly string[]) => findPartiesByAgreement(db, ids), (row) => row.agreementId),
    partyByMunicipality: rowLoader(
      (keys: readonly { agreementId: string; code: string }[]) => findPartiesByMunicipality(db, keys),
      (row) => ({ agreementId: row.agreementId, code: row.municipalityCode }),
    ),
    policyAreasByAgreement: groupLoader((ids: readonly string[]) => findPolicyAreasByAgreement(db, ids), (row) => row.agreementId),
    relatedAgreementsByAgreement: groupLoader(
      (ids: readonly string[]) => findRelatedAgreementsByAgreement(db, ids),
      (row) => row.agreementId,
    ),
  }
}
