import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../test/support/stack.js'

/**
 * The response cache rolls over at midnight JST: an answer may depend on "today" in Japan (the agreement in
 * force, unexpired stock), so an entry stored on one day is never served on the next, even though no data changed.
 * The clock is injected and moved; nothing sleeps.
 */

let now = new Date('2026-12-06T14:59:00Z') // 23:59 JST
let stack: TestStack
beforeAll(
  async () =>
    void (stack = await startTestStack({
      responseCache: { maxBytes: 16 * 1024 * 1024, httpMaxAgeSeconds: 0, clock: () => now },
    })),
)
afterAll(() => stack.stop())

const QUERY = '{ agreement { title } }'
const cacheOf = async () => (await stack.graphql(QUERY)).headers.get('x-response-cache')

describe('response cache and the business day', () => {
  it('serves an entry within the day in Japan and misses after midnight JST', async () => {
    expect(await cacheOf()).toBe('miss')
    expect(await cacheOf()).toBe('hit')
    now = new Date('2026-12-06T14:59:59Z') // 23:59:59 JST: the same day
    expect(await cacheOf()).toBe('hit')
    now = new Date('2026-12-06T15:00:00Z') // 00:00 JST the next day; the UTC date has not changed
    expect(await cacheOf()).toBe('miss')
    expect(await cacheOf()).toBe('hit')
  })
})
