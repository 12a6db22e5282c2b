import type { MapTiles } from '../../maps/map-tiles.js'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { fileLabel } from './file-labels.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { layout, localePath, type Lang } from './portal-layout.js'
import { TEXT } from './portal-text.js'
import { CATALOG_TITLE } from './site-text.js'
import { servedTowns } from './towns.js'
import { partyTownList } from './town-index.js'
import type { TownShelter } from './town-shelters.js'
import { townSheltersSection, type ShelterSource } from './town-shelters-map.js'
import { busNetworkSection, hasBusMap } from './bus-network-map.js'
import type { BusNetwork } from './bus-network.js'
import { LIVE_SHELTERS_SCRIPT_PATH } from '../../maps/live-shelters-script.js'

/**
 * `/opendata/towns/{code}`: one party of the agreement — what it publishes in its own name, and its own files
 * (per-town files) of the region's datasets. Codes that are not served get a 404 page listing the parties and
 * linking the town index (town-index.ts).
 */

interface TownPageInput {
  lang: Lang
  code: string
  manifest: ReleaseManifest | null
  otherLanguageHref: string
  /** The town's shelters (live, or as in the release), drawn on a map with a list beside it. */
  shelters: readonly TownShelter[]
  shelterSource: ShelterSource
  /** Live: the last event the shelters include, where the page's `/events` stream resumes (event-position.ts). */
  eventsAfter?: number
  /** The town's bus stops (release) and the routes of its operators (live), on their own map. */
  network: BusNetwork
  tiles: MapTiles
}

export function townPage(input: TownPageInput): string {
  const { lang, code } = input
  const town = servedTowns().get(code)
  if (!town) throw new Error(`${code} is not a served town (check isServedTown first)`)
  const text = TEXT[lang]
  const other: Lang = lang === 'ja' ? 'en' : 'ja'
  const datasets = input.manifest?.datasets ?? []
  const own = datasets.filter((dataset) => dataset.publisher.municipalityCode === code)
  const shares = datasets
    .filter((dataset) => dataset.publisher.municipalityCode !== code)
    .map((dataset) => ({ dataset, files: dataset.distributions.filter((file) => file.municipalityCode === code) }))
    .filter((share) => share.files.length > 0)
  const body = html`<h1>${text.townTitle(town[lang])}</h1>
    <p><span lang="${other}">${town[other]}</span> · ${text.code} <code>${code}</code></p>
    <p><a href="${localePath(lang, paths.portal)}?town=${code}">${text.searchTown(town[lang])}</a></p>
    ${townSheltersSection(
      {
        shelters: input.shelters,
        source: input.shelterSource,
        code,
        centre: town.centre,
        eventsAfter: input.eventsAfter,
      },
      lang,
      input.tiles,
    )}
    ${busNetworkSection(input.network, lang, input.tiles)}
    <h2>${text.ownDatasets(town[lang])}</h2>
    ${
      own.length === 0
        ? html`<p>${text.noneOwn}</p>`
        : html`<ul>
            ${own.map((dataset) => datasetItem(lang, dataset, dataset.distributions))}
          </ul>`
    }
    <h2>${text.shares(town[lang])}</h2>
    ${
      shares.length === 0
        ? html`<p>${text.noneOwn}</p>`
        : html`<ul>
            ${shares.map((share) => datasetItem(lang, share.dataset, share.files))}
          </ul>`
    }`
  return layout({
    lang,
    title: `${town[lang]} | ${CATALOG_TITLE[lang]}`,
    otherLanguageHref: input.otherLanguageHref,
    body,
    map: input.shelters.some((shelter) => shelter.location !== null) || hasBusMap(input.network),
    scripts: input.shelterSource === 'live' && input.shelters.length > 0 ? [LIVE_SHELTERS_SCRIPT_PATH] : [],
  })
}

function datasetItem(lang: Lang, dataset: DatasetEntry, files: readonly Distribution[]): SafeHtml {
  return html`<li>
    <a href="${localePath(lang, paths.dataset(dataset.id))}">${dataset.title[lang]}</a>
    ${dataset.isSample ? html`<strong class="badge">${TEXT[lang].sampleBadge}</strong>` : null}
    <ul>
      ${files.map(
        (file) => html`<li><a href="${paths.file(file.path)}">${fileLabel(file, lang)}</a> (${file.format})</li>`,
      )}
    </ul>
  </li>`
}

export function notATownPage(lang: Lang, code: string, otherLanguageHref: string): string {
  const text = TEXT[lang]
  const body = html`<h1>${text.notFound}</h1>
    <p>${text.notATown(code)}</p>
    ${partyTownList(lang)}`
  return layout({ lang, title: `${text.notFound} | ${CATALOG_TITLE[lang]}`, otherLanguageHref, body })
}

/** A town page whose live data cannot be read now (status 503, Retry-After): what happened, and what to do. */
export function townUnavailablePage(lang: Lang, code: string, otherLanguageHref: string): string {
  const text = TEXT[lang]
  const town = servedTowns().get(code)?.[lang] ?? code
  const body = html`<h1>${text.townTitle(town)}</h1>
    <p role="status">${text.unavailable}</p>`
  return layout({ lang, title: `${text.unavailableTitle} | ${CATALOG_TITLE[lang]}`, otherLanguageHref, body })
}
