import { html, SafeHtml } from '../opendata/serve/html.js'
import { LEAFLET_BASE } from './leaflet-assets.js'
import type { MapTiles } from './map-tiles.js'

/** A latitude and longitude (WGS 84) a map opens on. */
export type MapCentre = readonly [latitude: number, longitude: number]

/** The server side of /assets/maps/map.js: what a page puts in its HTML for the script to draw. */

export const MAP_SCRIPT_PATH = '/assets/maps/map.js'

/** The stylesheet and the (deferred, same-origin) scripts a page with a map links. */
export const MAP_STYLES = [`${LEAFLET_BASE}/leaflet.css`]
export const MAP_SCRIPTS = [`${LEAFLET_BASE}/leaflet.js`, MAP_SCRIPT_PATH]

/** One point on a map: its name (marker title), popup lines, and a state read out with the marker (optional). */
export interface MapMarker {
  /** The row's id where it has one (the widget's shelters). */
  id?: string
  name: string
  latitude: number
  longitude: number
  lines: string[]
  state?: string
}

/** One line on a map (a bus route): its name, colour, popup lines and its paths of [latitude, longitude]. */
export interface MapLine {
  name: string
  /** `#rrggbb`, or null for the map's default line colour. */
  color: string | null
  lines: string[]
  paths: [number, number][][]
}

/**
 * Markers (or lines) as a JSON block that cannot close the script element it sits in (`<` escaped), so it is
 * put in the page as it is: html-escaping it would corrupt its quotes.
 */
export function markerData(id: string, markers: readonly MapMarker[] | readonly MapLine[]): SafeHtml {
  const json = JSON.stringify(markers).replace(/</g, '\\u003c')
  return html`<script type="application/json" id="${id}">
    ${new SafeHtml(json)}
  </script>`
}

/**
 * The map's box: the script finds it by `data-map-source` (the id of its markers' JSON block) and draws the
 * lines of `data-line-source` (another block's id) where given.
 */
export function mapElement(options: {
  source: string
  lineSource?: string
  tiles: MapTiles
  label: string
  id?: string
  /** Where the map opens when it has no point to fit (a town's office); all of Japan when not given. */
  centre?: MapCentre | undefined
  attributes?: Record<string, string>
}): SafeHtml {
  const extra = Object.entries(options.attributes ?? {}).map(([name, value]) => html` ${name}="${value}"`)
  return html`<div
    ${options.id ? html`id="${options.id}"` : null}
    class="map"
    role="region"
    aria-label="${options.label}"
    data-map-source="${options.source}"
    ${options.lineSource ? html`data-line-source="${options.lineSource}"` : null}
    ${options.centre ? html`data-map-centre="${options.centre.join(',')}"` : null}
    data-tile-url="${options.tiles.url}"
    data-tile-attribution="${options.tiles.attribution}"
    ${extra}
  ></div>`
}
