import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { layout, localePath, type Lang } from './portal-layout.js'
import { prefectureOf } from '../../../lib/prefectures.js'
import { TEXT } from './portal-text.js'
import { CATALOG_TITLE } from './site-text.js'
import { servedTowns, type TownLabel } from './towns.js'

/**
 * Pages that name served towns stay small however many there are (9 in the sample, 1,741 nationwide): the portal
 * and the 404 page list the agreement's parties plainly and link the others through `/opendata/towns/`, which
 * lists the prefectures (from the first two digits of each code), one prefecture's towns (`?pref=01`), or the towns
 * whose name or code contains a word (`?q=`). No page lists every town.
 */

/** Matches shown for a word; more are counted, not listed. */
const MAX_MATCHES = 100

const townLink = (lang: Lang, code: string, town: TownLabel) =>
  html`<a href="${localePath(lang, paths.town(code))}">${town[lang]}</a>`

/** The agreement's parties in signing order. */
function parties(): [string, TownLabel][] {
  return [...servedTowns()].filter(([, town]) => town.party)
}

/** The link to the town index, when the platform serves towns besides the parties; null in the sample. */
function allTownsLink(lang: Lang): SafeHtml | null {
  const count = servedTowns().size
  if (count === parties().length) return null
  return html`<p><a href="${localePath(lang, paths.towns)}">${TEXT[lang].allTowns(count)}</a></p>`
}

/** The portal's town section: the parties, then (beyond the sample) the way to every other served town. */
export function townsSection(lang: Lang): SafeHtml {
  return html`<h2>${TEXT[lang].towns}</h2>
    <ul>
      ${parties().map(([code, town]) => html`<li>${townLink(lang, code, town)}</li>`)}
    </ul>
    ${allTownsLink(lang)}`
}

/** The 404 page's list: the parties with their codes, and the way to the others. */
export function partyTownList(lang: Lang): SafeHtml {
  const list = parties()
  return html`<h2>${TEXT[lang].partyList(list.length)}</h2>
    <ul>
      ${list.map(([code, town]) => html`<li>${townLink(lang, code, town)} (${code})</li>`)}
    </ul>
    ${allTownsLink(lang)}`
}

export interface TownIndexQuery {
  /** A prefecture's two digits. */
  pref?: string | undefined
  /** A word of a town's name (Japanese or English) or its code. */
  q?: string | undefined
}

/** Reads `?pref=&q=` leniently: anything else is ignored (the index itself is shown). */
export function parseTownIndexQuery(query: Record<string, unknown>): TownIndexQuery {
  const pref = typeof query['pref'] === 'string' && /^\d{2}$/.test(query['pref']) ? query['pref'] : undefined
  const q = typeof query['q'] === 'string' ? query['q'].trim().slice(0, 100) : ''
  return { pref, q: q === '' ? undefined : q }
}

function searchForm(lang: Lang, q: string | undefined): SafeHtml {
  const text = TEXT[lang]
  return html`<form class="search" method="get" action="${localePath(lang, paths.towns)}" role="search">
    <label for="town-q">${text.townSearchLabel}</label>
    <input type="search" id="town-q" name="q" value="${q ?? ''}" />
    <button type="submit">${text.searchButton}</button>
  </form>`
}

function itemOf(lang: Lang, code: string, town: TownLabel): SafeHtml {
  const where = town.party ? null : html`, ${prefectureOf(code)?.[lang] ?? ''}`
  return html`<li>${townLink(lang, code, town)} (${code}${where})</li>`
}

type Entries = [string, TownLabel][]

const backToIndex = (lang: Lang) =>
  html`<p><a href="${localePath(lang, paths.towns)}">${TEXT[lang].backToIndex}</a></p>`

/** The towns whose code starts with the word or whose name contains it, the first hundred listed. */
function matchesContent(lang: Lang, towns: Entries, q: string): SafeHtml {
  const text = TEXT[lang]
  const word = q.toLowerCase()
  const matches = towns.filter(
    ([code, town]) => code.startsWith(word) || town.ja.includes(q) || town.en.toLowerCase().includes(word),
  )
  return html`<h2>${text.townMatches(q, matches.length)}</h2>
    ${matches.length > MAX_MATCHES ? html`<p>${text.firstMatches(MAX_MATCHES)}</p>` : null}
    <ul>
      ${matches.slice(0, MAX_MATCHES).map(([code, town]) => itemOf(lang, code, town))}
    </ul>
    ${backToIndex(lang)}`
}

/** One prefecture's towns; null when none is served there (a 404). */
function prefectureContent(lang: Lang, pref: string, inPrefecture: Entries): SafeHtml | null {
  const prefecture = prefectureOf(pref)
  if (inPrefecture.length === 0 || !prefecture) return null
  return html`<h2>${TEXT[lang].prefectureTowns(prefecture[lang], inPrefecture.length)}</h2>
    <ul>
      ${inPrefecture.map(([code, town]) => itemOf(lang, code, town))}
    </ul>
    ${backToIndex(lang)}`
}

/** The parties, then the prefectures with how many towns each. */
function indexContent(lang: Lang, byPrefecture: Map<string, Entries>): SafeHtml {
  const text = TEXT[lang]
  const list = parties()
  return html`${
      list.length > 0
        ? html`<h2>${text.partyList(list.length)}</h2>
            <ul>
              ${list.map(([code, town]) => html`<li>${townLink(lang, code, town)} (${code})</li>`)}
            </ul>`
        : null
    }
    <h2>${text.byPrefecture}</h2>
    <ul>
      ${[...byPrefecture]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([code, entries]) =>
            html`<li>
              <a href="${localePath(lang, paths.towns)}?pref=${code}">${prefectureOf(code)?.[lang] ?? code}</a>
              (${entries.length})
            </li>`,
        )}
    </ul>`
}

/** `/opendata/towns/`: the status and the page. */
export function townIndexPage(
  lang: Lang,
  query: TownIndexQuery,
  otherLanguageHref: string,
): { status: number; page: string } {
  const text = TEXT[lang]
  const towns = [...servedTowns()]
  const byPrefecture = new Map<string, Entries>()
  for (const entry of towns) {
    const prefecture = entry[0].slice(0, 2)
    const entries = byPrefecture.get(prefecture)
    if (entries) entries.push(entry)
    else byPrefecture.set(prefecture, [entry])
  }
  let status = 200
  let content: SafeHtml
  if (query.q !== undefined) content = matchesContent(lang, towns, query.q)
  else if (query.pref !== undefined) {
    const found = prefectureContent(lang, query.pref, byPrefecture.get(query.pref) ?? [])
    if (!found) status = 404
    content =
      found ??
      html`<p>${text.noPrefecture(query.pref)}</p>
        ${backToIndex(lang)}`
  } else content = indexContent(lang, byPrefecture)
  const body = html`<h1>${text.townIndexTitle}</h1>
    <p>${text.townIndexIntro(towns.length, byPrefecture.size)}</p>
    ${searchForm(lang, query.q)} ${content}`
  const title = `${text.townIndexTitle} | ${CATALOG_TITLE[lang]}`
  return { status, page: layout({ lang, title, otherLanguageHref, body }) }
}
