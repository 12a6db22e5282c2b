import { CC_BY_4, table } from '../dataset.js'
import { OpenDataSharedCasesDocument, type OpenDataSharedCasesQuery } from '../../../codegen/opendata-operations.js'

/** One row: a node of the public query's answer, typed by codegen from the .graphql file. */
type CaseRow = OpenDataSharedCasesQuery['sharedCases']['nodes'][number]

/** Advanced cases (先進事例) the towns share with each other. */
export const sharedCases = table<CaseRow>({
  id: 'ict-shared-cases',
  fileStem: 'ict_shared_cases',
  title: { ja: 'ICT活用の先進事例（共有）', en: 'Shared ICT cases' },
  description: {
    ja: '連携市町が共有するICTインフラ活用の先進事例（出典、概要、タグ、リンク）。',
    en: 'Advanced ICT cases shared among the partner towns: source, summary, tags and links.',
  },
  keywords: ['ICT', '先進事例', 'case study'],
  theme: 'ict',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: (gateway) => gateway.paginate(OpenDataSharedCasesDocument, {}, (data) => data.sharedCases),
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality?.code ?? null,
  columns: [
    { name: '事例ID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality?.name ?? null },
    { name: '出典', type: 'string', value: (row) => row.source },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '概要', type: 'string', value: (row) => row.summary },
    { name: 'タグ', type: 'string', value: (row) => row.tags.join(';') },
    { name: 'リンク', type: 'string', value: (row) => row.links.join(' ') },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
