import { mapElement, markerData, type MapMarker } from '../../maps/map-markup.js'
import type { MapTiles } from '../../maps/map-tiles.js'
import { coordinatesOf, type CsvPreview } from './csv-preview.js'
import { html, type SafeHtml } from './html.js'
import type { Lang } from './portal-layout.js'

/**
 * The map of a located dataset's previewed rows, put beside the preview table: the table is the accessible list
 * (and all there is without JavaScript); a marker's popup repeats its row's first cells.
 */

/** Cells a popup shows besides the name: enough to tell rows apart, not the whole 26-column row. */
const POPUP_CELLS = 5

export function previewMarkers(csv: CsvPreview): MapMarker[] {
  return csv.rows.flatMap((row) => {
    const point = coordinatesOf({ header: csv.header, rows: [row] })[0]
    const latitude = Number(point?.latitude)
    const longitude = Number(point?.longitude)
    if (!point || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return []
    const lines = csv.header
      .map((column, index) => ({ column, value: (row[index] ?? '').trim() }))
      .filter((cell) => cell.value !== '' && cell.value !== point.label)
      .slice(0, POPUP_CELLS)
      .map((cell) => `${cell.column}: ${cell.value}`)
    return [{ name: point.label, latitude, longitude, lines }]
  })
}

/** The map and the table side by side, or the table alone when no previewed row has coordinates. */
const LABELS = {
  ja: {
    map: (count: number) => `プレビュー行の地図（表と同じ ${count} 件） Map of the previewed rows (same as the table)`,
    table: 'プレビュー Preview',
  },
  en: {
    map: (count: number) => `Map of the ${count} previewed rows (same as the table)`,
    table: 'Preview',
  },
}

export function withPreviewMap(
  table: SafeHtml,
  markers: readonly MapMarker[],
  tiles: MapTiles,
  lang: Lang = 'ja',
): SafeHtml {
  if (markers.length === 0) return table
  const labels = LABELS[lang]
  return html`${markerData('preview-map-data', markers)}
    <div class="map-layout">
      ${mapElement({
        source: 'preview-map-data',
        tiles,
        label: labels.map(markers.length),
      })}
      <div class="scroll" role="region" tabindex="0" aria-label="${labels.table}">${table}</div>
    </div>`
}
