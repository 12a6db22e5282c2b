import { Readable } from 'node:stream'
import { CC_BY_4, type FileDataset } from '../dataset.js'
import { OpenDataOperatorSampleFlagsDocument } from '../../../codegen/opendata-operations.js'

/** The merged regional GTFS-JP feed, as the transit subgraph streams it (one snapshot of every active feed). */
export const regionalGtfs: FileDataset = {
  kind: 'file',
  id: 'regional-gtfs-jp',
  fileStem: 'regional_gtfs_jp',
  fileName: 'minamisorachi_gtfs_jp.zip',
  format: 'GTFS',
  mediaType: 'application/zip',
  title: { ja: '南空知地域 GTFS-JP（標準的なバス情報フォーマット）', en: 'Minami-Sorachi regional GTFS-JP feed' },
  description: {
    ja: '各事業者の現行フィードを統合した地域GTFS-JP。IDは事業者ごとの接頭辞付き、feed_infoは1行。',
    en: 'Every operator’s current feed merged into one GTFS-JP feed; ids prefixed per operator, one feed_info.',
  },
  keywords: ['地域公共交通', 'GTFS', 'GTFS-JP', '時刻表', 'timetable'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  download: async (gateway, current) => {
    const response = await fetch(new URL('/transit/feeds/regional.zip', gateway.url), {
      headers: current ? { 'if-none-match': current } : {},
    })
    if (response.status === 304) return 'unchanged'
    if (!response.ok || !response.body) throw new Error(`regional GTFS feed: HTTP ${response.status}`)
    return { body: Readable.fromWeb(response.body), etag: response.headers.get('etag') }
  },
  isSample: async (gateway) => {
    const data = await gateway.query(OpenDataOperatorSampleFlagsDocument)
    return data.municipalities.some((town) => town.transitOperators.nodes.some((operator) => operator.isSample))
  },
}
