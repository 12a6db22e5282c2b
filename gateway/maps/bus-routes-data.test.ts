import { describe, expect, it } from 'vitest'
import { mapRouteOf, type ApiRoute } from './bus-routes-data.js'

/** Which path a route is drawn along: the feed's shape where a pattern has one, else its stops in order. */

const stop = (stopId: string, latitude: number, longitude: number) => ({ stopId, location: { latitude, longitude } })
const route = (patterns: ApiRoute['patterns']): ApiRoute => ({
  routeId: 'R1',
  shortName: null,
  longName: '月形線',
  color: 'C0392B',
  operator: { id: 'op', name: '月形バス', isSample: true },
  patterns,
})

describe('mapRouteOf', () => {
  it('draws a pattern without a shape along its stops, and one with a shape along the shape', () => {
    const drawn = mapRouteOf(
      route([
        { stops: [stop('A', 43, 141), stop('B', 43.1, 141.1), stop('C', 43.2, 141.2)], shape: null },
        {
          stops: [stop('A', 43, 141), stop('C', 43.2, 141.2)],
          shape: { points: [stop('x', 43, 141).location, stop('y', 43.05, 141.2).location] },
        },
      ]),
    )
    expect(drawn.paths).toEqual([
      [
        [43, 141],
        [43.1, 141.1],
        [43.2, 141.2],
      ],
      [
        [43, 141],
        [43.05, 141.2],
      ],
    ])
    expect(drawn).toMatchObject({ id: 'op|R1', name: '月形線', operator: '月形バス', color: '#C0392B', stopCount: 3 })
  })

  it('draws a shared path once, and nothing for a pattern of a single stop', () => {
    const shape = { points: [stop('x', 43, 141).location, stop('y', 43.1, 141.1).location] }
    const drawn = mapRouteOf(
      route([
        { stops: [stop('A', 43, 141), stop('B', 43.1, 141.1)], shape },
        { stops: [stop('B', 43.1, 141.1), stop('A', 43, 141)], shape },
        { stops: [stop('A', 43, 141)], shape: null },
      ]),
    )
    expect(drawn.paths).toHaveLength(1)
    expect(drawn.stopCount).toBe(2)
  })
})
