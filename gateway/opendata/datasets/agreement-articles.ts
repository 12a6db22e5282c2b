import {
  OpenDataAgreementArticlesDocument,
  type OpenDataAgreementArticlesQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'

type VersionNode = OpenDataAgreementArticlesQuery['agreementVersions']['nodes'][number]
type ArticleNode = VersionNode['articles'][number]
/** One row: a paragraph (項) of an article, or one numbered item (号) of it, in one version of the agreement. */
interface ArticleTextRow {
  version: VersionNode
  article: ArticleNode
  paragraph: number
  /** 0 for the paragraph's own text, n for its n-th item (号). */
  item: number
  text: string
}

async function* articleTexts(gateway: GatewayClient): AsyncGenerator<ArticleTextRow> {
  const versions = gateway.paginate(OpenDataAgreementArticlesDocument, {}, (data) => data.agreementVersions)
  for await (const version of versions)
    for (const article of version.articles)
      for (const { number: paragraph, text, items } of article.paragraphs) {
        yield { version, article, paragraph, item: 0, text }
        for (const [index, itemText] of items.entries())
          yield { version, article, paragraph, item: index + 1, text: itemText }
      }
}

/**
 * The 条文 of the agreement, verbatim, for every version: version 1 is the text signed on 2020-10-09, each
 * adopted amendment (第5条) adds a version with its own dates. Real content (the signed text), never sample.
 */
export const agreementArticles = table<ArticleTextRow>({
  id: 'agreement-articles',
  fileStem: 'agreement_articles',
  title: { ja: '南空知圏域の形成に関する協定書 条文', en: 'Articles of the Minami-Sorachi cooperation agreement' },
  description: {
    ja: '2020年10月9日締結の協定書の条文（第1条〜）を項・号ごとに一行で、協定書の本文どおり。改正（第5条）で生じた各版を含み、版ごとの施行期間を示します。',
    en:
      'The articles of the agreement signed on 9 October 2020, verbatim, one row per paragraph and numbered item, ' +
      'for every version (amendments under article 5 add versions), with the dates each version is in force.',
  },
  keywords: ['連携協定', '協定書', '条文', 'agreement'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: articleTexts,
  primaryKey: ['版', '条', '項', '号'],
  key: (row) => `${row.version.version}|${row.article.number}|${row.paragraph}|${row.item}`,
  isSample: () => false,
  columns: [
    { name: '版', type: 'integer', value: (row) => row.version.version },
    { name: '施行日', type: 'date', value: (row) => row.version.effectiveFrom },
    { name: '失効日', type: 'date', value: (row) => row.version.effectiveUntil },
    { name: '改正提案ID', type: 'string', value: (row) => row.version.amendedBy?.id ?? null },
    { name: '条', type: 'integer', value: (row) => row.article.number },
    { name: '条名', type: 'string', value: (row) => row.article.label },
    { name: '見出し', type: 'string', value: (row) => row.article.heading },
    { name: '項', type: 'integer', value: (row) => row.paragraph },
    // 0: the paragraph's own sentence; 1, 2, …: its numbered items, each verbatim on its own row.
    { name: '号', type: 'integer', value: (row) => row.item },
    { name: '本文', type: 'string', value: (row) => row.text },
  ],
})
