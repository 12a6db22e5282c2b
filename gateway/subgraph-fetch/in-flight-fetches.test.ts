import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument, ShelterLatestStatusDocument } from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { InFlightFetches, nextSequence, type SubgraphAnswer } from './in-flight-fetches.js'

const answer = (body: string): SubgraphAnswer => ({ status: 200, statusText: 'OK', body })

/** A fetch that stays in flight until the test settles it. */
function heldFetch() {
  let settle: (result: SubgraphAnswer | Error) => void = () => {}
  const held = new Promise<SubgraphAnswer>((resolve, reject) => {
    settle = (result) => (result instanceof Error ? reject(result) : resolve(result))
  })
  let sent = 0
  return {
    send: () => {
      sent += 1
      return held
    },
    sent: () => sent,
    settle: (result: SubgraphAnswer | Error) => settle(result),
  }
}

describe('sharing identical subgraph fetches in flight', () => {
  it('lets requests that arrived before a fetch started share it, and no request that arrived after', async () => {
    const inFlight = new InFlightFetches()
    const first = heldFetch()
    const arrivedA = nextSequence()
    const arrivedB = nextSequence()
    const a = inFlight.share('disaster\n{ q }', arrivedA, first.send)
    const b = inFlight.share('disaster\n{ q }', arrivedB, first.send)
    expect(first.sent()).toBe(1)

    // C arrives while that fetch is in flight: a write may have returned in between, so C sends its own.
    const second = heldFetch()
    const arrivedC = nextSequence()
    const c = inFlight.share('disaster\n{ q }', arrivedC, second.send)
    expect(second.sent()).toBe(1)
    first.settle(answer('"old"'))
    second.settle(answer('"new"'))
    expect(await Promise.all([a, b, c])).toEqual([answer('"old"'), answer('"old"'), answer('"new"')])
  })

  it('never shares across keys, shares a failure only with those in flight, then sends anew', async () => {
    const inFlight = new InFlightFetches()
    const outcomes: string[] = []
    inFlight.observe = (outcome) => outcomes.push(outcome)
    const failing = heldFetch()
    const arrived = nextSequence()
    const first = inFlight.share('disaster\n{ q }', arrived, failing.send)
    const joined = inFlight.share('disaster\n{ q }', arrived, failing.send)
    const other = heldFetch()
    const otherKey = inFlight.share('transit\n{ q }', arrived, other.send)
    failing.settle(new Error('subgraph down'))
    other.settle(answer('{}'))
    await expect(first).rejects.toThrow('subgraph down')
    await expect(joined).rejects.toThrow('subgraph down')
    expect(await otherKey).toEqual(answer('{}'))

    const retry = heldFetch()
    const again = inFlight.share('disaster\n{ q }', nextSequence(), retry.send)
    retry.settle(answer('{}'))
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
    const shelter = await stack.database.admin.selectFrom('disaster.shelter').select('id').where('municipalityCode', '=', YUNI).orderBy('id').executeTakeFirstOrThrow()
    shelterId = shelter.id
  })
  afterAll(() => stack.stop())

  const shareableFetches = async () => {
    const metrics = await (await fetch(new URL('/metrics', stack.services.gatewayUrl))).text()
    return [...metrics.matchAll(/gateway_subgraph_shareable_fetches_total\{outcome="\w+",component="gateway"\} (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0)
  }
  const latestEvacuees = async (token?: string) => {
    const { body } = await stack.graphql(ShelterLatestStatusDocument, { id: shelterId }, token ? { token } : {})
    expect(body.errors).toBeUndefined()
    return body.data?.shelter?.latestStatus?.evacuees
  }

  it('gives every reader in a crowd after a write the written value', async () => {
    const token = await stack.token(YUNI)
    for (let round = 0; round < 10; round += 1) {
      const { body } = await stack.graphql(ReportShelterStatusDocument, { shelterId, input: { isOpen: true, evacuees: 500 + round } }, { token })
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
    const { body } = await stack.graphql(ReportShelterStatusDocument, { shelterId, input: { isOpen: true, evacuees: 1 } }, { token })
    expect(body.errors).toBeUndefined()
    expect(await shareableFetches()).toBe(before)
    await latestEvacuees()
    expect(await shareableFetches()).toBeGreaterThan(before)
  })
})
