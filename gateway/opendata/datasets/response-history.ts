import { OpenDataResponseHistoryDocument } from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'
import { TOWNS_PER_PAGE, type Town } from './towns.js'

/** One row: a response level (体制) a town recorded, or a 警戒レベル it issued or lifted for an area. */
interface ResponseRow {
  town: Town
  kind: '体制' | '警戒レベル'
  at: string
  area: string | null
  level: string | null
  note: string
  isSample: boolean
}

const HEADQUARTERS = {
  NONE: '通常体制',
  CAUTION: '注意体制',
  ALERT: '警戒体制',
  HEADQUARTERS: '災害対策本部設置',
} as const
const ALERT_LEVEL: Record<number, string> = { 3: '高齢者等避難', 4: '避難指示', 5: '緊急安全確保' }

async function* historyOf(gateway: GatewayClient): AsyncGenerator<ResponseRow> {
  const towns = gateway.paginate(OpenDataResponseHistoryDocument, {}, (data) => data.servedMunicipalities, {
    pageSize: TOWNS_PER_PAGE,
  })
  for await (const { responseHistory, ...town } of towns) {
    for (const status of responseHistory.statuses) {
      const level = HEADQUARTERS[status.level]
      yield {
        town,
        kind: '体制',
        at: status.recordedAt,
        area: null,
        level,
        note: status.note,
        isSample: status.isSample,
      }
    }
    for (const alert of responseHistory.alerts) {
      // A null level lifts the area's alert.
      const level = alert.level === null ? '解除' : `警戒レベル${alert.level} ${ALERT_LEVEL[alert.level] ?? ''}`.trim()
      yield {
        town,
        kind: '警戒レベル',
        at: alert.issuedAt,
        area: alert.area,
        level,
        note: alert.note,
        isSample: alert.isSample,
      }
    }
  }
}

/**
 * Each town's response levels (注意体制 … 災害対策本部設置) and the 警戒レベル 3–5 it issued and lifted per area, newest
 * first within each kind. The API keeps the latest 200 entries of each kind per town in this history.
 */
export const responseHistory = table<ResponseRow>({
  id: 'disaster-response-history',
  fileStem: 'disaster_response_history',
  title: { ja: '災害対応体制・警戒レベルの履歴', en: 'Response levels and evacuation alert history' },
  description: {
    ja: '各市町の災害対応体制（注意体制、警戒体制、災害対策本部設置）の記録と、地区ごとの警戒レベル（3 高齢者等避難、4 避難指示、5 緊急安全確保）の発令・解除の履歴。各市町・各種別とも新しい順に最新200件まで。',
    en:
      'Each town’s recorded response levels and the evacuation alerts (levels ' +
      '3–5) it issued and lifted per area: the latest 200 of each kind per town.',
  },
  keywords: ['防災', '警戒レベル', '災害対策本部', 'evacuation alert'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: historyOf,
  key: (row) => `${row.town.code}|${row.kind}|${row.area ?? ''}|${row.at}`,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.town.code,
  columns: [
    { name: '市区町村コード', type: 'string', value: (row) => row.town.code },
    { name: '市区町村名', type: 'string', value: (row) => row.town.name },
    { name: '種別', type: 'string', value: (row) => row.kind },
    { name: '日時', type: 'datetime', value: (row) => row.at },
    { name: '地区', type: 'string', value: (row) => row.area },
    { name: '内容', type: 'string', value: (row) => row.level },
    { name: '備考', type: 'string', value: (row) => row.note },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
