import type { HAZARD_LABELS, Suitability } from '../../embed/hazard-labels.js'
import type { DatasetEntry, Distribution } from '../release-manifest.js'
import { mainCsvOf, townCsvOf } from './catalog-model.js'
import { readCsvPreview, type CsvPreview } from './csv-preview.js'
import type { Release, ReleaseStore } from './release-store.js'

/**
 * A town's 指定緊急避難場所 for its page's map, from the current release: the site list (evacuation-space, which
 * has the 災害種別 columns) joined with the latest reports (shelter-status) on 市区町村コード + NO, the key the two
 * files share. The release is the source rather than the disaster subgraph: the portal is served from the
 * published files alone and shows what they say, as of the release.
 */

export interface TownShelter {
  /** The shelter's id in the API (live rows only): the list's rows carry it for scripts and tests. */
  id?: string
  name: string
  address: string
  /** null: the file gives no usable coordinates (listed, not on the map). */
  location: { latitude: number; longitude: number } | null
  /** The hazards it suits: each page words them in its own language. */
  suitability: Suitability
  status: ShelterState
  free: number | null
  isSample: boolean
}

/** A town has a few hundred sites at most; this bounds a hand-edited file. */
const MAX_ROWS = 5000
const SITES = 'evacuation-space'
const STATUS = 'shelter-status'
const SITE_DESIGNATION = '指定緊急避難場所'

/** The standard's 災害種別 column of each hazard, in the order of the standard. */
const HAZARD_COLUMNS: Record<keyof typeof HAZARD_LABELS, string> = {
  FLOOD: '災害種別_洪水',
  LANDSLIDE: '災害種別_崖崩れ、土石流及び地滑り',
  STORM_SURGE: '災害種別_高潮',
  EARTHQUAKE: '災害種別_地震',
  TSUNAMI: '災害種別_津波',
  LARGE_FIRE: '災害種別_大規模な火事',
  INLAND_FLOOD: '災害種別_内水氾濫',
  VOLCANO: '災害種別_火山現象',
}

/** The latest report: open, closed, or none yet; each page words it in its own language. */
export type ShelterState = 'open' | 'closed' | 'unreported'

type Row = (column: string) => string

function rowsOf(csv: CsvPreview): Row[] {
  return csv.rows.map((cells) => (column: string) => {
    const index = csv.header.indexOf(column)
    return index < 0 ? '' : (cells[index] ?? '').trim()
  })
}

/** 1 = suits, △ = suits on conditions (the standard's 災害種別 flags). */
function suitabilityOf(row: Row): Suitability {
  const flagged = (flag: string) =>
    Object.entries(HAZARD_COLUMNS).flatMap(([hazard, column]) => (row(column) === flag ? [hazard] : []))
  return { safe: flagged('1'), conditional: flagged('△') }
}

async function readRows(store: ReleaseStore, release: Release, file: Distribution | undefined): Promise<Row[]> {
  const path = file ? store.filePath(release, file.path) : null
  return path ? rowsOf(await readCsvPreview(path, MAX_ROWS)) : []
}

/** The town's own file of a dataset when it has one, else the region's rows of that town. */
async function townRows(store: ReleaseStore, release: Release, dataset: DatasetEntry, code: string) {
  const own = townCsvOf(dataset, code)
  const rows = await readRows(store, release, own ?? mainCsvOf(dataset))
  return own ? rows : rows.filter((row) => row('市区町村コード') === code)
}

function freeOf(status: Row | undefined, capacity: string): number | null {
  if (status?.('開設状況') !== '開設' || capacity === '' || Number.isNaN(Number(capacity))) return null
  return Math.max(0, Number(capacity) - Number(status('避難者数') || 0))
}

/** shelter-status writes 開設 / 閉鎖 (see gateway/opendata/datasets/shelter-status.ts). */
function stateOf(value: string | undefined): ShelterState {
  if (value === '開設') return 'open'
  return value === '閉鎖' ? 'closed' : 'unreported'
}

function locationOf(row: Row): TownShelter['location'] {
  const latitude = Number(row('緯度'))
  const longitude = Number(row('経度'))
  if (row('緯度') === '' || row('経度') === '' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null
  return { latitude, longitude }
}

export async function readTownShelters(store: ReleaseStore, release: Release, code: string): Promise<TownShelter[]> {
  const datasets = release.manifest.datasets
  const sites = datasets.find((dataset) => dataset.id === SITES)
  if (!sites) return []
  const status = datasets.find((dataset) => dataset.id === STATUS)
  const reports = new Map(
    (status ? await townRows(store, release, status, code) : [])
      .filter((row) => row('指定区分') === SITE_DESIGNATION)
      .map((row) => [row('NO'), row] as const),
  )
  return (await townRows(store, release, sites, code)).flatMap((row) => {
    const report = reports.get(row('NO'))
    return [
      {
        name: row('名称'),
        address: row('住所'),
        location: locationOf(row),
        suitability: suitabilityOf(row),
        status: stateOf(report?.('開設状況')),
        free: freeOf(report, row('想定収容人数')),
        isSample: sites.isSample && (row('備考').includes('【サンプルデータ】') || sites.sampleRowCount === undefined),
      },
    ]
  })
}
