import { atomFeedLinks } from '../events/atom-feeds.js'
import { html, type SafeHtml } from '../opendata/serve/html.js'
import { TOWN_LIST_LIMIT } from '../opendata/serve/town-files.js'
import { townOf } from '../opendata/serve/towns.js'

/** The pages of `/situation` (situation-board.ts serves them): the board, the list of 圏域, the unknown 圏域. */

/** One town's row as `regionalSituation` answers it. */
export interface TownRow {
  municipality: { code: string }
  headquartersLevel: string
  highestAlertLevel: number | null
  activeAlerts: { area: string; level: number | null }[]
  openShelters: number
  evacuees: number
  remainingCapacity: number
  remainingCareCapacity: number
  latestReportAt: string | null
}
/** The board's figures: the totals over the towns listed, and the towns. */
export interface Situation {
  openShelters: number
  evacuees: number
  remainingCapacity: number
  remainingCareCapacity: number
  towns: TownRow[]
}
/** A 圏域 as the agreement subgraph lists it. */
export interface RegionSummary {
  id: string
  name: string
  isSample: boolean
  municipalities: { code: string }[]
}

const LEVELS: Record<string, string> = {
  NONE: '—',
  CAUTION: '注意体制',
  ALERT: '警戒体制',
  HEADQUARTERS: '災害対策本部',
}
const STYLE = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3rem;text-align:left}
.wrap{overflow-x:auto}`
const BOARD_TITLE = '南空知 災害対応状況'

function townRow(town: TownRow): SafeHtml {
  const name = townOf(town.municipality.code).ja
  const alerts = town.activeAlerts.map((alert) => `${alert.area} レベル${String(alert.level ?? '—')}`).join('、')
  return html`<tr>
    <th scope="row">${name}</th>
    <td>${LEVELS[town.headquartersLevel] ?? town.headquartersLevel}</td>
    <td>${alerts || '—'}</td>
    <td data-field="openShelters">${town.openShelters}</td>
    <td data-field="evacuees">${town.evacuees}</td>
    <td data-field="remainingCapacity">${town.remainingCapacity}</td>
    <td data-field="remainingCareCapacity">${town.remainingCareCapacity}</td>
  </tr>`
}

const isActive = (town: TownRow) =>
  town.headquartersLevel !== 'NONE' ||
  town.activeAlerts.length > 0 || // highestAlertLevel is their maximum: null exactly when there is none
  town.openShelters > 0 ||
  town.evacuees > 0

/**
 * The rows of the board: every town up to a screenful; beyond that (a nationwide deployment: 1,741 towns, a 700 KB
 * board fetched again at every situation event by every open board) the agreement's parties and every town with
 * something going on — a response level, an alert, an open shelter or evacuees —, the others counted below the
 * table. The totals above it are always over every town.
 */
function boardRows(towns: readonly TownRow[]): { rows: readonly TownRow[]; quiet: number } {
  if (towns.length <= TOWN_LIST_LIMIT) return { rows: towns, quiet: 0 }
  const rows = towns.filter((town) => townOf(town.municipality.code).party || isActive(town))
  return { rows, quiet: towns.length - rows.length }
}

/** The towns the board leaves out, counted (none: nothing). */
function quietTownsNote(quiet: number): SafeHtml | null {
  if (quiet === 0) return null
  return html`<p data-field="quietTowns">
    ほか${quiet.toLocaleString('ja-JP')}市区町村は、体制・警戒レベル・開設避難所・避難者のいずれもありません。
  </p>`
}

/** The whole board and the board of each 圏域 link each other. */
const NAV = html`<nav><a href="/situation">全域の状況</a> · <a href="/situation/regions">圏域ごとの状況</a></nav>`

/** `live`: the page re-reads its board at each situation event (situation-board.ts, `/situation/live.js`). */
function page(title: string, body: SafeHtml, live = false): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${STYLE}
        </style>
        ${atomFeedLinks()} ${live ? html`<script src="/situation/live.js" defer></script>` : null}
      </head>
      <body>
        ${NAV}
        <main>${body}</main>
      </body>
    </html>`.toString()
}

/**
 * Up to this many towns a region's board asks `/events` for its towns' events only (`town=` in the stream's URL,
 * ~9 bytes a town); a larger region listens to every event, as the whole board does, rather than send a URL near
 * Node's 16 KiB header limit.
 */
export const MAX_TOWNS_IN_EVENT_FILTER = 200

const listensToTowns = (region: RegionSummary | undefined): region is RegionSummary =>
  region !== undefined && region.municipalities.length <= MAX_TOWNS_IN_EVENT_FILTER

/** The board of every served town, or of one 圏域's (`region`: its name titles the page). */
export function boardPage(situation: Situation, eventsAfter: number | undefined, region?: RegionSummary): string {
  const { rows, quiet } = boardRows(situation.towns)
  const title = region ? `${region.name} 災害対応状況` : BOARD_TITLE
  return page(
    title,
    html`<h1>${title}</h1>
      <section
        id="board"
        aria-live="polite"
        ${eventsAfter === undefined ? null : html`data-events-after="${eventsAfter}"`}
        ${listensToTowns(region) ? html`data-towns="${region.municipalities.map((m) => m.code).join(',')}"` : null}
      >
        <p>
          開設避難所 <strong data-field="openShelters">${situation.openShelters}</strong> · 避難者
          <strong data-field="evacuees">${situation.evacuees}</strong> · 空き
          <strong data-field="remainingCapacity">${situation.remainingCapacity}</strong> · うち要配慮者の受入先
          <strong data-field="remainingCareCapacity">${situation.remainingCareCapacity}</strong>
        </p>
        <div class="wrap">
          <table>
            <caption>
              市町ごとの状況
            </caption>
            <thead>
              <tr>
                <th scope="col">市町</th>
                <th scope="col">体制</th>
                <th scope="col">警戒レベル(地区)</th>
                <th scope="col">開設避難所</th>
                <th scope="col">避難者</th>
                <th scope="col">空き</th>
                <th scope="col" title="要配慮者を受け入れる避難所(福祉避難所を含む)の空き">うち要配慮者受入</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(townRow)}
            </tbody>
          </table>
        </div>
        ${quietTownsNote(quiet)}
      </section>`,
    true,
  )
}

/** Every 圏域 the platform serves, each linking its board. */
export function regionsPage(regions: readonly RegionSummary[]): string {
  return page(
    '圏域ごとの災害対応状況',
    html`<h1>圏域ごとの災害対応状況</h1>
      <ul data-field="regions">
        ${regions.map(
          (region) =>
            html`<li>
              <a href="/situation?region=${encodeURIComponent(region.id)}">${region.name}</a>
              （${region.municipalities.length}市区町村${region.isSample ? '、サンプルデータ' : ''}）
            </li>`,
        )}
      </ul>`,
  )
}

/** A `region` the platform does not serve (or not an id at all). */
export function unknownRegionPage(id: string): string {
  return page(
    '見つかりません',
    html`<h1>見つかりません</h1>
      <p>圏域「${id}」はありません。<a href="/situation/regions">圏域の一覧</a>から選んでください。</p>`,
  )
}
