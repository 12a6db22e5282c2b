import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** One version of the agreement (each adopted amendment adds one): the model of Agreement. */
export type AgreementModel = Selectable<DB['agreement.agreement']>
/** An article (第1条…) of one version: the model of Article. */
export type ArticleModel = Selectable<DB['agreement.article']>
/** A paragraph of an article, with its items: the model of Paragraph. */
export type ParagraphModel = Selectable<DB['agreement.paragraph']>
/** A signatory municipality of one version: the model of Party. */
export type PartyModel = Selectable<DB['agreement.party']>
/** 政策分野の区分 (1 生活機能の強化 / 2 結びつきやネットワークの強化): the model of PolicyArea. */
export type PolicyAreaModel = Selectable<DB['agreement.policyArea']>
/** An agreement the text refers to (南空知災害時相互応援協定): the model of RelatedAgreement. */
export type RelatedAgreementModel = Selectable<DB['agreement.relatedAgreement']>
