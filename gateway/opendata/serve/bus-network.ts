import { readMapRoutes, type MapRoute } from '../../maps/bus-routes-data.js'
import type { MapMarker } from '../../maps/map-markup.js'
import { mainCsvOf, townCsvOf } from './catalog-model.js'
import { readCsvPreview } from './csv-preview.js'
import type { Lang } from './portal-layout.js'
import type { Release, ReleaseStore } from './release-store.js'
import { servedTowns } from './towns.js'

/**
 * What a bus map shows: every stop of the release's bus-stops file (all rows, not the page's preview) and the
 * routes from the transit subgraph's public query. The stops come from the published file so the map matches
 * it; the routes are not in a CSV of the release, so they are read (anonymously) where the feed lives.
 */

export interface BusNetwork extends ReleaseStops {
  routes: MapRoute[]
}

/** The stops a map shows, and whether they are all the file's (the page says so when they are not). */
export interface ReleaseStops {
  stops: MapMarker[]
  /** False when the file has more stops than a map takes (MAX_STOPS). */
  complete: boolean
}

/** No stops to draw (no release, or its file could not be read). */
export const NO_STOPS: ReleaseStops = { stops: [], complete: true }

const STOPS = 'bus-stops'
/** What one map draws: a region has a few thousand stops; nationwide releases have tens of thousands. */
export const MAX_STOPS = 10_000

const STOP_WORDS = {
  ja: { stopId: '停留所ID', operator: '事業者' },
  en: { stopId: 'Stop ID', operator: 'Operator' },
}

/**
 * The stops of the release's bus-stops file, of one town when `town` is given: from the town's own file when the
 * release has one — the regional file lists every town's stops, and at the nationwide scale a town's rows can lie
 * past the first MAX_STOPS of it.
 */
export async function readReleaseStops(
  store: ReleaseStore,
  release: Release,
  lang: Lang,
  town: string | null,
): Promise<ReleaseStops> {
  const dataset = release.manifest.datasets.find((candidate) => candidate.id === STOPS)
  const file = dataset ? ((town !== null ? townCsvOf(dataset, town) : undefined) ?? mainCsvOf(dataset)) : undefined
  const path = file ? store.filePath(release, file.path) : null
  if (!file || !path) return NO_STOPS
  const csv = await readCsvPreview(path, MAX_STOPS)
  const complete = csv.rows.length < MAX_STOPS || csv.rows.length === file.rowCount
  const column = (name: string) => csv.header.indexOf(name)
  const [code, name, stopId, operator, lat, lon] = [
    '市区町村コード',
    '名称',
    '停留所ID',
    '事業者名',
    '緯度',
    '経度',
  ].map(column) as [number, number, number, number, number, number]
  const words = STOP_WORDS[lang]
  const stops = csv.rows.flatMap((row) => {
    const latitude = Number(row[lat])
    const longitude = Number(row[lon])
    if (town !== null && row[code] !== town) return []
    if (!row[lat] || !row[lon] || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return []
    const lines = [`${words.stopId}: ${row[stopId] ?? ''}`, `${words.operator}: ${row[operator] ?? ''}`]
    return [{ name: row[name] ?? '', latitude, longitude, lines }]
  })
  return { stops, complete }
}

/** Where the routes are read: the transit subgraph (absent when the portal is served on its own). */
export interface RouteSource {
  transitUrl: string
}

/** The routes of one town's operators, or of the whole region. */
export function readRoutes(source: RouteSource | undefined, town: string | null): Promise<MapRoute[]> {
  if (!source) return Promise.resolve([])
  return readMapRoutes(source.transitUrl, town === null ? [...servedTowns().keys()] : [town])
}
