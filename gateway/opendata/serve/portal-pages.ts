import { atomFeedLinks } from '../../events/atom-feeds.js'
import { embedSnippet } from '../../embed/embed-snippets.js'
import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { coordinatesOf, type CsvPreview } from './csv-preview.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { CATALOG_DESCRIPTION, CATALOG_TITLE } from './site-text.js'

/** The portal's pages: plain HTML and a little CSS, usable without JavaScript, Japanese first, English beside. */

const STYLE = `
body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;line-height:1.6;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:#eee}
td.num{text-align:right}code.hash{font-size:.75rem;word-break:break-all}
.badge{display:inline-block;border:2px solid #8a4b00;color:#8a4b00;border-radius:.25rem;padding:0 .4rem;font-size:.85rem;margin-left:.5rem}
.banner{border:2px solid #8a4b00;background:#fff4e0;padding:.75rem;border-radius:.25rem}
.en{color:#555}section{border-top:1px solid #ccc;margin-top:1rem}`

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

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="alternate" type="application/ld+json" href="${paths.catalog}" title="DCAT-AP 3" />
        ${atomFeedLinks()}
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header>
          <nav aria-label="サイト / Site">
            <a href="${paths.portal}">${CATALOG_TITLE.ja}</a> · <a href="${paths.catalog}">DCAT (JSON-LD)</a> ·
            <a href="${paths.ckanAction('package_list')}">CKAN API</a>
          </nav>
        </header>
        <main>${body}</main>
        <footer>
          <p>${CATALOG_DESCRIPTION.ja}</p>
          <p lang="en" class="en">${CATALOG_DESCRIPTION.en}</p>
        </footer>
      </body>
    </html> `.value
}

const en = (text: string) => html`<span lang="en" class="en">${text}</span>`
const sampleBadge = html`<strong class="badge">サンプルデータ ${en('Sample data')}</strong>`
const partlySampleBadge = html`<strong class="badge">一部サンプルデータ ${en('Partly sample data')}</strong>`

/** Sample is decided per row: a dataset where some towns published their real rows is only partly sample. */
const isPartlySample = (dataset: DatasetEntry) =>
  dataset.sampleRowCount !== undefined && dataset.sampleRowCount < dataset.rowCount

function badgeOf(dataset: DatasetEntry): SafeHtml | null {
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
  return html`<p class="banner" role="note">
    このデータセットの ${counts} 件はサンプルデータ（実在しない例）です。サンプルの行はファイルの各行に示しています。
    ${en(`${counts} rows of this dataset are sample data (generated examples); each sample row is marked in the files.`)}
  </p>`
}

function sampleBanner(manifest: ReleaseManifest): SafeHtml | null {
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

function distributionTable(
  caption: string,
  distributions: Distribution[],
  link: (path: string) => string,
  formatLabel: FormatLabel = formatWithEncoding,
): SafeHtml {
  return html`<table>
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
              <a href="${link(distribution.path)}">${distribution.title.ja}</a
              ><br />${en(distribution.title.en)}<br /><code>${distribution.path}</code>
            </th>
            <td>${formatLabel(distribution)}</td>
            <td class="num">
              ${formatBytes(distribution.byteSize)}<br />${distribution.byteSize.toLocaleString('ja-JP')} バイト
            </td>
            <td><code class="hash">${distribution.sha256}</code></td>
          </tr> `,
      )}
    </tbody>
  </table>`
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

function changelogTable(manifest: ReleaseManifest, datasets: DatasetEntry[]): SafeHtml {
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

export function noReleasePage(): string {
  return page(
    `${CATALOG_TITLE.ja} | ${CATALOG_TITLE.en}`,
    html`<h1>${CATALOG_TITLE.ja} ${en(CATALOG_TITLE.en)}</h1>
      <p role="status">まだリリースが公開されていません。 ${en('No release published yet.')}</p>`,
  )
}

export function portalPage(manifest: ReleaseManifest): string {
  const releaseFiles = manifest.files.map((file) => ({
    ...file,
    title: { ja: file.path, en: file.path },
    municipalityCode: null,
    encoding: null,
  }))
  return page(
    `${CATALOG_TITLE.ja} | ${CATALOG_TITLE.en}`,
    html`<h1>${CATALOG_TITLE.ja} ${en(CATALOG_TITLE.en)}</h1>
      ${sampleBanner(manifest)}
      <p>
        リリース <code>${manifest.releaseId}</code>（公開 ${time(manifest.publishedAt)}）・データセット
        ${manifest.datasets.length} 件 ${en(`Release ${manifest.releaseId}, ${manifest.datasets.length} datasets`)}
      </p>
      <h2>データセット一覧 ${en('Datasets')}</h2>
      ${manifest.datasets.map(
        (dataset) =>
          html`<section aria-labelledby="dataset-${dataset.id}">
            <h3 id="dataset-${dataset.id}">
              <a href="${paths.dataset(dataset.id)}">${dataset.title.ja}</a>
              ${en(dataset.title.en)}${badgeOf(dataset)}
            </h3>
            <p>${dataset.description.ja}</p>
            <p lang="en" class="en">${dataset.description.en}</p>
            ${metadataList(dataset)}
            ${distributionTable(`${dataset.title.ja} の配布ファイル（Files）`, dataset.distributions, paths.file)}
          </section> `,
      )}
      <h2>リリース全体のファイル ${en('Release-wide files')}</h2>
      ${releaseFiles.length > 0 ? distributionTable('リリース全体のファイル（Release-wide files）', releaseFiles, paths.file, (file) => file.mediaType) : html`<p>なし ${en('None')}</p>`}
      <h2>変更履歴 ${en('Changelog')}</h2>
      ${changelogTable(manifest, manifest.datasets)}
      <h2>機械可読なカタログ ${en('Machine-readable catalogs')}</h2>
      <ul>
        <li><a href="${paths.catalog}">DCAT-AP 3 (JSON-LD)</a></li>
        <li><a href="${paths.ckanAction('package_list')}">CKAN Action API: package_list</a></li>
        <li><a href="${paths.ckanAction('package_search')}">CKAN Action API: package_search</a></li>
        <li>
          <a href="${paths.ckanAction('organization_list')}?all_fields=true">CKAN Action API: organization_list</a>
        </li>
      </ul>`,
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
): string {
  const coordinates = preview ? coordinatesOf(preview.csv) : []
  return page(
    `${dataset.title.ja} | ${CATALOG_TITLE.ja}`,
    html`<p><a href="${paths.portal}">← データセット一覧 ${en('All datasets')}</a></p>
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
      ${previewTable(preview)} ${locationList(coordinates)} ${embedSnippet(dataset.id, preview?.csv ?? null, origin)}
      <h2>変更履歴 ${en('Changelog')}</h2>
      ${changelogTable(manifest, [dataset])}`,
  )
}

export function notFoundPage(what: string): string {
  return page(
    `見つかりません | ${CATALOG_TITLE.ja}`,
    html`<h1>見つかりません ${en('Not found')}</h1>
      <p>${what}</p>
      <p><a href="${paths.portal}">データセット一覧へ ${en('All datasets')}</a></p>`,
  )
}
