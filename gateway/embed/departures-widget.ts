import type { Clock } from '../../lib/business-date.js'
import { businessDate } from '../../lib/business-date.js'
import { html, type SafeHtml } from '../opendata/serve/html.js'
import { embedPage } from './embed-page.js'
import { EmbedNotFoundError, EmbedParamError, type DeparturesParams } from './embed-params.js'
import { querySubgraph } from './subgraph-query.js'

/** `/embed/departures`: the next departures from one stop, server-rendered, re-read every minute by its script. */

interface Departure {
  time: string
  headsign: string | null
  routeShortName: string | null
  routeLongName: string | null
}
interface Board {
  operator: { name: string; isSample: boolean } | null
  /** The stop by its id (the public `stop` query): the board names it, not just its id. */
  stop: { name: string } | null
  departures: Departure[]
}

const QUERY = `query EmbedDepartures($operatorId: ID!, $stopId: String!, $date: String!, $after: String!) {
  operator(id: $operatorId) { name isSample }
  stop(operatorId: $operatorId, stopId: $stopId) { name }
  departures(operatorId: $operatorId, stopId: $stopId, date: $date, after: $after, first: 8) {
    time headsign routeShortName routeLongName
  }
}`

const JAPAN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * The board now (Japan time); an unknown operator is a bad `operator` parameter and a stop its current feed
 * does not have is not found (404), never an empty board.
 */
export async function readDepartures(transitUrl: string, params: DeparturesParams, clock: Clock): Promise<Board> {
  const now = clock()
  const board = await querySubgraph<Board>(transitUrl, QUERY, {
    operatorId: params.operator,
    stopId: params.stop,
    date: businessDate(now),
    after: JAPAN_TIME.format(now),
  })
  if (!board.operator) throw new EmbedParamError('operator', 'no operator has this id')
  if (!board.stop)
    throw new EmbedNotFoundError('stop', `the current feed of ${board.operator.name} has no stop with this id`)
  return board
}

function departureRow(departure: Departure): SafeHtml {
  const route = [departure.routeShortName, departure.routeLongName].filter(Boolean).join(' ')
  return html`<tr>
    <th scope="row">${departure.time.slice(0, 5)}</th>
    <td>${route || '—'}</td>
    <td>${departure.headsign ?? '—'}</td>
  </tr>`
}

export function departuresWidget(params: DeparturesParams, board: Board): string {
  const operator = board.operator?.name ?? ''
  const stop = board.stop?.name ?? params.stop
  return embedPage({
    title: `${stop} 発車案内(${operator})`,
    theme: params,
    scripts: ['/embed/departures.js'],
    body: html`<main>
      <h1>${stop} の発車案内</h1>
      <p class="note">${operator} · 停留所ID <code data-field="stop-id">${params.stop}</code></p>
      <section id="board" aria-live="polite">
        ${board.operator?.isSample ? html`<p class="note" data-sample="true">サンプルデータです。</p>` : null}
        <table>
          <caption>
            次の発車(毎分更新)
          </caption>
          <thead>
            <tr>
              <th scope="col">発車</th>
              <th scope="col">路線</th>
              <th scope="col">行き先</th>
            </tr>
          </thead>
          <tbody>
            ${
              board.departures.length > 0
                ? board.departures.map(departureRow)
                : html`<tr>
                    <td colspan="3">本日この後の発車はありません</td>
                  </tr>`
            }
          </tbody>
        </table>
      </section>
    </main>`,
  })
}
