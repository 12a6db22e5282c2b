import { prefectureOf } from '../../../lib/prefectures.js'
import type { DatasetEntry } from '../release-manifest.js'
import { html, type SafeHtml } from './html.js'
import { paths } from './links.js'
import { localePath, type Lang } from './portal-layout.js'
import { hasManyTownFiles, townFilesByPrefecture } from './town-files.js'

const TEXT = {
  ja: {
    regionAndParties: '圏域全体と連携協定の市町',
    regionAnd: (prefecture: string) => `圏域全体と${prefecture}の市区町村`,
    heading: '都道府県別の市区町村のファイル',
    intro: (towns: number, files: number) =>
      `${towns.toLocaleString('ja-JP')}市区町村の${files.toLocaleString('ja-JP')}ファイルがあります。` +
      '都道府県を選ぶと、その市区町村のファイルを上の表に一覧します。各市区町村のページにもそのファイルがあります。',
    item: (prefecture: string, towns: number, files: number) => `${prefecture}（${towns}市区町村・${files}ファイル）`,
    townIndex: '市区町村の一覧',
  },
  en: {
    regionAndParties: 'region-wide and the towns of the agreement',
    regionAnd: (prefecture: string) => `region-wide and the municipalities of ${prefecture}`,
    heading: 'Files of municipalities, by prefecture',
    intro: (towns: number, files: number) =>
      `${files.toLocaleString('en')} files of ${towns.toLocaleString('en')} municipalities. Choose a prefecture to ` +
      "list its municipalities' files in the table above; each municipality's page has its files too.",
    item: (prefecture: string, towns: number, files: number) =>
      `${prefecture} (${towns} municipalit${towns === 1 ? 'y' : 'ies'}, ${files} files)`,
    townIndex: 'All municipalities',
  },
} as const

const prefectureName = (code: string, lang: Lang) => prefectureOf(code)?.[lang] ?? code

/** What the file table of a dataset page holds, when it does not hold every file: for its caption. */
export function listedFilesNote(dataset: DatasetEntry, lang: Lang, prefecture: string | undefined): string | null {
  if (!hasManyTownFiles(dataset)) return null
  return prefecture ? TEXT[lang].regionAnd(prefectureName(prefecture, lang)) : TEXT[lang].regionAndParties
}

/**
 * A dataset with more town files than a page lists (a nationwide deployment: ~8,700 files per regional dataset)
 * names the prefectures with its towns' files, each a link to the page listing them (`?pref=01`); null otherwise.
 */
export function townFilesSection(dataset: DatasetEntry, lang: Lang, prefecture: string | undefined): SafeHtml | null {
  if (!hasManyTownFiles(dataset)) return null
  const text = TEXT[lang]
  const byPrefecture = townFilesByPrefecture(dataset)
  const counts = [...byPrefecture.values()]
  const towns = counts.reduce((sum, entry) => sum + entry.towns, 0)
  const files = counts.reduce((sum, entry) => sum + entry.files, 0)
  const page = localePath(lang, paths.dataset(dataset.id))
  return html`<h2 id="town-files">${text.heading}</h2>
    <p>${text.intro(towns, files)} <a href="${localePath(lang, paths.towns)}">${text.townIndex}</a></p>
    <ul class="prefectures">
      ${[...byPrefecture].map(
        ([code, entry]) =>
          html`<li>
            <a href="${page}?pref=${code}" ${code === prefecture ? html`aria-current="page"` : null}
              >${text.item(prefectureName(code, lang), entry.towns, entry.files)}</a
            >
          </li>`,
      )}
    </ul>`
}

/** Whether `?pref=` names a prefecture this dataset has town files in (a page for any other is a 404). */
export const hasTownFilesIn = (dataset: DatasetEntry, prefecture: string) =>
  townFilesByPrefecture(dataset).has(prefecture)
