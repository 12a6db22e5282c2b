import { html, type SafeHtml } from '../opendata/serve/html.js'
import { servedTowns } from '../opendata/serve/towns.js'

/**
 * The one-line `<iframe>` a town's web master pastes, shown on the dataset page the widget draws from. The
 * example values come from the dataset's preview where it has them (so the line works as shown), with the
 * first served town otherwise (the agreement's first signatory, from the data).
 */

interface Preview {
  header: string[]
  rows: string[][]
}

function firstValue(preview: Preview | null, column: string): string | null {
  const index = preview?.header.indexOf(column) ?? -1
  const value = index >= 0 ? preview?.rows[0]?.[index] : undefined
  return value ? value : null
}

function widgetOf(datasetId: string, preview: Preview | null): { path: string; title: string; height: number } | null {
  if (datasetId === 'evacuation-space') {
    const town = firstValue(preview, '市区町村コード') ?? servedTowns().keys().next().value
    if (town === undefined) return null
    return { path: `/embed/shelters?town=${town}`, title: '避難所', height: 520 }
  }
  if (datasetId === 'bus-stops') {
    const operator = firstValue(preview, '事業者ID')
    const stop = firstValue(preview, '停留所ID')
    if (!operator || !stop) return null
    const query = new URLSearchParams({ operator, stop })
    return { path: `/embed/departures?${query.toString()}`, title: '発車案内', height: 320 }
  }
  return null
}

/** The snippet section for a dataset page, or null when no widget draws from this dataset. */
export function embedSnippet(
  datasetId: string,
  preview: Preview | null,
  origin: string,
  lang: 'ja' | 'en' = 'ja',
): SafeHtml | null {
  const widget = widgetOf(datasetId, preview)
  if (!widget) return null
  const line =
    `<iframe src="${origin}${widget.path}" title="${widget.title}" ` +
    `width="100%" height="${widget.height}" style="border:0"></iframe>`
  if (lang === 'en')
    return html`<h2>Embed</h2>
      <p>One line for a municipal site (<code>theme=dark</code> and <code>accent=</code>colour change its look):</p>
      <pre><code data-embed-snippet>${line}</code></pre>`
  return html`<h2>埋め込み <span lang="en">Embed</span></h2>
    <p>
      町のサイトに貼り付ける1行(<code>theme=dark</code>、<code>accent=</code>色 で見た目を変えられます)
      <span lang="en">One line for a municipal site (theme and accent change its look)</span>:
    </p>
    <pre><code data-embed-snippet>${line}</code></pre>`
}
