import { html, type SafeHtml } from '../opendata/serve/html.js'
import { townOf } from '../opendata/serve/towns.js'
import { MAP_SCRIPTS, MAP_STYLES, mapElement, markerData, type MapMarker } from '../maps/map-markup.js'
import type { MapTiles } from '../maps/map-tiles.js'
import { LIVE_SHELTERS_SCRIPT_PATH, liveShelterAttributes } from '../maps/live-shelters-script.js'
import { embedPage } from './embed-page.js'
import type { SheltersParams } from './embed-params.js'
import { hazardLabel } from './hazard-labels.js'
import { freePlaces, suitabilityText, type EmbedShelter } from './shelters-data.js'

/**
 * `/embed/shelters`: the list is the widget (it works without JavaScript and is what a screen reader reads);
 * the map beside it is drawn by /assets/maps/map.js from the JSON block in the page, never from inline script.
 */

function statusText(shelter: EmbedShelter): string {
  if (!shelter.latestStatus) return '未報告'
  return shelter.latestStatus.isOpen ? '開設中' : '閉鎖'
}

function shelterRow(shelter: EmbedShelter): SafeHtml {
  const free = freePlaces(shelter)
  return html`<tr data-shelter-id="${shelter.id}">
    <th scope="row">${shelter.name}</th>
    <td>${shelter.address}</td>
    <td data-field="suitability">${suitabilityText(shelter)}</td>
    <td data-field="status" class="${shelter.latestStatus?.isOpen ? 'open' : ''}">${statusText(shelter)}</td>
    <td data-field="free">${free === null ? '—' : free}</td>
  </tr>`
}

/** What the map script needs: the shelters that have a location, with the list's words in their popups. */
function mapMarkers(shelters: EmbedShelter[]): MapMarker[] {
  return shelters.flatMap((shelter) => {
    if (!shelter.location) return []
    const free = freePlaces(shelter)
    const status = statusText(shelter)
    return [
      {
        id: shelter.id,
        name: shelter.name,
        latitude: shelter.location.latitude,
        longitude: shelter.location.longitude,
        state: status,
        lines: [
          shelter.address,
          `対応: ${suitabilityText(shelter)}`,
          `状況: ${status}${free === null ? '' : `(空き ${free} 人)`}`,
        ],
      },
    ]
  })
}

function shelterList(params: SheltersParams, shelters: EmbedShelter[]): SafeHtml {
  const sample = shelters.some((shelter) => shelter.isSample)
  return html`<div class="list" id="shelter-list" aria-live="polite">
    ${markerData('shelter-data', mapMarkers(shelters))}
    ${sample ? html`<p class="note" data-sample="true">サンプルデータを含みます(実在の避難所情報ではありません)。</p>` : null}
    <table>
      <caption>
        避難所一覧(${shelters.length}件${params.hazard ? `、${hazardLabel(params.hazard)}に対応` : ''})
      </caption>
      <thead>
        <tr>
          <th scope="col">名称</th>
          <th scope="col">住所</th>
          <th scope="col">対応する災害</th>
          <th scope="col">状況</th>
          <th scope="col">空き</th>
        </tr>
      </thead>
      <tbody>
        ${shelters.map(shelterRow)}
      </tbody>
    </table>
  </div>`
}

export function sheltersWidget(
  params: SheltersParams,
  shelters: EmbedShelter[],
  tiles: MapTiles,
  eventsAfter?: number,
): string {
  const { ja: town, centre } = townOf(params.town)
  return embedPage({
    title: `${town} 避難所`,
    theme: params,
    styles: MAP_STYLES,
    scripts: [...MAP_SCRIPTS, LIVE_SHELTERS_SCRIPT_PATH],
    body: html`<main>
      <h1>${town}の避難所${params.hazard ? `(${hazardLabel(params.hazard)})` : ''}</h1>
      <div class="layout">
        ${mapElement({
          id: 'map',
          source: 'shelter-data',
          centre,
          tiles,
          label: '避難所の地図(一覧と同じ内容です)',
          attributes: liveShelterAttributes(params.town, 'shelter-list', eventsAfter),
        })}
        ${shelterList(params, shelters)}
      </div>
    </main>`,
  })
}
