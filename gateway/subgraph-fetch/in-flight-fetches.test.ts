import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument, ShelterLatestStatusDocument } from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { InFlightFetches, nextSequence, type SubgraphAnswer } from './in-flight-fetches.js'

const answer = (body: string): SubgraphAnswer => ({ status: 200, statusText: 'OK', body })

/** Fetches that stay in flight until the test settles them, in the order they were sent. */
function heldFetches() {
  const settlers: ((result: SubgraphAnswer | Error) => void)[] = []
  return {
    send: () =>
      new Promise<SubgraphAnswer>((resolve, reject) => {
        settlers.push((result) => {
          if (result instanceof Error) reject(result)
          else resolve(result)
        })
      }),
    sent: () => settlers.length,
    settle: (index: number, result: SubgraphAnswer | Error) => settlers[index]?.(result),
  }
}

/** Lets queued promise callbacks (a follower's fetch starting) run. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('sharing identical subgraph fetches', () => {
  it('shares a fetch with requests that arrived before it started; later ones wait and share the next', async () => {
    const inFlight = new InFlightFetches()
    const fetches = heldFetches()
    const key = 'disaster\n{ q }'
    const arrivedA = nextSequence()
    const arrivedB = nextSequence()
    const a = inFlight.share(key, arrivedA, fetches.send)
    const b = inFlight.share(key, arrivedB, fetches.send)
    expect(fetches.sent()).toBe(1)

    // C and D arrive while that fetch runs: a write may have returned since it started, so they must not
    // get its answer. They wait for it, then share one new fetch.
    const c = inFlight.share(key, nextSequence(), fetches.send)
    const d = inFlight.share(key, nextSequence(), fetches.send)
    await turn()
    expect(fetches.sent()).toBe(1)
    fetches.settle(0, answer('"before the write"'))
    await turn()
    expect(fetches.sent()).toBe(2)
    fetches.settle(1, answer('"after the write"'))
    expect(await Promise.all([a, b, c, d])).toEqual([
      answer('"before the write"'),
      answer('"before the write"'),
      answer('"after the write"'),
      answer('"after the write"'),
    ])
  })

  it('never shares across keys; a failure reaches only those sharing it, and the next request sends anew', async () => {
    const inFlight = new InFlightFetches()
    const outcomes: string[] = []
    inFlight.observe = (outcome) => outcomes.push(outcome)
    const fetches = heldFetches()
    const arrived = nextSequence()
    const first = inFlight.share('disaster\n{ q }', arrived, fetches.send)
    const joined = inFlight.share('disaster\n{ q }', arrived, fetches.send)
    const otherKey = inFlight.share('transit\n{ q }', arrived, fetches.send)
    expect(fetches.sent()).toBe(2)
    fetches.settle(0, new Error('subgraph down'))
    fetches.settle(1, answer('{}'))
    await expect(first).rejects.toThrow('subgraph down')
    await expect(joined).rejects.toThrow('subgraph down')
    expect(await otherKey).toEqual(answer('{}'))

    const again = inFlight.share('disaster\n{ q }', nextSequence(), fetches.send)
    fetches.settle(2, answer('{}'))
    expect(await again).toEqual(answer('{}'))
    expect(outcomes).toEqual(['sent', 'joined', 'sent', 'sent'])
  })
})

describe('the gateway with SUBGRAPH_DEDUP on and no response cache', () => {
  const YUNI = '014273'
  let stack: TestStack
  let shelterId: string
  beforeAll(async () => {
    stack = await startTestStack({ responseCache: undefined, subgraphDedup: true })
    const shelter = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', YUNI)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    shelterId = shelter.id
  })
  afterAll(() => stack.stop())

  const shareableFetches = async () => {
    const metrics = await (await stack.metrics()).text()
    return [
      ...metrics.matchAll(/gateway_subgraph_shareable_fetches_total\{outcome="\w+",component="gateway"\} (\d+)/g),
    ].reduce((sum, match) => sum + Number(match[1]), 0)
  }
  const latestEvacuees = async (token?: string) => {
    const { body } = await stack.graphql(ShelterLatestStatusDocument, { id: shelterId }, token ? { token } : {})
    expect(body.errors).toBeUndefined()
    return body.data?.shelter?.latestStatus?.evacuees
  }

  it('gives every reader in a crowd after a write the written value', async () => {
    const token = await stack.token(YUNI)
    for (let round = 0; round < 10; round += 1) {
      const { body } = await stack.graphql(
        ReportShelterStatusDocument,
        { shelterId, input: { isOpen: true, evacuees: 500 + round } },
        { token },
      )
      expect(body.errors).toBeUndefined()
      const crowd = await Promise.all(Array.from({ length: 8 }, () => latestEvacuees()))
      expect(crowd).toEqual(Array.from({ length: 8 }, () => 500 + round))
    }
    expect(await shareableFetches()).toBeGreaterThan(0)
  })

  it('shares no signed-in caller’s fetch and no mutation', async () => {
    const token = await stack.token(YUNI)
    const before = await shareableFetches()
    await Promise.all(Array.from({ length: 4 }, () => latestEvacuees(token)))
    const { body } = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId, input: { isOpen: true, evacuees: 1 } },
      { token },
    )
    expect(body.errors).toBeUndefined()
    expect(await shareableFetches()).toBe(before)
    await latestEvacuees()
    expect(await shareableFetches()).toBeGreaterThan(before)
  })
})
