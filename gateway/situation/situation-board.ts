import type { FastifyInstance, FastifyReply } from 'fastify'
import type { EventPosition } from '../events/event-position.js'
import { ONE_REREAD_AT_A_TIME } from '../events/live-refresh-script.js'
import { queryAllPages, querySubgraph, type SubgraphPage } from '../embed/subgraph-query.js'
import { boardPage, regionsPage, unknownRegionPage, type RegionSummary, type Situation } from './situation-page.js'

/**
 * `/situation`: the regional situation board (issue #18). Server-rendered from the disaster subgraph's
 * `regionalSituation`, so without JavaScript it is a current snapshot; `/situation/live.js` (same origin, no
 * inline script) listens to `/events`, resumed after the last event the board includes (`data-events-after`,
 * event-position.ts), and swaps in a fresh board at each situation event. `/situation?region=ID` is the board of
 * one 圏域 (a nationwide deployment serves 1,741 towns in ~180 of them), `/situation/regions` lists them.
 */

const QUERY = `query Board($region: ID) { regionalSituation(region: $region) {
  openShelters evacuees remainingCapacity remainingCareCapacity towns {
  municipality { code } headquartersLevel highestAlertLevel activeAlerts { area level }
  openShelters evacuees remainingCapacity remainingCareCapacity latestReportAt } } }`
const REGION_FIELDS = 'id name isSample municipalities { code }'
const REGION_QUERY = `query BoardRegion($id: ID!) { region(id: $id) { ${REGION_FIELDS} } }`
const REGIONS_QUERY = `query BoardRegions($after: String) {
  regions(first: 200, after: $after) { nodes { ${REGION_FIELDS} } pageInfo { hasNextPage endCursor } } }`

/** Region ids as agreement.region allows them (and `agreement`): anything else is no region, asked of nobody. */
const REGION_ID = /^[a-z0-9-]{1,64}$/

const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

// The board re-reads itself at the address it was opened at, so a region's board stays that region's; it listens
// to its towns' events only (`data-towns`), not to those of the other regions a nationwide platform serves.
const LIVE_SCRIPT = `const types = ['shelter.opened', 'shelter.closed', 'shelter.full', 'shelter.updated',
  'response-level.changed', 'alert-level.changed']
const board = document.getElementById('board')
const after = board?.dataset.eventsAfter
const resume = after ? '&lastEventId=' + encodeURIComponent(after) : ''
const towns = board?.dataset.towns ? '&town=' + encodeURIComponent(board.dataset.towns) : ''
const source = new EventSource('/events?types=' + types.join(',') + towns + resume)
${ONE_REREAD_AT_A_TIME}
const refresh = oneRereadAtATime(async function () {
  const response = await fetch('/situation' + location.search, { headers: { accept: 'text/html' } })
  if (!response.ok) throw new Error('HTTP ' + response.status)
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('board')
  const current = document.getElementById('board')
  if (fresh && current) current.replaceWith(fresh)
})
for (const type of types) source.addEventListener(type, () => void refresh())
`

async function readSituation(disasterUrl: string, region: string | null): Promise<Situation> {
  const data = await querySubgraph<{ regionalSituation: Situation }>(disasterUrl, QUERY, { region })
  return data.regionalSituation
}

async function readRegion(agreementUrl: string, id: string): Promise<RegionSummary | null> {
  return (await querySubgraph<{ region: RegionSummary | null }>(agreementUrl, REGION_QUERY, { id })).region
}

/** Every region, page after page (one page of 200 nationwide). */
const readRegions = (agreementUrl: string) =>
  queryAllPages(agreementUrl, REGIONS_QUERY, (data: { regions: SubgraphPage<RegionSummary> }) => data.regions)

const sendPage = (reply: FastifyReply, status: number, body: string) =>
  reply
    .code(status)
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(body)

/** Where the board reads: the situation from the disaster subgraph, the 圏域 from the agreement subgraph. */
export interface SituationSources {
  disasterUrl: string
  agreementUrl: string
}

/** `eventPosition`: where the board's `/events` stream resumes (absent: the gateway has no event stream). */
export function registerSituationBoard(
  app: FastifyInstance,
  { disasterUrl, agreementUrl }: SituationSources,
  eventPosition?: EventPosition,
): void {
  app.get<{ Querystring: { region?: unknown } }>('/situation', async (request, reply) => {
    const { region: id } = request.query
    let region: RegionSummary | undefined
    if (id !== undefined) {
      const known = typeof id === 'string' && REGION_ID.test(id) ? await readRegion(agreementUrl, id) : null
      if (!known) return sendPage(reply, 404, unknownRegionPage(typeof id === 'string' ? id : JSON.stringify(id)))
      region = known
    }
    // Before the read: an event after this one may be missing from the data, so the stream replays it.
    const eventsAfter = eventPosition?.()
    const situation = await readSituation(disasterUrl, region?.id ?? null)
    return sendPage(reply, 200, boardPage(situation, eventsAfter, region))
  })
  app.get('/situation/regions', async (_request, reply) =>
    sendPage(reply, 200, regionsPage(await readRegions(agreementUrl))),
  )
  app.get('/situation/live.js', (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(LIVE_SCRIPT),
  )
}
