import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { CC_BY_4, type FileDataset } from '../dataset.js'
import { gtfsFeedVersion } from './gtfs-feed-version.js'

/** How long the publisher keeps asking while the transit subgraph is building the feed for others (503). */
const BUSY_FOR_AT_MOST_MS = 5 * 60_000

/**
 * GETs the feed (conditionally, with `current`), and again after the `Retry-After` it is told while every build slot of
 * the transit subgraph is taken (503, regional-feed.route.ts), for at most BUSY_FOR_AT_MOST_MS.
 */
async function fetchWhenBuilt(url: URL, current: string | undefined): Promise<Response> {
  const giveUpAt = Date.now() + BUSY_FOR_AT_MOST_MS
  for (;;) {
    const response = await fetch(url, { headers: current ? { 'if-none-match': current } : {} })
    if (response.status !== 503 || Date.now() >= giveUpAt) return response
    await response.body?.cancel()
    const seconds = Number(response.headers.get('retry-after'))
    await sleep(Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 5, 60) * 1000)
  }
}

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
    const response = await fetchWhenBuilt(new URL('/transit/feeds/regional.zip', gateway.url), current)
    if (response.status === 304) return 'unchanged'
    if (!response.ok || !response.body) throw new Error(`regional GTFS feed: HTTP ${response.status}`)
    return { body: Readable.fromWeb(response.body), etag: response.headers.get('etag') }
  },
  // The feed marks itself: feed_version ends in `-sample` when any operator's active feed is sample data
  // (regional-feed.ts), whichever town the operator serves, party or not, or none.
  isSample: async (path) => (await gtfsFeedVersion(path))?.endsWith('-sample') ?? false,
}
