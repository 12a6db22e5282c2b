import { embedSnippet } from '../../embed/embed-snippets.js'
import { DEFAULT_MAP_TILES, type MapTiles } from '../../maps/map-tiles.js'
import { previewMarkers, withPreviewMap } from './dataset-map.js'
import type { BusNetwork } from './bus-network.js'
import { busNetworkSection } from './bus-network-map.js'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { coordinatesOf, type CsvPreview } from './csv-preview.js'
import { html, tableHeading, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { layout, localePath, type Lang } from './portal-layout.js'
import { fileLabel } from './file-labels.js'
import { CATALOG_TITLE } from './site-text.js'
import { listedFilesNote, townFilesSection } from './dataset-town-files.js'
import { listedFiles } from './town-files.js'

/** The portal's pages: plain HTML and a little CSS, usable without JavaScript, Japanese first, English beside. */

const dateFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})
const time = (iso: string) => html`<time datetime="${iso}">${dateFormat.format(new Date(iso))} JST</time>`

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}

/** A Japanese page (English beside) by default; `frame` gives another language and the switch's target. */
function page(
  title: string,
  body: SafeHtml,
  frame: Frame = { lang: 'ja', otherLanguageHref: paths.portal },
  map = false,
): string {
  // The content is bilingual with every English part marked lang="en"; an English frame marks the rest Japanese.
  const content = frame.lang === 'ja' ? body : html`<div lang="ja">${body}</div>`
  return layout({ lang: frame.lang, title, otherLanguageHref: frame.otherLanguageHref, body: content, map })
}

/** Whether a dataset page draws a map: some previewed row has coordinates. */
export const hasPreviewMap = (csv: CsvPreview | null): boolean => csv !== null && previewMarkers(csv).length > 0

export interface Frame {
  lang: Lang
  otherLanguageHref: string
}

const en = (text: string) => html`<span lang="en" class="en">${text}</span>`

/**
 * A label in the page's language: a Japanese page says it in Japanese with the English beside (marked
 * lang="en"), an English page in English only.
 */
export function label(lang: Lang, ja: string, english: string): SafeHtml {
  return lang === 'ja' ? html`${ja} ${en(english)}` : html`${english}`
}
const badge = (lang: Lang, ja: string, english: string) =>
  html`<strong class="badge">${label(lang, ja, english)}</strong>`

/** Sample is decided per row: a dataset where some towns published their real rows is only partly sample. */
const isPartlySample = (dataset: DatasetEntry) =>
  dataset.sampleRowCount !== undefined && dataset.sampleRowCount < dataset.rowCount

export function badgeOf(dataset: DatasetEntry, lang: Lang = 'ja'): SafeHtml | null {
  if (!dataset.isSample) return null
  return isPartlySample(dataset)
    ? badge(lang, '一部サンプルデータ', 'Partly sample data')
    : badge(lang, 'サンプルデータ', 'Sample data')
}

function datasetSampleNote(dataset: DatasetEntry, lang: Lang): SafeHtml | null {
  if (!dataset.isSample) return null
  if (!isPartlySample(dataset))
    return html`<p class="banner" role="note">
      ${label(lang, 'このデータセットはサンプルデータです。実在の施設・数値ではありません。', 'This dataset is sample data, not real records.')}
    </p>`
  const counts = `${dataset.sampleRowCount ?? 0} / ${dataset.rowCount}`
  const english =
    `${counts} rows of this dataset are sample data (generated examples); ` + 'each sample row is marked in the files.'
  return html`<p class="banner" role="note">
    ${label(
      lang,
      `このデータセットの ${counts} 件はサンプルデータ（実在しない例）です。サンプルの行はファイルの各行に示しています。`,
      english,
    )}
  </p>`
}

export function sampleBanner(manifest: ReleaseManifest): SafeHtml | null {
  const samples = manifest.datasets.filter((dataset) => dataset.isSample)
  if (samples.length === 0) return null
  return html`<p class="banner" role="note">
    <strong>このリリースにはサンプルデータが含まれています</strong
    >（${samples.length}件のデータセット）。サンプルの行は実在の施設・数値ではなく、ファイルの各行に示しています。
    ${en('This release contains sample data: marked datasets hold generated example rows, each marked in the files.')}
  </p>`
}

/** The format column: the manifest's format (release-wide files are labelled by their media type by the caller). */
type FormatLabel = (distribution: Distribution) => string
const ENCODINGS = {
  ja: { 'utf8-bom': '（BOM付き UTF-8）', utf8: '（UTF-8）' },
  en: { 'utf8-bom': ' (UTF-8 with BOM)', utf8: ' (UTF-8)' },
}
const formatWithEncoding =
  (lang: Lang): FormatLabel =>
  (distribution) =>
    distribution.format + (distribution.encoding ? ENCODINGS[lang][distribution.encoding] : '')

export function distributionTable(
  caption: string,
  distributions: Distribution[],
  link: (path: string) => string,
  formatLabel?: FormatLabel,
  lang: Lang = 'ja',
): SafeHtml {
  const format = formatLabel ?? formatWithEncoding(lang)
  return html`<div class="scroll" role="region" tabindex="0" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${label(lang, 'ファイル', 'File')}</th>
          <th scope="col">${label(lang, '形式', 'Format')}</th>
          <th scope="col">${label(lang, 'サイズ', 'Size')}</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        ${distributions.map(
          (distribution) =>
            html`<tr>
              <th scope="row">
                <a href="${link(distribution.path)}">${fileLabel(distribution, lang)}</a
                >${lang === 'ja' ? html`<br />${en(fileLabel(distribution, 'en'))}` : null}<br /><code
                  >${distribution.path}</code
                >
              </th>
              <td>${format(distribution)}</td>
              <td class="num">
                ${formatBytes(distribution.byteSize)}<br />${`${distribution.byteSize.toLocaleString('ja-JP')} `}${
                  lang === 'ja' ? 'バイト' : 'bytes'
                }
              </td>
              <td><code class="hash">${distribution.sha256}</code></td>
            </tr> `,
        )}
      </tbody>
    </table>
  </div>`
}

function metadataList(dataset: DatasetEntry, lang: Lang): SafeHtml {
  const publisher = dataset.publisher.name
  return html`<dl>
    <dt>${label(lang, '発行者', 'Publisher')}</dt>
    <dd>${lang === 'ja' ? html`${publisher.ja} ${en(publisher.en)}` : publisher.en}</dd>
    <dt>${label(lang, 'ライセンス', 'License')}</dt>
    <dd>
      <a href="${dataset.license.url}" rel="license">${lang === 'ja' ? dataset.license.title : dataset.license.id}</a>
    </dd>
    <dt>${label(lang, '更新日時', 'Modified')}</dt>
    <dd>${time(dataset.modified)}</dd>
    <dt>${label(lang, '初回公開', 'First published')}</dt>
    <dd>${time(dataset.created)}</dd>
    <dt>${label(lang, '件数', 'Rows')}</dt>
    <dd>${dataset.rowCount.toLocaleString('ja-JP')}</dd>
    <dt>${label(lang, '更新頻度', 'Update frequency')}</dt>
    <dd>${dataset.updateFrequency}</dd>
    <dt>${label(lang, 'キーワード', 'Keywords')}</dt>
    <dd class="keywords">${dataset.keywords.join(lang === 'ja' ? '、' : ', ')}</dd>
  </dl>`
}

function changelogCaption(manifest: ReleaseManifest, lang: Lang): SafeHtml {
  const previous = manifest.previousReleaseId
  if (lang === 'en')
    return html`Rows changed in release ${manifest.releaseId}
    (${previous ? `since release ${previous}` : 'first release'})`
  const since = previous ? `前回リリース ${previous} からの変更` : '初回リリース'
  return html`リリース ${manifest.releaseId} の変更件数（${since}） ${en('Rows changed in this release')}`
}

export function changelogTable(manifest: ReleaseManifest, datasets: DatasetEntry[], lang: Lang = 'ja'): SafeHtml {
  return html`<table>
    <caption>
      ${changelogCaption(manifest, lang)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${label(lang, 'データセット', 'Dataset')}</th>
        <th scope="col">${label(lang, '追加', 'Added')}</th>
        <th scope="col">${label(lang, '変更', 'Changed')}</th>
        <th scope="col">${label(lang, '削除', 'Removed')}</th>
      </tr>
    </thead>
    <tbody>
      ${datasets.map(
        (dataset) =>
          html`<tr>
            <th scope="row"><a href="${localePath(lang, paths.dataset(dataset.id))}">${dataset.title[lang]}</a></th>
            <td class="num">${dataset.changes.added}</td>
            <td class="num">${dataset.changes.changed}</td>
            <td class="num">${dataset.changes.removed}</td>
          </tr> `,
      )}
    </tbody>
  </table>`
}

export function noReleasePage(frame?: Frame): string {
  return page(
    `${CATALOG_TITLE.ja} | ${CATALOG_TITLE.en}`,
    html`<h1>${CATALOG_TITLE.ja} ${en(CATALOG_TITLE.en)}</h1>
      <p role="status">まだリリースが公開されていません。 ${en('No release published yet.')}</p>`,
    frame,
  )
}

/** The first rows of the dataset's CSV as a table, or a note that there is none to preview. */
function previewTable(preview: { file: Distribution; csv: CsvPreview } | null, lang: Lang): SafeHtml {
  const count = preview?.csv.rows.length ?? 0
  return preview
    ? html`<table>
        ${tableHeading(
          label(lang, `${preview.file.path} の先頭 ${count} 行`, `First ${count} rows of ${preview.file.path}`),
          preview.csv.header,
        )}
        <tbody>
          ${preview.csv.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell) => html`<td>${cell}</td>`)}
              </tr> `,
          )}
        </tbody>
      </table>`
    : html`<p>${label(lang, 'プレビューできるCSVがありません。', 'No CSV to preview.')}</p>`
}

/** The previewed rows' coordinates, listed (none: nothing). */
function locationList(coordinates: ReturnType<typeof coordinatesOf>, lang: Lang): SafeHtml | null {
  return coordinates.length > 0
    ? html`<h2>${label(lang, '位置', 'Locations')}</h2>
        <p>
          ${label(
            lang,
            'プレビュー行の座標（緯度, 経度; 世界測地系）',
            'Coordinates of the previewed rows (latitude, longitude; WGS 84)',
          )}
        </p>
        <ul class="locations">
          ${coordinates.map(
            (point) => html`<li>${point.label}: <span class="coord">${point.latitude}, ${point.longitude}</span></li> `,
          )}
        </ul>`
    : null
}

export function datasetPage(
  manifest: ReleaseManifest,
  dataset: DatasetEntry,
  preview: { file: Distribution; csv: CsvPreview } | null,
  /** The origin the embed snippet's URL starts with ('' = a path only). */
  origin = '',
  frame: Frame = { lang: 'ja', otherLanguageHref: paths.portal },
  tiles: MapTiles = DEFAULT_MAP_TILES,
  /** Bus datasets: every stop and the routes on a map of their own (the preview then has no map). */
  network: BusNetwork | null = null,
  /** `?pref=`: beyond a screenful of town files, list this prefecture's (else the parties'). */
  prefecture?: string,
): string {
  const { lang } = frame
  const files = [...listedFiles(dataset, prefecture)]
  const filesNote = listedFilesNote(dataset, lang, prefecture)
  const caption = lang === 'ja' ? `${dataset.title.ja} の配布ファイル（Files）` : `Files of ${dataset.title.en}`
  const coordinates = preview ? coordinatesOf(preview.csv) : []
  const busMap = busNetworkSection(network, lang, tiles)
  const markers = preview && !busMap ? previewMarkers(preview.csv) : []
  const title = lang === 'ja' ? html`${dataset.title.ja} ${en(dataset.title.en)}` : dataset.title.en
  const body = html`<p>
      <a href="${localePath(lang, paths.portal)}">← ${label(lang, 'データセット一覧', 'All datasets')}</a>
    </p>
    <h1>${title}${badgeOf(dataset, lang)}</h1>
    ${lang === 'en' ? html`<p lang="ja">${dataset.title.ja}</p>` : null} ${datasetSampleNote(dataset, lang)}
    ${lang === 'ja' ? html`<p>${dataset.description.ja}</p>` : null}
    <p ${lang === 'ja' ? html`lang="en" class="en"` : null}>${dataset.description.en}</p>
    <h2>${label(lang, 'メタデータ', 'Metadata')}</h2>
    ${metadataList(dataset, lang)}
    <h2>${label(lang, '配布ファイル', 'Distributions')}</h2>
    ${distributionTable(filesNote ? `${caption}: ${filesNote}` : caption, files, paths.file, undefined, lang)}
    <p>
      ${label(lang, 'このリリースに固定されたリンク', 'Links fixed to this release')}:
      ${files.map(
        (distribution, index) =>
          html`${index > 0 ? ' · ' : ''}<a href="${paths.releaseFile(manifest.releaseId, distribution.path)}"
              >${distribution.path}</a
            >`,
      )}
    </p>
    ${townFilesSection(dataset, lang, prefecture)} ${busMap}
    <h2>${label(lang, 'プレビュー', 'Preview')}</h2>
    ${withPreviewMap(previewTable(preview, lang), markers, tiles, lang)} ${locationList(coordinates, lang)}
    ${embedSnippet(dataset.id, preview?.csv ?? null, origin, lang)}
    <h2>${label(lang, '変更履歴', 'Changelog')}</h2>
    ${changelogTable(manifest, [dataset], lang)}`
  return layout({
    lang,
    title: `${dataset.title[lang]} | ${CATALOG_TITLE[lang]}`,
    otherLanguageHref: frame.otherLanguageHref,
    body,
    map: markers.length > 0 || busMap !== null,
  })
}

export function notFoundPage(what: string, frame?: Frame): string {
  return page(
    `見つかりません | ${CATALOG_TITLE.ja}`,
    html`<h1>見つかりません ${en('Not found')}</h1>
      <p>${what}</p>
      <p><a href="${localePath(frame?.lang ?? 'ja', paths.portal)}">データセット一覧へ ${en('All datasets')}</a></p>`,
    frame,
  )
}
