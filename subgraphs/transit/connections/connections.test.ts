import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ImportGtfsFeedFileDocument,
  TownConnectionsDocument,
  type TownConnectionsQueryVariables,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { townOperatorId } from '../../../test/support/transit-feed.js'
import { sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'

const IWAMIZAWA = '012106'
const YUBARI = '012092'
const MIKASA = '012220'
const TSUKIGATA = '014303'
const WEDNESDAY = '2026-11-25'

let stack: TestStack
const operatorOf = (code: string) => townOperatorId(stack, code)

async function importFeed(code: string, files: Record<string, string>) {
  const { body } = await stack.graphql(
    ImportGtfsFeedFileDocument,
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
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nMT1,' +
      '05:30:00,05:30:00,M1,1\nMT1,06:10:00,06:10:00,M2,2\n',
    'shapes.txt': 'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n',
  })
  // As autovacuum would soon after an import: statistics for the planner (the sample data has them).
  await sql`analyze`.execute(stack.database.admin)
})
afterAll(() => stack.stop())

const search = (variables: Omit<TownConnectionsQueryVariables, 'date'> & { date?: string }) =>
  stack.graphql(TownConnectionsDocument, { date: WEDNESDAY, ...variables })

describe('connections between towns', () => {
  it('finds the routes serving both towns and the next direct departures (the sample trunk line)', async () => {
    const { body } = await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 2 })
    expect(body.errors).toBeUndefined()
    // The trunk's 北線, and 月形町's route R1, which serves both towns (towards 岩見沢).
    expect(body.data?.connections.routes.map((r) => r.routeId).sort()).toEqual(['R1', 'TR-1'])
    const [first, second, ...more] = body.data?.connections.journeys ?? []
    // 北線 leaves 岩見沢 hourly from 06:00 on weekdays and reaches 月形 76 minutes later.
    expect(first).toMatchObject({ departure: '06:00:00', arrival: '07:16:00', durationMinutes: 76, transfers: 0 })
    expect(first?.legs).toEqual([
      expect.objectContaining({
        trip: { tripId: 'TR-1-WD-0600-1', route: { routeId: 'TR-1' } },
        from: { stopId: `TR-${IWAMIZAWA}`, municipality: { code: IWAMIZAWA } },
        to: { stopId: `TR-${TSUKIGATA}`, municipality: { code: TSUKIGATA } },
        walkMeters: null,
      }),
    ])
    expect(second).toMatchObject({ departure: '07:00:00', arrival: '08:16:00' })
    expect(more).toEqual([])
  })

  it('finds one-change journeys through a nearby stop, within the walking distance only', async () => {
    // 三笠 → 夕張: the 05:30 bus to 岩見沢市役所北, a 155 m walk to the terminal, then 南線's 07:00 bus.
    const { body } = await search({ from: MIKASA, to: YUBARI, after: '05:00', first: 1 })
    expect(body.errors).toBeUndefined()
    const journey = body.data?.connections.journeys[0]
    expect(journey).toMatchObject({ departure: '05:30:00', arrival: '08:59:00', transfers: 1 })
    expect(
      journey?.legs.map((leg) => [leg.trip.tripId, leg.from.stopId, leg.to.stopId, leg.departure, leg.arrival]),
    ).toEqual([
      ['MT1', 'M1', 'M2', '05:30:00', '06:10:00'],
      ['TR-2-WD-0700-0', `TR-${IWAMIZAWA}`, `TR-${YUBARI}`, '07:00:00', '08:59:00'],
    ])
    expect(journey?.legs[1]?.walkMeters).toBeGreaterThan(140)
    expect(journey?.legs[1]?.walkMeters).toBeLessThan(170)
    // No one route calls in both towns.
    expect(body.data?.connections.routes).toEqual([])

    const noWalk = await search({ from: MIKASA, to: YUBARI, after: '05:00', walkingMeters: 100 })
    expect(noWalk.body.data?.connections.journeys.filter((j) => j.legs[0]?.trip.tripId === 'MT1')).toEqual([])
    const directOnly = await search({ from: MIKASA, to: YUBARI, after: '05:00', maxTransfers: 0 })
    expect(directOnly.body.data?.connections.journeys).toEqual([])
  })

  it('includes trips running past midnight and honours calendar exceptions and public holidays', async () => {
    const late = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '23:00' })
    expect(
      late.body.data?.connections.journeys.map((j) => [
        j.legs[0]?.trip.tripId,
        j.departure,
        j.arrival,
        j.legs[0]?.serviceDate,
      ]),
    ).toEqual([['T2', '23:40:00', '24:30:00', WEDNESDAY]])
    // (The trunk's 23:30 bus is left out: T2 leaves later and arrives earlier.)
    // Tuesday's late buses left 月形町 before midnight: in the first hour of Wednesday none can be boarded.
    const afterMidnight = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '00:00', within: 60 })
    expect(afterMidnight.body.data?.connections.journeys).toEqual([])
    // 2026-04-29 (昭和の日) is a Wednesday: T1 is removed that day, and the trunk runs its holiday service.
    const holiday = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', date: '2026-04-29' })
    expect(holiday.body.data?.connections.journeys.map((j) => j.legs[0]?.trip.tripId)).toEqual([
      'TR-1-HD-0700-0',
      'TR-1-HD-0900-0',
      'TR-1-HD-1100-0',
    ])
    const dayBefore = await search({ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', date: '2026-04-28' })
    // T1 also calls at 月形駅前 at 07:06, still in 月形町: boarding there arrives as early and leaves later.
    expect(dayBefore.body.data?.connections.journeys.slice(0, 2)).toMatchObject([
      { departure: '06:00:00', arrival: '07:16:00' },
      { departure: '07:06:00', arrival: '07:50:00' },
    ])
  })

  it('honours the window and first, at the same number of statements for one journey or several', async () => {
    stack.statements.reset()
    await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 1 })
    const one = stack.statements.count('transit')
    stack.statements.reset()
    const five = await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', first: 5 })
    expect(five.body.data?.connections.journeys.map((j) => j.departure)).toEqual([
      '06:00:00',
      '07:00:00',
      '08:00:00',
      '09:00:00',
      '10:00:00',
    ])
    expect(stack.statements.count('transit')).toBe(one)
    const window = await search({ from: IWAMIZAWA, to: TSUKIGATA, after: '06:00', within: 90 })
    expect(window.body.data?.connections.journeys.map((j) => j.departure)).toEqual(['06:00:00', '07:00:00'])
  })

  it('connects every ordered pair of the nine towns on a weekday, directly or with one change', async () => {
    const towns = [IWAMIZAWA, YUBARI, '012157', MIKASA, '014231', '014273', '014281', '014290', TSUKIGATA]
    const pairs = towns.flatMap((from) => towns.filter((to) => to !== from).map((to) => [from, to] as const))
    expect(pairs).toHaveLength(72)
    const answer = async ([from, to]: readonly [string, string]) => {
      const { body } = await search({ from, to, after: '08:00', first: 1 })
      const journey = body.data?.connections.journeys[0]
      const legs = journey?.legs ?? []
      const ok =
        journey !== undefined &&
        journey.transfers <= 1 &&
        legs[0]?.from.municipality?.code === from &&
        legs.at(-1)?.to.municipality?.code === to
      return ok ? [] : [`${from}→${to}`]
    }
    // Four searches at a time, as a few residents at once would send them.
    const unanswered: string[] = []
    for (let i = 0; i < pairs.length; i += 4)
      unanswered.push(...(await Promise.all(pairs.slice(i, i + 4).map(answer))).flat())
    expect(unanswered).toEqual([])
  }, 180_000)

  it('refuses unknown towns, the same town and bad times with the field named', async () => {
    for (const [variables, field] of [
      [{ from: '011002', to: TSUKIGATA, after: '06:00' }, 'fromMunicipalityCode'],
      [{ from: TSUKIGATA, to: TSUKIGATA, after: '06:00' }, 'toMunicipalityCode'],
      [{ from: TSUKIGATA, to: IWAMIZAWA, after: '25:00' }, 'after'],
      [{ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', walkingMeters: 5000 }, 'walkingMeters'],
      [{ from: TSUKIGATA, to: IWAMIZAWA, after: '06:00', within: 0 }, 'within'],
    ] as const) {
      const { body } = await search(variables)
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe(field)
    }
  })
})
