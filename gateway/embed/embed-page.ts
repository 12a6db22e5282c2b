import { html, type SafeHtml } from '../opendata/serve/html.js'
import type { EmbedTheme } from './embed-params.js'

/**
 * The frame shared by every widget: small, no external font or image, themed by query parameters through
 * CSS custom properties (the accent colour is validated before it gets here), readable at 320 px wide.
 */

const PALETTES = {
  light: { bg: '#ffffff', fg: '#1a1a1a', muted: '#555555', line: '#cccccc' },
  dark: { bg: '#121212', fg: '#f2f2f2', muted: '#bbbbbb', line: '#444444' },
}

function themeStyle(theme: EmbedTheme): string {
  const palette = PALETTES[theme.theme]
  return `:root{--bg:${palette.bg};--fg:${palette.fg};--muted:${palette.muted};--line:${palette.line};
--accent:${theme.accent};color-scheme:${theme.theme}}
body{font-family:system-ui,sans-serif;margin:0;padding:.5rem;background:var(--bg);color:var(--fg);
line-height:1.4;font-size:14px}h1{font-size:1.1rem;margin:0 0 .4rem;border-bottom:3px solid var(--accent)}
a{color:var(--accent)}table{border-collapse:collapse;width:100%}caption{text-align:left;color:var(--muted)}
th,td{border-bottom:1px solid var(--line);padding:.25rem;text-align:left;vertical-align:top}
.note{color:var(--muted);font-size:.85rem;margin:.3rem 0}.open{font-weight:bold;color:var(--accent)}
.layout{display:flex;flex-wrap:wrap;gap:.5rem}.map{flex:1 1 18rem;min-height:18rem}
.list{flex:1 1 18rem;overflow-x:auto}`
}

export interface EmbedPageParts {
  title: string
  theme: EmbedTheme
  /** Same-origin stylesheets and scripts (deferred). */
  styles?: string[]
  scripts: string[]
  body: SafeHtml
}

export function embedPage(parts: EmbedPageParts): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${parts.title}</title>
        ${(parts.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}" />`)}
        <style>
          ${themeStyle(parts.theme)}
        </style>
        ${parts.scripts.map((src) => html`<script src="${src}" defer></script>`)}
      </head>
      <body>
        ${parts.body}
      </body>
    </html>`.toString()
}

/** A bare page of the embed: a heading and a line or two, readable inside a municipal site's frame. */
function messagePage(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`.toString()
}

/** The page a bad parameter gets (status 400): which parameter and what is wrong with it. */
export function badParameterPage(parameter: string, message: string): string {
  return messagePage(
    `Bad parameter: ${parameter}`,
    html`<h1>パラメータ <code>${parameter}</code> が正しくありません</h1>
      <p>${message}</p>`,
  )
}

/** The page a parameter naming nothing gets (status 404), e.g. a stop id that is not in the operator's feed. */
export function notFoundParameterPage(parameter: string, message: string): string {
  return messagePage(
    `Not found: ${parameter}`,
    html`<h1>パラメータ <code>${parameter}</code> に当たるものがありません</h1>
      <p lang="en">Nothing matches the parameter <code>${parameter}</code>: ${message}</p>`,
  )
}

/** The page when the data behind a widget cannot be read now (status 503 with Retry-After). */
export function unavailablePage(retryAfterSeconds: number): string {
  return messagePage(
    '一時的に表示できません Temporarily unavailable',
    html`<h1>一時的に表示できません</h1>
      <p role="status">データを読み込めませんでした。${retryAfterSeconds} 秒ほどしてから再読み込みしてください。</p>
      <p lang="en">Temporarily unavailable: the data could not be read. Please reload in a minute.</p>`,
  )
}
