import { OpenDataDrillTotalsDocument, type OpenDataDrillTotalsQuery } from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'

type TotalsRow = OpenDataDrillTotalsQuery['drillTotalsByFiscalYear'][number]

/** Joint drills of the region totalled by 年度 (April–March, the year towns budget and report in). */
export const drillTotals = table<TotalsRow>({
  id: 'joint-drills-by-fiscal-year',
  fileStem: 'joint_drills_by_fiscal_year',
  title: { ja: '合同防災訓練の年度別実績', en: 'Joint disaster drills per fiscal year' },
  description: {
    ja: '連携市町の防災訓練の年度（4月〜翌3月）ごとの実施回数と参加人数（職員、自主防災組織、住民）。サンプルデータを含む年度はその件数を示します。',
    en:
      'Drills held in the region per fiscal year (April–March) with ' +
      'participants by group; sample drills are counted separately.',
  },
  keywords: ['防災', '訓練', '年度', 'drill'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    yield* (await gateway.query(OpenDataDrillTotalsDocument)).drillTotalsByFiscalYear
  },
  primaryKey: ['年度'],
  key: (row) => String(row.fiscalYear),
  isSample: (row) => row.sampleDrills > 0,
  columns: [
    { name: '年度', type: 'integer', value: (row) => row.fiscalYear },
    { name: '期間開始日', type: 'date', value: (row) => `${row.fiscalYear}-04-01` },
    { name: '期間終了日', type: 'date', value: (row) => `${row.fiscalYear + 1}-03-31` },
    { name: '実施回数', type: 'integer', value: (row) => row.drills },
    { name: 'うちサンプルデータ', type: 'integer', value: (row) => row.sampleDrills },
    { name: '参加職員数', type: 'integer', value: (row) => row.participants.staff },
    { name: '参加ボランティア数', type: 'integer', value: (row) => row.participants.volunteers },
    { name: '参加住民数', type: 'integer', value: (row) => row.participants.residents },
    { name: '参加者計', type: 'integer', value: (row) => row.participants.total },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.sampleDrills > 0 },
  ],
})
