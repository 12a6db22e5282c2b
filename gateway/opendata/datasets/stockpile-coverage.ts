import { CC_BY_4, table } from '../dataset.js'
import {
  OpenDataStockpileCoverageDocument,
  type OpenDataStockpileCoverageQuery,
} from '../../../codegen/opendata-operations.js'

/** A town's (or, without a town, the region's) coverage of one item, as the public query answers it. */
type CoverageRow = OpenDataStockpileCoverageQuery['stockCoverage']['towns'][number] & { isSample: boolean }

/** Stockpile coverage against targets per town and item, and for all served towns (unexpired lots only). */
export const stockpileCoverage = table<CoverageRow>({
  id: 'stockpile-coverage',
  fileStem: 'stockpile_coverage',
  title: { ja: '備蓄物資の充足状況（市町別・品目別）', en: 'Stockpile coverage by town and item' },
  description: {
    ja: '期限内の備蓄数量と目標数量、充足率。市町別と、全市町の計（市町コードなし）。',
    en:
      'Unexpired stock against targets and the coverage ratio, ' +
      'per town and item and for all towns together (no town code).',
  },
  keywords: ['防災', '備蓄', 'stockpile'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'weekly',
  rows: async function* (gateway) {
    const { stockCoverage } = await gateway.query(OpenDataStockpileCoverageDocument)
    // Coverage is computed from a town's sites: it is sample data when any of them is (any served town, party or not).
    const isSampleTown = (town: { stockpileSites: { isSample: boolean }[] } | null) =>
      town?.stockpileSites.some((site) => site.isSample) ?? false
    const towns = stockCoverage.towns.map((row) => ({ ...row, isSample: isSampleTown(row.municipality) }))
    yield* towns
    const anySample = towns.some((row) => row.isSample)
    for (const row of stockCoverage.region) yield { ...row, municipality: null, isSample: anySample }
  },
  key: (row) => `${row.municipality?.code ?? 'region'}|${row.item.id}`,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality?.code ?? null,
  columns: [
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality?.name ?? '全市町計' },
    { name: '品目ID', type: 'string', value: (row) => row.item.id },
    { name: '品目', type: 'string', value: (row) => row.item.name },
    { name: '分類', type: 'string', value: (row) => row.item.category },
    { name: '単位', type: 'string', value: (row) => row.item.unit },
    { name: '備蓄数量', type: 'integer', value: (row) => row.quantity },
    { name: 'うち共同備蓄', type: 'integer', value: (row) => row.jointQuantity },
    { name: '目標数量', type: 'integer', value: (row) => row.target },
    { name: '充足率', type: 'number', value: (row) => row.coverageRatio },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
