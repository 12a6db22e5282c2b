import type { FastifyInstance } from 'fastify'
import { atomFeedLinks } from '../events/atom-feeds.js'
import type { EventPosition } from '../events/event-position.js'
import { ONE_REREAD_AT_A_TIME } from '../events/live-refresh-script.js'
import { querySubgraph } from '../embed/subgraph-query.js'
import { html, type SafeHtml } from '../opendata/serve/html.js'
import { TOWN_LIST_LIMIT } from '../opendata/serve/town-files.js'
import { townOf } from '../opendata/serve/towns.js'

/**
 * `/situation`: the regional situation board (issue #18). Server-rendered from the disaster subgraph's
 * `regionalSituation`, so without JavaScript it is a current snapshot; `/situation/live.js` (same origin, no
 * inline script) listens to `/events`, resumed after the last event the board includes (`data-events-after`,
 * event-position.ts), and swaps in a fresh board at each situation event.
 */

const QUERY = `{ regionalSituation { openShelters evacuees remainingCapacity remainingCareCapacity towns {
  municipality { code } headquartersLevel highestAlertLevel activeAlerts { area level }
  openShelters evacuees remainingCapacity remainingCareCapacity latestReportAt } } }`

interface TownRow {
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
interface Situation {
  openShelters: number
  evacuees: number
  remainingCapacity: number
  remainingCareCapacity: number
  towns: TownRow[]
}

const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

const LEVELS: Record<string, string> = {
  NONE: '—',
  CAUTION: '注意体制',
  ALERT: '警戒体制',
  HEADQUARTERS: '災害対策本部',
}
const STYLE = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3rem;text-align:left}
.wrap{overflow-x:auto}`

const LIVE_SCRIPT = `const types = ['shelter.opened', 'shelter.closed', 'shelter.full', 'shelter.updated',
  'response-level.changed', 'alert-level.changed']
const after = document.getElementById('board')?.dataset.eventsAfter
const resume = after ? '&lastEventId=' + encodeURIComponent(after) : ''
const source = new EventSource('/events?types=' + types.join(',') + resume)
${ONE_REREAD_AT_A_TIME}
const refresh = oneRereadAtATime(async function () {
  const response = await fetch('/situation', { headers: { accept: 'text/html' } })
  if (!response.ok) throw new Error('HTTP ' + response.status)
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('board')
  const board = document.getElementById('board')
  if (fresh && board) board.replaceWith(fresh)
})
for (const type of types) source.addEventListener(type, () => void refresh())
`

async function readSituation(disasterUrl: string): Promise<Situation> {
  const data = await querySubgraph<{ regionalSituation: Situation }>(disasterUrl, QUERY, {})
  return data.regionalSituation
}

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

function boardPage(situation: Situation, eventsAfter: number | undefined): string {
  const { rows, quiet } = boardRows(situation.towns)
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>南空知 災害対応状況</title>
        <style>
          ${STYLE}
        </style>
        ${atomFeedLinks()}
        <script src="/situation/live.js" defer></script>
      </head>
      <body>
        <main>
          <h1>南空知 災害対応状況</h1>
          <section
            id="board"
            aria-live="polite"
            ${eventsAfter === undefined ? null : html`data-events-after="${eventsAfter}"`}
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
          </section>
        </main>
      </body>
    </html>`.toString()
}

/** `eventPosition`: where the board's `/events` stream resumes (absent: the gateway has no event stream). */
export function registerSituationBoard(app: FastifyInstance, disasterUrl: string, eventPosition?: EventPosition): void {
  app.get('/situation', async (_request, reply) => {
    // Before the read: an event after this one may be missing from the data, so the stream replays it.
    const eventsAfter = eventPosition?.()
    const situation = await readSituation(disasterUrl)
    return reply
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(boardPage(situation, eventsAfter))
  })
  app.get('/situation/live.js', (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(LIVE_SCRIPT),
  )
}
