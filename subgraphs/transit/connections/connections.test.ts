import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'

const IWAMIZAWA = '012106'
const YUBARI = '012092'
const MIKASA = '012220'
const TSUKIGATA = '014303'
const WEDNESDAY = '2026-11-25'

let stack: TestStack
const operatorOf = async (code: string) =>
  (
    await stack.database.admin
      .selectFrom('transit.operator')
      .select('id')
      .where('municipalityCode', '=', code)
      .executeTakeFirstOrThrow()
  ).id

async function importFeed(code: string, files: Record<string, string>) {
  const { body } = await stack.graphql(
    `mutation ($operatorId: ID!, $content: String!) { importGtfsFeed(operatorId: $operatorId, fileName: "f.zip", contentBase64: $content) { id } }`,
    { operatorId: await operatorOf(code), content: (await zipFeed(files)).toString('base64') },
    { token: await stack.token(code) },
  )
  expect(body.errors).toBeUndefined()
}

beforeAll(async () => {
  stack = await startTestStack()
  // 月形町: the fixture feed, T1 to 岩見沢駅前 at 07:00 and T2 at 23:40 arriving 24:30, not on 2026-04-29.
  await importFeed(TSUKIGATA, sampleFeedFiles())
  // 三笠市: one bus at 05:30 to a stop 155 m from the trunk line's 岩見沢 stop (the 岩見沢市役所 at 43.1961, 141.7759).
  await importFeed(MIKASA, {
    ...sampleFeedFiles(),
    'stops.txt':
      'stop_id,stop_name,stop_lat,stop_lon\nM1,三笠市役所前,43.2458,141.8753\nM2,岩見沢市役所北,43.1975,141.7759\n',
    'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nMR,8000020014303,,三笠岩見沢線,3\n',
    'trips.txt': 'route_id,service_id,trip_id\nMR,WD,MT1\n',
    'stop_times.txt':
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nMT1,05:30:00,05:30:00,M1,1\nMT1,06:10:00,06:10:00,M2,2\n',
    'shapes.txt': 'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n',
  })
})
afterAll(() => stack.stop())

const CONNECTIONS = `query ($from: String!, $to: String!, $date: String!, $after: String!, $first: Int, $maxTransfers: Int, $walkingMeters: Int) {
  connections(fromMunicipalityCode: $from, toMunicipalityCode: $to, date: $date, after: $after, first: $first, maxTransfers: $maxTransfers, walkingMeters: $walkingMeters) {
    routes { routeId operator { name } }
    journeys {
      departure arrival durationMinutes transfers
      legs { serviceDate departure arrival walkMeters trip { tripId route { routeId } } from { stopId municipality { code } } to { stopId municipality { code } } }
    }
  }
}`
interface Leg {
  serviceDate: string
  departure: string
  arrival: string
  walkMeters: number | null
  trip: { tripId: string; route: { routeId: string } }
  from: { stopId: string; municipality: { code: string } | null }
  to: { stopId: string; municipality: { code: string } | null }
}
interface ConnectionsResult {
  connections: {
    routes: { routeId: string; operator: { name: string } }[]
    journeys: { departure: string; arrival: string; durationMinutes: number; transfers: number; legs: Leg[] }[]
  }
}
const search = (variables: Record<string, unknown>) =>
  stack.graphql<ConnectionsResult, Record<string, unknown>>(CONNECTIONS, { date: WEDNESDAY, ...variables })

describe('connections between towns', () => {
  it('finds the routes serving both towns and the next direct departures (the sample trunk line)', async () => {
    const { body } = await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 2 })
    expect(body.errors).toBeUndefined()
    // The trunk line, and 月形町's route R1, which serves both towns (towards 岩見沢).
    expect(body.data?.connections.routes.map((r) => r.routeId).sort()).toEqual(['R1', 'TR-1'])
    const [first, second] = body.data?.connections.journeys ?? []
    // The trunk line leaves 岩見沢 at 06:30 and takes 15 minutes per town, 月形町 being the ninth.
    expect(first).toMatchObject({ departure: '06:30:00', arrival: '08:30:00', durationMinutes: 120, transfers: 0 })
    expect(first?.legs).toEqual([
      expect.objectContaining({
        trip: { tripId: 'TR-6', route: { routeId: 'TR-1' } },
        from: { stopId: `TR-${IWAMIZAWA}`, municipality: { code: IWAMIZAWA } },
        to: { stopId: `TR-${TSUKIGATA}`, municipality: { code: TSUKIGATA } },
        walkMeters: null,
      }),
    ])
    expect(second).toMatchObject({ departure: '10:30:00', arrival: '12:30:00' })
  })

  it('finds one-change journeys through a nearby stop, within the walking distance only', async () => {
    // 三笠 → 夕張 has no direct trip: the 05:30 bus to 岩見沢, a 155 m walk, then the 06:30 trunk trip.
    const { body } = await search({ from: MIKASA, to: YUBARI, after: '05:00', first: 1 })
    expect(body.errors).toBeUndefined()
    const journey = body.data?.connections.journeys[0]
    expect(journey).toMatchObject({ departure: '05:30:00', arrival: '06:45:00', transfers: 1 })
    expect(
      journey?.legs.map((leg) => [leg.trip.tripId, leg.from.stopId, leg.to.stopId, leg.departure, leg.arrival]),
    ).toEqual([
      ['MT1', 'M1', 'M2', '05:30:00', '06:10:00'],
      ['TR-6', `TR-${IWAMIZAWA}`, `TR-${YUBARI}`, '06:30:00', '06:45:00'],
    ])
    expect(journey?.legs[1]?.walkMeters).toBeGreaterThan(140)
    expect(journey?.legs[1]?.walkMeters).toBeLessThan(170)
    // The trunk line calls in both towns, only in the other order.
    expect(body.data?.connections.routes.map((r) => r.routeId)).toEqual(['TR-1'])

    const noWalk = await search({ from: MIKASA, to: YUBARI, after: '05:00', walkingMeters: 100 })
    expect(noWalk.body.data?.connections.journeys.filter((j) => j.legs[0]?.trip.tripId === 'MT1')).toEqual([])
    const directOnly = await search({ from: MIKASA, to: YUBARI, after: '05:00', maxTransfers: 0 })
    expect(directOnly.body.data?.connections.journeys).toEqual([])
  })

  it('includes trips running past midnight and honours calendar exceptions', async () => {
    const late = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '23:00' })
    expect(
      late.body.data?.connections.journeys.map((j) => [
        j.legs[0]?.trip.tripId,
        j.departure,
        j.arrival,
        j.legs[0]?.serviceDate,
      ]),
    ).toEqual([['T2', '23:40:00', '24:30:00', WEDNESDAY]])
    // Tuesday's T2 left 月形町 at 23:40 on Tuesday: after 00:00 on Wednesday it can no longer be boarded there.
    const afterMidnight = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '00:00' })
    expect(afterMidnight.body.data?.connections.journeys).toEqual([])
    const holiday = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', date: '2026-04-29' })
    expect(holiday.body.data?.connections.journeys).toEqual([])
    const dayBefore = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', date: '2026-04-28' })
    // T1 also calls at 月形駅前 at 07:06, still in 月形町: boarding there arrives as early and leaves later.
    expect(dayBefore.body.data?.connections.journeys[0]).toMatchObject({ departure: '07:06:00', arrival: '07:50:00' })
  })

  it('costs the same number of statements for one journey or several', async () => {
    stack.statements.reset()
    await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 1 })
    const one = stack.statements.count('transit')
    stack.statements.reset()
    const five = await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 5 })
    // Departures within six hours of 06:00: the 06:30 and 10:30 trunk trips.
    expect(five.body.data?.connections.journeys.map((j) => j.departure)).toEqual(['06:30:00', '10:30:00'])
    expect(stack.statements.count('transit')).toBe(one)
  })

  it('refuses unknown towns, the same town and bad times with the field named', async () => {
    for (const [variables, field] of [
      [{ from: '011002', to: TSUKIGATA, after: '06:00' }, 'fromMunicipalityCode'],
      [{ from: TSUKIGATA, to: TSUKIGATA, after: '06:00' }, 'toMunicipalityCode'],
      [{ from: TSUKIGATA, to: IWAMIZAWA, after: '25:00' }, 'after'],
      [{ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', walkingMeters: 5000 }, 'walkingMeters'],
    ] as const) {
      const { body } = await search(variables)
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe(field)
    }
  })
})
