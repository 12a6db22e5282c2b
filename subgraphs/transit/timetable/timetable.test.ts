import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BusStopByIdDocument,
  RouteAndTripDocument,
  StopsNearWithOperatorDocument,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../../test/support/transit-feed.js'

const TSUKIGATA = '014303'
let stack: TestStack
let operatorId: string
beforeAll(async () => {
  stack = await startTestStack()
  operatorId = await townOperatorId(stack, TSUKIGATA)
  // The fixture feed: route R1 with trips T1 (three stops) and T2 (two stops, past midnight), both on shape SH1.
  await importSampleFeed(stack, operatorId, TSUKIGATA)
})
afterAll(() => stack.stop())

const R1_AND_T2 = { routeId: 'R1', tripId: 'T2' }

describe('routes, trips, patterns and shapes of the active feed', () => {
  it('answers a route with its trips and patterns, and a trip with its calls and shape, in a constant number of statements', async () => {
    stack.statements.reset()
    const { body } = await stack.graphql(RouteAndTripDocument, { operatorId, ...R1_AND_T2 })
    expect(body.errors).toBeUndefined()
    const route = body.data?.route
    expect(route?.longName).toBe('月形線')
    expect(route?.trips.nodes).toEqual([{ tripId: 'T1' }])
    expect(route?.trips.pageInfo.hasNextPage).toBe(true)
    expect(route?.patterns.map((p) => ({ tripIds: p.tripIds, stops: p.stops.map((s) => s.stopId) }))).toEqual([
      { tripIds: ['T1'], stops: ['S1', 'S2', 'S3'] },
      { tripIds: ['T2'], stops: ['S1', 'S3'] },
    ])
    expect(route?.patterns[0]?.stops.map((s) => s.municipality?.code)).toEqual([TSUKIGATA, TSUKIGATA, '012106'])
    expect(route?.patterns[0]?.shape?.points).toHaveLength(3)
    expect(body.data?.trip).toMatchObject({
      tripId: 'T2',
      headsign: '岩見沢駅前',
      directionId: 0,
      route: { routeId: 'R1' },
      shape: { shapeId: 'SH1' },
    })
    expect(body.data?.trip?.stopTimes.map((c) => [c.sequence, c.stop.stopId, c.departure])).toEqual([
      [1, 'S1', '23:40:00'],
      [2, 'S3', '24:30:00'],
    ])
    // One statement per loader batch (active keys, routes, trips, patterns, stop times, stops, shapes),
    // never one per row (that would be 17 here). Batches of the two roots may or may not coincide,
    // depending on which lookup answers first: hence a bound, not an exact count.
    const firstCount = stack.statements.count('transit')
    stack.statements.reset()

    const next = await stack.graphql(RouteAndTripDocument, {
      operatorId,
      ...R1_AND_T2,
      after: route?.trips.pageInfo.endCursor,
    })
    expect(next.body.data?.route?.trips.nodes).toEqual([{ tripId: 'T2' }])
    expect(firstCount).toBeLessThanOrEqual(10)
    expect(stack.statements.count('transit')).toBeLessThanOrEqual(10)
  })

  it('is null for an unknown route or trip, and for an operator that does not exist', async () => {
    const { body } = await stack.graphql(RouteAndTripDocument, { operatorId, routeId: 'R9', tripId: 'T9' })
    expect(body.data).toEqual({ route: null, trip: null })
    const other = await stack.graphql(RouteAndTripDocument, { operatorId: 'not-a-uuid', ...R1_AND_T2 })
    expect(other.body.data).toEqual({ route: null, trip: null })
  })
})

describe('stop', () => {
  it('answers a stop of the active feed by its stop_id, anonymously, and null for an unknown stop or operator', async () => {
    const { body } = await stack.graphql(BusStopByIdDocument, { operatorId, stopId: 'S1' })
    expect(body.errors).toBeUndefined()
    expect(body.data?.stop).toMatchObject({ stopId: 'S1', name: '月形町役場前', location: { latitude: 43.3358 } })
    const unknown = await stack.graphql(BusStopByIdDocument, { operatorId, stopId: 'S9' })
    expect(unknown.body).toEqual({ data: { stop: null } })
    const noOperator = await stack.graphql(BusStopByIdDocument, { operatorId: 'not-a-uuid', stopId: 'S1' })
    expect(noOperator.body).toEqual({ data: { stop: null } })
  })
})

describe('stopsNear', () => {
  it('lists stops of every active feed within the radius, nearest first', async () => {
    // 月形町役場前 of the imported feed (43.3358, 141.6694) and, 500 m on, 月形駅前 (43.3320, 141.6650).
    const { body } = await stack.graphql(StopsNearWithOperatorDocument, {
      lat: 43.3358,
      lon: 141.6694,
      r: 600,
    })
    expect(body.errors).toBeUndefined()
    const found = body.data?.stopsNear ?? []
    expect(found[0]).toMatchObject({ distanceMeters: 0, stop: { stopId: 'S1' } })
    expect(found.map((n) => n.stop.stopId)).toContain('S2')
    const distances = found.map((n) => n.distanceMeters)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(Math.max(...distances)).toBeLessThanOrEqual(600)
  })

  it('refuses a radius or a position out of range with the field named', async () => {
    for (const [variables, field] of [
      [{ lat: 43.3, lon: 141.6, r: 50_000 }, 'radiusMeters'],
      [{ lat: 91, lon: 141.6, r: 100 }, 'latitude'],
    ] as const) {
      const { body } = await stack.graphql(StopsNearWithOperatorDocument, variables)
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe(field)
    }
  })
})
