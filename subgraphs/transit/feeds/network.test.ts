import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BusStopsAndRoutesOfEveryTownDocument } from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('Municipality.busStops and .routes', () => {
  it("list the stops and routes of each town's active feeds through federation, one statement each", async () => {
    stack.statements.reset()
    const { body } = await stack.graphql(BusStopsAndRoutesOfEveryTownDocument, { first: 3 })
    expect(body.errors).toBeUndefined()
    const towns = body.data?.municipalities ?? []
    expect(towns.map((town) => town.code)).toEqual([...PARTY_CODES])
    const tsukigata = towns.find((town) => town.code === '014303')
    expect(tsukigata?.busStops.nodes.map((stop) => stop.stopId)).toEqual(['014303-S1', '014303-S2', '014303-S3'])
    expect(tsukigata?.busStops.nodes[0]?.operator.name).toBe('月形町コミュニティバス（サンプル）')
    expect(tsukigata?.busStops.pageInfo.hasNextPage).toBe(true)
    expect(tsukigata?.routes.nodes).toEqual([
      { routeId: '014303-R1', longName: '月形町循環線（サンプル）', routeType: 3 },
    ])
    // stops, routes, then the operators of both in one batch.
    expect(stack.statements.count('transit')).toBe(3)

    // The trunk line's stop at the office lies in 月形町 too: stops are placed by location, not by operator.
    const next = await stack.graphql(BusStopsAndRoutesOfEveryTownDocument, {
      first: 3,
      after: tsukigata?.busStops.pageInfo.endCursor,
    })
    expect(
      next.body.data?.municipalities.find((town) => town.code === '014303')?.busStops.nodes.map((s) => s.stopId),
    ).toEqual(['014303-S4', 'TR-014303'])
  })
})
