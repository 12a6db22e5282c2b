import { mapElement, markerData, type MapMarker } from '../../maps/map-markup.js'
import type { MapTiles } from '../../maps/map-tiles.js'
import { html, type SafeHtml } from './html.js'
import type { Lang } from './portal-layout.js'
import type { TownShelter } from './town-shelters.js'

/**
 * The town page's shelters: a map and, beside it, the same shelters as a table — the table is what works
 * without JavaScript and what a screen reader reads; the map adds nothing the table lacks.
 */

const TEXT = {
  ja: {
    heading: '避難場所の地図',
    mapLabel: '避難場所の地図(右の一覧と同じ内容です)',
    caption: (count: number) => `指定緊急避難場所(${count}件、公開データ時点の開設状況)`,
    columns: ['名称', '住所', '対応する災害', '状況', '空き'],
    sample: 'サンプルデータを含みます(実在の避難場所ではありません)。',
    none: 'このリリースにはこの町の指定緊急避難場所がありません。',
    suitable: '対応',
    state: '状況',
    free: (free: number) => `空き ${free} 人`,
  },
  en: {
    heading: 'Evacuation sites on a map',
    mapLabel: 'Map of the evacuation sites (same as the list beside it)',
    caption: (count: number) => `Designated emergency evacuation sites (${count}; status as of the release)`,
    columns: ['Name', 'Address', 'Suitable for', 'Status', 'Free places'],
    sample: 'Includes sample data (not real sites).',
    none: 'This release has no evacuation sites of this town.',
    suitable: 'Suitable for',
    state: 'Status',
    free: (free: number) => `${free} free places`,
  },
}

function markersOf(shelters: readonly TownShelter[], lang: Lang): MapMarker[] {
  const text = TEXT[lang]
  return shelters.flatMap((shelter) =>
    shelter.location
      ? [
          {
            name: shelter.name,
            ...shelter.location,
            state: shelter.status,
            lines: [
              shelter.address,
              `${text.suitable}: ${shelter.suitability}`,
              `${text.state}: ${shelter.status}${shelter.free === null ? '' : ` (${text.free(shelter.free)})`}`,
            ],
          },
        ]
      : [],
  )
}

function shelterTable(shelters: readonly TownShelter[], lang: Lang): SafeHtml {
  const text = TEXT[lang]
  return html`<div class="scroll" role="region" tabindex="0" aria-label="${text.caption(shelters.length)}">
    <table id="town-shelters">
      <caption>
        ${text.caption(shelters.length)}
      </caption>
      <thead>
        <tr>
          ${text.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shelters.map(
          (shelter) =>
            html`<tr>
              <th scope="row">${shelter.name}</th>
              <td>${shelter.address}</td>
              <td data-field="suitability">${shelter.suitability}</td>
              <td data-field="status">${shelter.status}</td>
              <td data-field="free" class="num">${shelter.free ?? '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`
}

export function townSheltersSection(shelters: readonly TownShelter[], lang: Lang, tiles: MapTiles): SafeHtml {
  const text = TEXT[lang]
  if (shelters.length === 0)
    return html`<h2>${text.heading}</h2>
      <p>${text.none}</p>`
  const sample = shelters.some((shelter) => shelter.isSample)
  return html`<h2>${text.heading}</h2>
    ${sample ? html`<p class="banner" role="note" data-sample="true">${text.sample}</p>` : null}
    ${markerData('town-shelter-data', markersOf(shelters, lang))}
    <div class="map-layout">
      ${mapElement({ source: 'town-shelter-data', tiles, label: text.mapLabel })} ${shelterTable(shelters, lang)}
    </div>`
}
