import { suitabilityWords } from '../../embed/hazard-labels.js'
import { liveShelterAttributes } from '../../maps/live-shelters-script.js'
import { mapElement, markerData, type MapCentre, type MapMarker } from '../../maps/map-markup.js'
import type { MapTiles } from '../../maps/map-tiles.js'
import { html, tableHeading, type SafeHtml } from './html.js'
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
    liveCaption: (count: number) => `避難所(${count}件、現在の開設状況。報告があると更新されます)`,
    states: { open: '開設', closed: '閉鎖', unreported: '未報告' },
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
    liveCaption: (count: number) => `Shelters (${count}; current status, updated as reports arrive)`,
    states: { open: 'Open', closed: 'Closed', unreported: 'Not reported' },
    columns: ['Name', 'Address', 'Suitable for', 'Status', 'Free places'],
    sample: 'Includes sample data (not real sites).',
    none: 'This release has no evacuation sites of this town.',
    suitable: 'Suitable for',
    state: 'Status',
    free: (free: number) => `${free} free places`,
  },
}

const LIST_ID = 'town-shelter-list'
const DATA_ID = 'town-shelter-data'

/** Where the section's shelters come from: the release (as published) or the live public query (as now). */
export type ShelterSource = 'release' | 'live'

function markersOf(shelters: readonly TownShelter[], lang: Lang): MapMarker[] {
  const text = TEXT[lang]
  return shelters.flatMap((shelter) => {
    if (!shelter.location) return []
    const state = text.states[shelter.status]
    return [
      {
        ...(shelter.id ? { id: shelter.id } : {}),
        name: shelter.name,
        ...shelter.location,
        state,
        lines: [
          shelter.address,
          `${text.suitable}: ${suitabilityWords(shelter.suitability, lang)}`,
          `${text.state}: ${state}${shelter.free === null ? '' : ` (${text.free(shelter.free)})`}`,
        ],
      },
    ]
  })
}

/** The list, with the map's JSON block inside it: the live script replaces both at once. */
function shelterTable(shelters: readonly TownShelter[], lang: Lang, source: ShelterSource): SafeHtml {
  const text = TEXT[lang]
  const caption = source === 'live' ? text.liveCaption(shelters.length) : text.caption(shelters.length)
  return html`<div
    class="scroll"
    id="${LIST_ID}"
    role="region"
    tabindex="0"
    aria-label="${caption}"
    ${source === 'live' ? html`aria-live="polite"` : null}
  >
    ${markerData(DATA_ID, markersOf(shelters, lang))}
    <table id="town-shelters">
      ${tableHeading(caption, text.columns)}
      <tbody>
        ${shelters.map(
          (shelter) =>
            html`<tr ${shelter.id ? html`data-shelter-id="${shelter.id}"` : null}>
              <th scope="row">${shelter.name}</th>
              <td>${shelter.address}</td>
              <td data-field="suitability">${suitabilityWords(shelter.suitability, lang)}</td>
              <td data-field="status">${text.states[shelter.status]}</td>
              <td data-field="free" class="num">${shelter.free ?? '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`
}

export function townSheltersSection(
  input: {
    shelters: readonly TownShelter[]
    source: ShelterSource
    code: string
    centre: MapCentre | undefined
    eventsAfter?: number
  },
  lang: Lang,
  tiles: MapTiles,
): SafeHtml {
  const { shelters, source } = input
  const text = TEXT[lang]
  if (shelters.length === 0)
    return html`<h2>${text.heading}</h2>
      <p>${text.none}</p>`
  const sample = shelters.some((shelter) => shelter.isSample)
  // Live: /assets/maps/live-shelters.js finds the town and the list to refresh on the map element.
  const live = source === 'live' ? liveShelterAttributes(input.code, LIST_ID, input.eventsAfter) : {}
  return html`<h2>${text.heading}</h2>
    ${sample ? html`<p class="banner" role="note" data-sample="true">${text.sample}</p>` : null}
    <div class="map-layout">
      ${mapElement({ source: DATA_ID, centre: input.centre, tiles, label: text.mapLabel, attributes: live })}
      ${shelterTable(shelters, lang, source)}
    </div>`
}
