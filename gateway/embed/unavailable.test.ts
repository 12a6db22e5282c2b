import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempOpenDataDir } from '../../test/support/opendata-fixture.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../test/support/transit-feed.js'

/**
 * A subgraph that is down (its server closed, the rest running): the widgets and the town page answer a readable
 * 503 with Retry-After, never a bare 500, and the rest of the site keeps answering.
 */

const TSUKIGATA = '014303'
let stack: TestStack
let openData: Awaited<ReturnType<typeof tempOpenDataDir>>
let operatorId: string

beforeAll(async () => {
  openData = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: openData.dir } })
  operatorId = await townOperatorId(stack, TSUKIGATA)
  await importSampleFeed(stack, operatorId, TSUKIGATA)
}, 120_000)
afterAll(async () => {
  await stack.stop()
  await openData.remove()
})

const get = (path: string) => fetch(new URL(path, stack.services.gatewayUrl))

async function expectUnavailable(path: string, words: string) {
  const response = await get(path)
  expect(response.status, path).toBe(503)
  expect(response.headers.get('retry-after'), path).toBe('30')
  expect(response.headers.get('content-type'), path).toMatch(/^text\/html/)
  expect(response.headers.get('cache-control'), path).toBe('no-store')
  expect(await response.text(), path).toContain(words)
}

describe('with a subgraph down', () => {
  it('answers 503 with Retry-After from the pages that need it, and 200 from the others', async () => {
    const departures = `/embed/departures?operator=${operatorId}&stop=S1`
    const shelters = `/embed/shelters?town=${TSUKIGATA}`
    const town = `/opendata/towns/${TSUKIGATA}`
    for (const path of [departures, shelters, town]) expect((await get(path)).status, path).toBe(200)

    await stack.services.stopSubgraph('transit')
    await expectUnavailable(departures, '一時的に表示できません')
    // The town page draws its operators' routes: without the transit subgraph it cannot be current.
    await expectUnavailable(town, '一時的に表示できません')
    await expectUnavailable(`/opendata/en/towns/${TSUKIGATA}`, 'Temporarily unavailable')
    expect((await get(shelters)).status).toBe(200)

    await stack.services.stopSubgraph('disaster')
    await expectUnavailable(shelters, '一時的に表示できません')
    // Pages served from the release alone are unaffected.
    expect((await get('/opendata/')).status).toBe(200)
  }, 60_000)
})
