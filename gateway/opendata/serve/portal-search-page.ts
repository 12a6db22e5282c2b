import type { DatasetEntry, Distribution, ReleaseManifest } from '../release-manifest.js'
import { municipalityCodesOf } from './catalog-model.js'
import { fileLabel } from './file-labels.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { layout, localePath, type Lang } from './portal-layout.js'
import { changelogTable, distributionTable, sampleBanner } from './portal-pages.js'
import {
  FACETS,
  queryString,
  type Facet,
  type FacetCount,
  type PortalQuery,
  type PortalResults,
} from './portal-search.js'
import { TEXT } from './portal-text.js'
import { CATALOG_TITLE } from './site-text.js'
import { themeTitle } from './themes.js'
import { listedFiles, TOWN_LIST_LIMIT } from './town-files.js'
import { townOf } from './towns.js'
import { townsSection } from './town-index.js'

/** The portal's front page: a search form, facets, one page of results, then the release's own files. */

export interface SearchPageInput {
  lang: Lang
  manifest: ReleaseManifest
  query: PortalQuery
  results: PortalResults
  otherLanguageHref: string
}

export function searchPage(input: SearchPageInput): string {
  const { lang, manifest, query, results } = input
  const text = TEXT[lang]
  const title = query.q ? `${text.resultsFor(query.q)} | ${CATALOG_TITLE[lang]}` : CATALOG_TITLE[lang]
  const body = html`<h1>${CATALOG_TITLE[lang]}</h1>
    ${lang === 'ja' ? sampleBanner(manifest) : englishSampleBanner(manifest)}
    <p>${text.release(manifest.releaseId, manifest.datasets.length)}</p>
    ${searchForm(lang, query)}
    <div class="layout">
      ${facetNav(lang, query, results)}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">${text.results(results.total)}</h2>
        ${
          results.datasets.length === 0
            ? html`<p>${text.none}</p>`
            : html`<ol class="results">
                ${results.datasets.map((dataset) => resultItem(lang, dataset))}
              </ol>`
        }
        ${pager(lang, query, results)}
      </section>
    </div>
    ${townsSection(lang)} ${releaseSections(lang, manifest)}`
  return layout({ lang, title, otherLanguageHref: input.otherLanguageHref, body })
}

function englishSampleBanner(manifest: ReleaseManifest): SafeHtml | null {
  const count = manifest.datasets.filter((dataset) => dataset.isSample).length
  if (count === 0) return null
  return html`<p class="banner" role="note">
    <strong>This release contains sample data</strong> (${count} dataset${count === 1 ? '' : 's'}): sample rows are
    generated examples, not real facilities or figures, and each is marked in the files.
  </p>`
}

function searchForm(lang: Lang, query: PortalQuery): SafeHtml {
  const text = TEXT[lang]
  // The chosen facets ride along as hidden fields, so a new word searches within them (no JavaScript needed).
  return html`<form class="search" method="get" action="${localePath(lang, paths.portal)}" role="search">
    <label for="q">${text.searchLabel}</label>
    <input type="search" id="q" name="q" value="${query.q}" />
    ${FACETS.map((facet) => {
      const value = query.facets[facet]
      return value === undefined ? null : html`<input type="hidden" name="${facet}" value="${value}" />`
    })}
    <button type="submit">${text.searchButton}</button>
  </form>`
}

export function facetValueLabel(lang: Lang, facet: Facet, value: string): string {
  if (facet === 'town') return townOf(value)[lang]
  if (facet === 'theme') return themeTitle(value)[lang]
  if (facet === 'sample') return value === 'sample' || value === 'real' ? TEXT[lang].sample[value] : value
  return value
}

const NO_FACETS = { town: undefined, theme: undefined, format: undefined, sample: undefined }

function facetNav(lang: Lang, query: PortalQuery, results: PortalResults): SafeHtml {
  const text = TEXT[lang]
  const base = localePath(lang, paths.portal)
  const chosen = FACETS.some((facet) => query.facets[facet] !== undefined)
  return html`<nav class="facets" aria-label="${text.filters}">
    <h2>${text.filters}</h2>
    ${chosen ? html`<p><a href="${base}${queryString(query, NO_FACETS)}">${text.clear}</a></p>` : null}
    ${FACETS.map(
      (facet) =>
        html`<h3 id="facet-${facet}">${text.facet[facet]}</h3>
          <ul aria-labelledby="facet-${facet}">
            ${shownFacetValues(facet, query, results.facetCounts[facet]).map(({ value, count }) => {
              const current = query.facets[facet] === value
              const label = facetValueLabel(lang, facet, value)
              // A chosen value links to its removal; the others replace the facet's choice (one per facet).
              const href = base + queryString(query, { [facet]: current ? undefined : value })
              return html`<li>
                <a href="${href}" ${current ? html`aria-current="true"` : null}
                  >${current ? html`✓ ` : null}${label}
                  (${count})${current ? html` <span>— ${text.remove}</span>` : null}</a
                >
              </li>`
            })}
          </ul>
          ${facet === 'town' ? moreTownsLink(lang, results.facetCounts.town.length - shown(query, results)) : null}`,
    )}
  </nav>`
}

/**
 * Up to a screenful of towns are offered as they are; beyond that (a nationwide deployment: 1,741) only the
 * agreement's parties and the chosen town, and a link to the town index, whose town pages search their datasets.
 */
function shownFacetValues(facet: Facet, query: PortalQuery, counts: readonly FacetCount[]): readonly FacetCount[] {
  if (facet !== 'town' || counts.length <= TOWN_LIST_LIMIT) return counts
  return counts.filter(({ value }) => townOf(value).party || value === query.facets.town)
}

const shown = (query: PortalQuery, results: PortalResults) =>
  shownFacetValues('town', query, results.facetCounts.town).length

function moreTownsLink(lang: Lang, hidden: number): SafeHtml | null {
  if (hidden <= 0) return null
  return html`<p><a href="${localePath(lang, paths.towns)}">${TEXT[lang].moreTowns(hidden)}</a></p>`
}

function resultItem(lang: Lang, dataset: DatasetEntry): SafeHtml {
  const text = TEXT[lang]
  const other: Lang = lang === 'ja' ? 'en' : 'ja'
  const towns = municipalityCodesOf(dataset)
  const formats = [...new Set(dataset.distributions.map((distribution) => distribution.format))]
  const files = listedFiles(dataset)
  return html`<li>
    <h3 id="dataset-${dataset.id}">
      <a href="${localePath(lang, paths.dataset(dataset.id))}">${dataset.title[lang]}</a>
      ${dataset.isSample ? html`<strong class="badge">${text.sampleBadge}</strong>` : null}
    </h3>
    <p>${dataset.description[lang]}</p>
    <p lang="${other}" class="en">${dataset.title[other]}</p>
    <dl>
      <dt>${text.theme}</dt>
      <dd>${themeTitle(dataset.theme)[lang]}</dd>
      ${
        towns.length > 0
          ? html`<dt>${text.coverage}</dt>
              <dd>
                ${coveredTowns(towns).map(
                  (code, index) =>
                    html`${index > 0 ? (lang === 'ja' ? '、' : ', ') : ''}<a
                        href="${localePath(lang, paths.town(code))}"
                        >${townOf(code)[lang]}</a
                      >`,
                )}
                ${
                  towns.length > coveredTowns(towns).length
                    ? html` ${TEXT[lang].moreTowns(towns.length - coveredTowns(towns).length)}`
                    : null
                }
              </dd>`
          : null
      }
      <dt>${text.formats}</dt>
      <dd>${formats.join(', ')}</dd>
      <dt>${text.files}</dt>
      <dd>
        <ul>
          ${files.map((file) => html`<li><a href="${paths.file(file.path)}">${fileLabel(file, lang)}</a></li>`)}
        </ul>
        ${
          files.length < dataset.distributions.length
            ? html`<p>
                <a href="${localePath(lang, paths.dataset(dataset.id))}"
                  >${text.moreFiles(unlistedTowns(dataset, files))}</a
                >
              </p>`
            : null
        }
      </dd>
    </dl>
  </li>`
}

/** A dataset's towns as its result names them: all up to the limit, beyond it the parties among them. */
function coveredTowns(codes: readonly string[]): readonly string[] {
  return codes.length <= TOWN_LIST_LIMIT ? codes : codes.filter((code) => townOf(code).party)
}

/** How many towns have files a result does not list (their files are on the dataset's page, by prefecture). */
function unlistedTowns(dataset: DatasetEntry, listed: readonly Distribution[]): number {
  const shown = new Set(listed)
  return new Set(dataset.distributions.filter((file) => !shown.has(file)).map((file) => file.municipalityCode)).size
}

function pager(lang: Lang, query: PortalQuery, results: PortalResults): SafeHtml | null {
  if (results.pageCount <= 1) return null
  const text = TEXT[lang]
  const base = localePath(lang, paths.portal)
  const link = (page: number, rel: string, label: string) =>
    html`<a rel="${rel}" href="${base}${queryString(query, { page })}">${label}</a>`
  return html`<nav class="pager" aria-label="${text.pages}">
    ${results.page > 1 ? link(results.page - 1, 'prev', text.previous) : null}
    <span aria-current="page">${text.pageOf(results.page, results.pageCount)}</span>
    ${results.page < results.pageCount ? link(results.page + 1, 'next', text.next) : null}
  </nav>`
}

function releaseSections(lang: Lang, manifest: ReleaseManifest): SafeHtml {
  const text = TEXT[lang]
  const releaseFiles = manifest.files.map((file) => ({
    ...file,
    title: { ja: file.path, en: file.path },
    municipalityCode: null,
    encoding: null,
  }))
  const tables = html`${
    releaseFiles.length > 0
      ? distributionTable(text.releaseFiles, releaseFiles, paths.file, (file) => file.mediaType, lang)
      : null
  }
  ${changelogTable(manifest, manifest.datasets, lang)}`
  return html`<h2>${text.releaseFiles} · ${text.changelog}</h2>
    ${tables}
    <h2>${text.machine}</h2>
    <ul>
      <li><a href="${paths.catalog}">DCAT-AP 3 (JSON-LD)</a></li>
      <li><a href="${paths.ckanAction('package_list')}">CKAN Action API: package_list</a></li>
      <li><a href="${paths.ckanAction('package_search')}">CKAN Action API: package_search</a></li>
      <li>
        <a href="${paths.ckanAction('organization_list')}?all_fields=true">CKAN Action API: organization_list</a>
      </li>
    </ul>`
}

/** A 400 page for a query the portal cannot read: what was wrong, and a way back. */
export function badQueryPage(lang: Lang, message: string, otherLanguageHref: string): string {
  const text = TEXT[lang]
  const body = html`<h1>${text.badQuery}</h1>
    <p>${message}</p>
    <p><a href="${localePath(lang, paths.portal)}">${CATALOG_TITLE[lang]}</a></p>`
  return layout({ lang, title: `${text.badQuery} | ${CATALOG_TITLE[lang]}`, otherLanguageHref, body })
}
