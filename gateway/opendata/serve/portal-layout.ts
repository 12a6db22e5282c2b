import { atomFeedLinks } from '../../events/atom-feeds.js'
import { MAP_SCRIPTS, MAP_STYLES } from '../../maps/map-markup.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { CATALOG_DESCRIPTION, CATALOG_TITLE } from './site-text.js'

/**
 * The frame of every portal page: one language per page (`lang` on <html>), a switch to the other language that
 * keeps the page and its query.
 */

export type Lang = 'ja' | 'en'

/**
 * Phone first: nothing may be wider than 360 px, so long words (file paths, hashes) wrap and tables scroll inside
 * their own focusable box; focus is always visible for keyboard users.
 */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;line-height:1.6;margin:0 auto;
  max-width:72rem;padding:1rem;color:#1a1a1a;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eee}
td.num{text-align:right}
code{overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere}
code.hash{font-size:.75rem;word-break:break-all}
.scroll{overflow-x:auto;max-width:100%}
a{color:#0645ad}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,.scroll:focus-visible{
  outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.badge{display:inline-block;border:2px solid #8a4b00;color:#8a4b00;border-radius:.25rem;padding:0 .4rem;
  font-size:.85rem;margin-left:.5rem}
.banner{border:2px solid #8a4b00;background:#fff4e0;padding:.75rem;border-radius:.25rem}
.en{color:#555}
section{border-top:1px solid #ccc;margin-top:1rem}
header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
form.search input[type=search]{flex:1 1 12rem;min-width:0;font-size:1rem;padding:.4rem}
form.search button{font-size:1rem;padding:.4rem .8rem}
.facets ul{list-style:none;padding:0;margin:0 0 1rem}
.facets li{margin:.2rem 0}
.facets a[aria-current]{font-weight:bold}
.results{list-style:none;padding:0}
.results>li{border-top:1px solid #ccc;padding:.5rem 0}
.pager{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.map-layout{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.map-layout .map,.map-layout .scroll{flex:1 1 18rem;min-width:0}.map{min-height:20rem}
@media (min-width:48rem){.layout{display:grid;grid-template-columns:15rem minmax(0,1fr);gap:1.5rem}}`

export interface PageOptions {
  lang: Lang
  title: string
  /** The same page in the other language (with its query), for the switch. */
  otherLanguageHref: string
  body: SafeHtml
  /** The page draws a map: link Leaflet and /assets/maps/map.js (its CSP must allow them). */
  map?: boolean
  /** Same-origin scripts after the map's (the town page's live shelter list). */
  scripts?: readonly string[]
}

const SWITCH = {
  ja: { label: 'English', lang: 'en' },
  en: { label: '日本語', lang: 'ja' },
} as const

const NAV = {
  ja: { site: 'サイト', skip: '本文へ移動' },
  en: { site: 'Site', skip: 'Skip to content' },
} as const

export function layout(options: PageOptions): string {
  const { lang } = options
  const other = SWITCH[lang]
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title}</title>
        <link rel="alternate" type="application/ld+json" href="${paths.catalog}" title="DCAT-AP 3" />
        <link rel="alternate" hreflang="${other.lang}" href="${options.otherLanguageHref}" />
        ${atomFeedLinks()}
        ${
          options.map
            ? html`${MAP_STYLES.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
              ${[...MAP_SCRIPTS, ...(options.scripts ?? [])].map((src) => html`<script src="${src}" defer></script>`)}`
            : null
        }
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">${NAV[lang].skip}</a>
        <header>
          <nav aria-label="${NAV[lang].site}">
            <a href="${localePath(lang, paths.portal)}">${CATALOG_TITLE[lang]}</a>
            <a href="${paths.catalog}">DCAT (JSON-LD)</a>
            <a href="${paths.ckanAction('package_list')}">CKAN API</a>
            <a href="${options.otherLanguageHref}" hreflang="${other.lang}" lang="${other.lang}" class="lang-switch"
              >${other.label}</a
            >
          </nav>
        </header>
        <main id="main">${options.body}</main>
        <footer>
          <p>${CATALOG_DESCRIPTION[lang]}</p>
        </footer>
      </body>
    </html> `.value
}

/** `/opendata/…` in a language: English pages live under `/opendata/en/…`. */
export function localePath(lang: Lang, path: string): string {
  if (lang === 'ja' || !path.startsWith('/opendata/')) return path
  return `/opendata/en/${path.slice('/opendata/'.length)}`
}

/** The address of the same page in the other language, query kept (`url` is the request's path and query). */
export function otherLanguageUrl(lang: Lang, url: string): string {
  if (lang === 'ja') return localePath('en', url)
  return url.startsWith('/opendata/en/') ? `/opendata/${url.slice('/opendata/en/'.length)}` : url
}
