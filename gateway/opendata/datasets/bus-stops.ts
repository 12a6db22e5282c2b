import { CC_BY_4, table } from '../dataset.js'
import {
  OpenDataBusStopsDocument,
  OpenDataBusStopsMoreDocument,
  type OpenDataBusStopsQuery,
} from '../../../codegen/opendata-operations.js'
import { eachTownsRows, mapped } from './towns.js'

/** One row: a node of the public query's answer, typed by codegen from the .graphql file. */
type StopRow = OpenDataBusStopsQuery['servedMunicipalities']['nodes'][number]['busStops']['nodes'][number]

/** Bus stops of every operator's active feed, by the town they lie in (a table view of the GTFS-JP feed). */
export const busStops = table<StopRow>({
  id: 'bus-stops',
  fileStem: 'bus_stops',
  title: { ja: 'バス停留所一覧', en: 'Bus stops' },
  description: {
    ja: '各事業者の現行GTFS-JPフィードにある停留所を、所在する市町ごとに。経路・時刻表は地域GTFS-JPデータセットを参照。',
    en:
      'Stops of every operator’s current GTFS-JP feed, by the town they ' +
      'lie in. Routes and timetables: see the regional GTFS-JP dataset.',
  },
  keywords: ['地域公共交通', 'バス停', 'GTFS', 'bus stop'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: (gateway) =>
    mapped(
      eachTownsRows(gateway, {
        towns: OpenDataBusStopsDocument,
        rowsOf: (town) => town.busStops,
        more: OpenDataBusStopsMoreDocument,
        moreRowsOf: (data) => data.municipality?.busStops,
      }),
      ({ node }) => node,
    ),
  key: (row) => `${row.operator.id}|${row.stopId}`,
  isSample: (row) => row.operator.isSample,
  municipalityCode: (row) => row.municipality?.code ?? null,
  location: (row) => row.location,
  columns: [
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality?.name ?? null },
    { name: '停留所ID', type: 'string', value: (row) => row.stopId },
    { name: '停留所コード', type: 'string', value: (row) => row.code },
    { name: '名称', type: 'string', value: (row) => row.name },
    { name: '緯度', type: 'number', value: (row) => row.location.latitude },
    { name: '経度', type: 'number', value: (row) => row.location.longitude },
    { name: '事業者ID', type: 'string', value: (row) => row.operator.id },
    { name: '事業者名', type: 'string', value: (row) => row.operator.name },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.operator.isSample },
  ],
})
