import { embedSnippet } from '../../embed/embed-snippets.js'
import { DEFAULT_MAP_TILES, type MapTiles } from '../../maps/map-tiles.js'
import { previewMarkers, withPreviewMap } from './dataset-map.js'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { coordinatesOf, type CsvPreview } from './csv-preview.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { layout, localePath, type Lang } from './portal-layout.js'
import { fileLabel } from './file-labels.js'
import { CATALOG_TITLE } from './site-text.js'

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
const sampleBadge = html`<strong class="badge">サンプルデータ ${en('Sample data')}</strong>`
const partlySampleBadge = html`<strong class="badge">一部サンプルデータ ${en('Partly sample data')}</strong>`

/** Sample is decided per row: a dataset where some towns published their real rows is only partly sample. */
const isPartlySample = (dataset: DatasetEntry) =>
  dataset.sampleRowCount !== undefined && dataset.sampleRowCount < dataset.rowCount

export function badgeOf(dataset: DatasetEntry): SafeHtml | null {
  if (!dataset.isSample) return null
  return isPartlySample(dataset) ? partlySampleBadge : sampleBadge
}

function datasetSampleNote(dataset: DatasetEntry): SafeHtml | null {
  if (!dataset.isSample) return null
  if (!isPartlySample(dataset))
    return html`<p class="banner" role="note">
      このデータセットはサンプルデータです。実在の施設・数値ではありません。
      ${en('This dataset is sample data, not real records.')}
    </p>`
  const counts = `${dataset.sampleRowCount ?? 0} / ${dataset.rowCount}`
  const english =
    `${counts} rows of this dataset are sample data (generated examples); ` + 'each sample row is marked in the files.'
  return html`<p class="banner" role="note">
    このデータセットの ${counts} 件はサンプルデータ（実在しない例）です。サンプルの行はファイルの各行に示しています。
    ${en(english)}
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
const formatWithEncoding: FormatLabel = (distribution) =>
  distribution.format +
  (distribution.encoding === 'utf8-bom' ? '（BOM付き UTF-8）' : distribution.encoding === 'utf8' ? '（UTF-8）' : '')

export function distributionTable(
  caption: string,
  distributions: Distribution[],
  link: (path: string) => string,
  formatLabel: FormatLabel = formatWithEncoding,
): SafeHtml {
  return html`<div class="scroll" role="region" tabindex="0" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">ファイル ${en('File')}</th>
          <th scope="col">形式 ${en('Format')}</th>
          <th scope="col">サイズ ${en('Size')}</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        ${distributions.map(
          (distribution) =>
            html`<tr>
              <th scope="row">
                <a href="${link(distribution.path)}">${fileLabel(distribution, 'ja')}</a
                ><br />${en(fileLabel(distribution, 'en'))}<br /><code>${distribution.path}</code>
              </th>
              <td>${formatLabel(distribution)}</td>
              <td class="num">
                ${formatBytes(distribution.byteSize)}<br />${distribution.byteSize.toLocaleString('ja-JP')} バイト
              </td>
              <td><code class="hash">${distribution.sha256}</code></td>
            </tr> `,
        )}
      </tbody>
    </table>
  </div>`
}

function metadataList(dataset: DatasetEntry): SafeHtml {
  return html`<dl>
    <dt>発行者 ${en('Publisher')}</dt>
    <dd>${dataset.publisher.name.ja} ${en(dataset.publisher.name.en)}</dd>
    <dt>ライセンス ${en('License')}</dt>
    <dd><a href="${dataset.license.url}" rel="license">${dataset.license.title}</a></dd>
    <dt>更新日時 ${en('Modified')}</dt>
    <dd>${time(dataset.modified)}</dd>
    <dt>初回公開 ${en('First published')}</dt>
    <dd>${time(dataset.created)}</dd>
    <dt>件数 ${en('Rows')}</dt>
    <dd>${dataset.rowCount.toLocaleString('ja-JP')}</dd>
    <dt>更新頻度 ${en('Update frequency')}</dt>
    <dd>${dataset.updateFrequency}</dd>
    <dt>キーワード ${en('Keywords')}</dt>
    <dd>${dataset.keywords.join('、')}</dd>
  </dl>`
}

export function changelogTable(manifest: ReleaseManifest, datasets: DatasetEntry[]): SafeHtml {
  const since = manifest.previousReleaseId ? `前回リリース ${manifest.previousReleaseId} からの変更` : '初回リリース'
  return html`<table>
    <caption>
      リリース ${manifest.releaseId} の変更件数（${since}） ${en('Rows changed in this release')}
    </caption>
    <thead>
      <tr>
        <th scope="col">データセット ${en('Dataset')}</th>
        <th scope="col">追加 ${en('Added')}</th>
        <th scope="col">変更 ${en('Changed')}</th>
        <th scope="col">削除 ${en('Removed')}</th>
      </tr>
    </thead>
    <tbody>
      ${datasets.map(
        (dataset) =>
          html`<tr>
            <th scope="row"><a href="${paths.dataset(dataset.id)}">${dataset.title.ja}</a></th>
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
function previewTable(preview: { file: Distribution; csv: CsvPreview } | null): SafeHtml {
  return preview
    ? html`<table>
        <caption>
          ${preview.file.path} の先頭 ${preview.csv.rows.length} 行
          ${en(`First ${preview.csv.rows.length} rows of ${preview.file.path}`)}
        </caption>
        <thead>
          <tr>
            ${preview.csv.header.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${preview.csv.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell) => html`<td>${cell}</td>`)}
              </tr> `,
          )}
        </tbody>
      </table>`
    : html`<p>プレビューできるCSVがありません。 ${en('No CSV to preview.')}</p>`
}

/** The previewed rows' coordinates, listed (none: nothing). */
function locationList(coordinates: ReturnType<typeof coordinatesOf>): SafeHtml | null {
  return coordinates.length > 0
    ? html`<h2>位置 ${en('Locations')}</h2>
        <p>
          プレビュー行の座標（緯度, 経度; 世界測地系） ${en('Coordinates of the previewed rows (latitude, longitude)')}
        </p>
        <ul>
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
  frame?: Frame,
  tiles: MapTiles = DEFAULT_MAP_TILES,
): string {
  const coordinates = preview ? coordinatesOf(preview.csv) : []
  const markers = preview ? previewMarkers(preview.csv) : []
  return page(
    `${dataset.title.ja} | ${CATALOG_TITLE.ja}`,
    html`<p><a href="${localePath(frame?.lang ?? 'ja', paths.portal)}">← データセット一覧 ${en('All datasets')}</a></p>
      <h1>${dataset.title.ja} ${en(dataset.title.en)}${badgeOf(dataset)}</h1>
      ${datasetSampleNote(dataset)}
      <p>${dataset.description.ja}</p>
      <p lang="en" class="en">${dataset.description.en}</p>
      <h2>メタデータ ${en('Metadata')}</h2>
      ${metadataList(dataset)}
      <h2>配布ファイル ${en('Distributions')}</h2>
      ${distributionTable(`${dataset.title.ja} の配布ファイル（Files）`, dataset.distributions, paths.file)}
      <p>
        このリリースに固定されたリンク ${en('Links fixed to this release')}:
        ${dataset.distributions.map(
          (distribution, index) =>
            html`${index > 0 ? ' · ' : ''}<a href="${paths.releaseFile(manifest.releaseId, distribution.path)}"
                >${distribution.path}</a
              >`,
        )}
      </p>
      <h2>プレビュー ${en('Preview')}</h2>
      ${withPreviewMap(previewTable(preview), markers, tiles)} ${locationList(coordinates)}
      ${embedSnippet(dataset.id, preview?.csv ?? null, origin)}
      <h2>変更履歴 ${en('Changelog')}</h2>
      ${changelogTable(manifest, [dataset])}`,
    frame,
    markers.length > 0,
  )
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
