import {
  OpenDataRoutePerformanceDocument,
  OpenDataRoutePerformanceYearsDocument,
  type OpenDataRoutePerformanceQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'

type PerformanceRow = OpenDataRoutePerformanceQuery['regionRoutePerformance'][number]

async function* performanceOf(gateway: GatewayClient): AsyncGenerator<PerformanceRow> {
  const { routePerformanceFiscalYears } = await gateway.query(OpenDataRoutePerformanceYearsDocument)
  for (const fiscalYear of routePerformanceFiscalYears)
    yield* (await gateway.query(OpenDataRoutePerformanceDocument, { fiscalYear })).regionRoutePerformance
}

/**
 * Ridership and 収支率 per route and fiscal year (年度, April–March), as the operators reported them month by
 * month (利用促進, transit-2). Routes of region-wide operators are in the region file only.
 */
export const routePerformance = table<PerformanceRow>({
  id: 'transit-route-performance',
  fileStem: 'transit_route_performance',
  title: { ja: '路線別利用実績・収支率（年度別）', en: 'Ridership and farebox ratio per route and fiscal year' },
  description: {
    ja: '路線ごと・年度（4月〜翌3月）ごとの乗車人員、実車走行キロ、人キロ、平均乗車密度、運賃収入、運行経費、収支率。報告のあった月数を併記します。',
    en:
      'Per route and fiscal year (April–March): boardings, vehicle and passenger kilometres, average ' +
      'load, fare revenue, operating cost and farebox ratio, with the number of months reported.',
  },
  keywords: ['地域公共交通', '利用実績', '収支率', 'ridership'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: performanceOf,
  primaryKey: ['年度', '事業者ID', '路線ID'],
  key: (row) => `${row.fiscalYear}|${row.operator.id}|${row.routeId}`,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.operator.municipality?.code ?? null,
  columns: [
    { name: '年度', type: 'integer', value: (row) => row.fiscalYear },
    { name: '事業者ID', type: 'string', value: (row) => row.operator.id },
    { name: '事業者名', type: 'string', value: (row) => row.operator.name },
    { name: '市区町村コード', type: 'string', value: (row) => row.operator.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.operator.municipality?.name ?? null },
    { name: '路線ID', type: 'string', value: (row) => row.routeId },
    { name: '路線名', type: 'string', value: (row) => row.routeName },
    { name: '報告月数', type: 'integer', value: (row) => row.monthsReported },
    { name: '乗車人員', type: 'integer', value: (row) => row.boardings },
    { name: '降車人員', type: 'integer', value: (row) => row.alightings },
    { name: '実車走行キロ', type: 'number', value: (row) => row.vehicleKm },
    { name: '人キロ', type: 'number', value: (row) => row.passengerKm },
    { name: '平均乗車密度', type: 'number', value: (row) => row.averageLoad },
    { name: '運賃収入_円', type: 'integer', value: (row) => row.fareRevenueYen },
    { name: '運行経費_円', type: 'integer', value: (row) => row.operatingCostYen },
    { name: '収支率', type: 'number', value: (row) => row.fareboxRatio },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
