import type { MapRoute } from '../../maps/bus-routes-data.js'
import { mapElement, markerData, type MapLine } from '../../maps/map-markup.js'
import type { MapTiles } from '../../maps/map-tiles.js'
import { MAX_STOPS, type BusNetwork } from './bus-network.js'
import { html, tableHeading, type SafeHtml } from './html.js'
import type { Lang } from './portal-layout.js'

/**
 * Bus stops and routes on one map, with the routes listed beside it (name, operator, number of stops): the list
 * is what works without JavaScript and what a screen reader reads.
 */

const TEXT = {
  ja: {
    heading: 'バス路線と停留所の地図',
    mapLabel: (stops: number, routes: number) =>
      `バス路線(${routes}路線)と停留所(${stops}か所)の地図。路線は右の一覧と同じです`,
    caption: (count: number) => `路線一覧(${count}路線、地図の線と同じ)`,
    columns: ['路線', '事業者', '停留所数'],
    operator: '事業者',
    stops: (count: number) => `停留所 ${count} か所`,
    sample: 'サンプルデータの路線を含みます(実在の路線ではありません)。',
    noRoutes: '路線の情報はありません。',
    partial: (shown: number) =>
      `停留所が多いため、地図にはファイルの先頭 ${shown} か所だけを描いています。すべての停留所はデータセットのファイルにあります。`,
  },
  en: {
    heading: 'Bus routes and stops on a map',
    mapLabel: (stops: number, routes: number) =>
      `Map of ${routes} bus routes and ${stops} stops; the routes are the same as in the list beside it`,
    caption: (count: number) => `Routes (${count}, the lines on the map)`,
    columns: ['Route', 'Operator', 'Stops'],
    operator: 'Operator',
    stops: (count: number) => `${count} stops`,
    sample: 'Includes sample routes (not real ones).',
    noRoutes: 'No route information.',
    partial: (shown: number) =>
      `There are too many stops to draw: the map shows the first ${shown} of the file. ` +
      "Every stop is in the dataset's files.",
  },
}

const STOP_DATA = 'bus-stop-data'
const LINE_DATA = 'bus-route-data'

function linesOf(routes: readonly MapRoute[], lang: Lang): MapLine[] {
  const text = TEXT[lang]
  return routes.map((route) => ({
    name: route.name,
    color: route.color,
    lines: [`${text.operator}: ${route.operator}`, text.stops(route.stopCount)],
    paths: route.paths,
  }))
}

function routeTable(routes: readonly MapRoute[], lang: Lang): SafeHtml {
  const text = TEXT[lang]
  if (routes.length === 0) return html`<p>${text.noRoutes}</p>`
  return html`<div class="scroll" role="region" tabindex="0" aria-label="${text.caption(routes.length)}">
    <table id="bus-routes">
      ${tableHeading(text.caption(routes.length), text.columns)}
      <tbody>
        ${routes.map(
          (route) =>
            html`<tr data-route-id="${route.id}">
              <th scope="row">${route.name}</th>
              <td>${route.operator}</td>
              <td class="num">${route.stopCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`
}

/** Whether there is anything to draw. */
export const hasBusMap = (network: BusNetwork | null): network is BusNetwork =>
  network !== null && (network.stops.length > 0 || network.routes.some((route) => route.paths.length > 0))

export function busNetworkSection(network: BusNetwork | null, lang: Lang, tiles: MapTiles): SafeHtml | null {
  if (!hasBusMap(network)) return null
  const text = TEXT[lang]
  const sample = network.routes.some((route) => route.isSample)
  return html`<h2 id="bus-map">${text.heading}</h2>
    ${sample ? html`<p class="banner" role="note" data-sample="true">${text.sample}</p>` : null}
    ${network.complete ? null : html`<p role="note" data-partial-stops="true">${text.partial(MAX_STOPS)}</p>`}
    ${markerData(STOP_DATA, network.stops)} ${markerData(LINE_DATA, linesOf(network.routes, lang))}
    <div class="map-layout">
      ${mapElement({
        source: STOP_DATA,
        lineSource: LINE_DATA,
        tiles,
        label: text.mapLabel(network.stops.length, network.routes.length),
      })}
      ${routeTable(network.routes, lang)}
    </div>`
}
