import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument, ShelterLatestStatusDocument } from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { DataVersions } from '../data-versions.js'
import { InFlightFetches, nextSequence, type SharingOutcome, type SubgraphAnswer } from './in-flight-fetches.js'

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

/** Data versions as a counter the test raises (a write committing); `reads` counts the reads made. */
function countedVersions() {
  const state = { version: 1, reads: 0 }
  const versions = new DataVersions(() => {
    state.reads += 1
    return Promise.resolve(`disaster:${state.version}`)
  })
  return { versions, state }
}

describe('sharing a fetch already running, by the data versions', () => {
  /** Requests for one key, each arriving when `arrive` is called, over fetches the test answers in turn. */
  function requestsOver(versions: DataVersions) {
    const inFlight = new InFlightFetches(versions)
    const outcomes: SharingOutcome[] = []
    inFlight.observe = (outcome) => outcomes.push(outcome)
    const fetches = heldFetches()
    return {
      arrive: () => inFlight.share('disaster\n{ q }', nextSequence(), fetches.send),
      sent: fetches.sent,
      outcomes,
      /** Answers fetch `index` and lets what follows from it (a waiting request's fetch starting) happen. */
      answer: async (index: number, body: string) => {
        fetches.settle(index, answer(body))
        await turn()
      },
    }
  }

  it('shares it with a later request when no write committed since it started', async () => {
    const { versions, state } = countedVersions()
    await versions.current()
    const requests = requestsOver(versions)
    const [first, later] = [requests.arrive(), requests.arrive()]
    await turn()
    expect(state.reads).toBe(2)
    await requests.answer(0, '"current"')
    expect(await Promise.all([first, later])).toEqual([answer('"current"'), answer('"current"')])
    expect(requests.outcomes).toEqual(['sent', 'joined'])
  })

  it('never hands a request that arrived after a write an answer started before it', async () => {
    const { versions, state } = countedVersions()
    await versions.current()
    const requests = requestsOver(versions)
    const before = requests.arrive()
    state.version += 1 // a write commits and returns while that fetch runs
    const [after, alsoAfter] = [requests.arrive(), requests.arrive()]
    await turn()
    expect(requests.sent()).toBe(1)
    await requests.answer(0, '"before the write"')
    expect(requests.sent()).toBe(2)
    await requests.answer(1, '"after the write"')
    expect(await Promise.all([before, after, alsoAfter])).toEqual([
      answer('"before the write"'),
      answer('"after the write"'),
      answer('"after the write"'),
    ])
    expect(requests.outcomes).toEqual(['sent', 'waited', 'waited', 'sent'])
  })

  it('shares nothing older than the request while no versions are known, and reads them for the next', async () => {
    const { versions, state } = countedVersions()
    const requests = requestsOver(versions)
    const [unknown, waits] = [requests.arrive(), requests.arrive()]
    await turn()
    expect(state.reads).toBe(1)
    await requests.answer(0, '"first"')
    expect(requests.sent()).toBe(2)
    const joins = requests.arrive()
    await turn()
    await requests.answer(1, '"second"')
    expect(await Promise.all([unknown, waits, joins])).toEqual([
      answer('"first"'),
      answer('"second"'),
      answer('"second"'),
    ])
    expect(requests.outcomes).toEqual(['sent', 'waited', 'sent', 'joined'])
  })

  it('falls back to waiting when the versions cannot be read', async () => {
    let fail = false
    const versions = new DataVersions(() =>
      fail ? Promise.reject(new Error('database down')) : Promise.resolve('v:1'),
    )
    await versions.current()
    fail = true
    const requests = requestsOver(versions)
    const [first, later] = [requests.arrive(), requests.arrive()]
    await turn()
    await requests.answer(0, '"first"')
    await requests.answer(1, '"second"')
    expect(await Promise.all([first, later])).toEqual([answer('"first"'), answer('"second"')])
    expect(requests.outcomes).toEqual(['sent', 'waited', 'sent'])
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

  const fetchesBy = async () => {
    const metrics = await (await stack.metrics()).text()
    const counts = { sent: 0, joined: 0, waited: 0 }
    for (const [, outcome, count] of metrics.matchAll(
      /gateway_subgraph_shareable_fetches_total\{outcome="(sent|joined|waited)",component="gateway"\} (\d+)/g,
    ))
      counts[outcome as keyof typeof counts] = Number(count)
    return counts
  }
  const shareableFetches = async () => {
    const { sent, joined, waited } = await fetchesBy()
    return sent + joined + waited
  }
  const latestEvacuees = async (token?: string) => {
    const { body } = await stack.graphql(ShelterLatestStatusDocument, { id: shelterId }, token ? { token } : {})
    expect(body.errors).toBeUndefined()
    return body.data?.shelter?.latestStatus?.evacuees
  }

  /** Ten rounds: a write of `from + round` evacuees returns, then eight readers at once must all read it. */
  const crowdsAfterWrites = async (from: number) => {
    const token = await stack.token(YUNI)
    for (let round = 0; round < 10; round += 1) {
      const { body } = await stack.graphql(
        ReportShelterStatusDocument,
        { shelterId, input: { isOpen: true, evacuees: from + round } },
        { token },
      )
      expect(body.errors).toBeUndefined()
      const crowd = await Promise.all(Array.from({ length: 8 }, () => latestEvacuees()))
      expect(crowd).toEqual(Array.from({ length: 8 }, () => from + round))
    }
  }

  it('gives every reader in a crowd after a write the written value', async () => {
    await crowdsAfterWrites(500)
    expect(await shareableFetches()).toBeGreaterThan(0)
  })

  it('gives a crowd after a write the written value while other readers keep identical fetches running', async () => {
    let reading = true
    const readers = Array.from({ length: 4 }, async () => {
      while (reading) await latestEvacuees()
    })
    try {
      await crowdsAfterWrites(700)
    } finally {
      reading = false
      await Promise.all(readers)
    }
  })

  it('lets a request join a fetch running since before it arrived only while no write committed since', async () => {
    const admin = stack.database.admin
    const stalledReads = async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and usename = 'disaster_svc' and wait_event_type = 'Lock'`.execute(admin)
      return rows[0]?.n ?? 0
    }
    /** Runs `during` while the disaster subgraph's read of shelter statuses waits for a lock; then lets it go. */
    const whileReadsStall = (during: () => Promise<Promise<number | null | undefined>[]>) =>
      admin.transaction().execute(async (trx) => {
        await sql`lock table disaster.shelter_status_report in access exclusive mode`.execute(trx)
        return during()
      })
    // The gateway learns the versions when a request first finds a fetch running: here, before the test proper.
    const warmUp = await whileReadsStall(async () => {
      const readers = [latestEvacuees(), latestEvacuees()]
      await expect.poll(stalledReads, { timeout: 10_000 }).toBe(1)
      return readers
    })
    await Promise.all(warmUp)

    /** How a request whose fetch stalls and one arriving while it does (after a write, if asked) were answered. */
    const outcomesOfTwo = async (writeMeanwhile: boolean) => {
      const before = await fetchesBy()
      const answers = await whileReadsStall(async () => {
        const running = latestEvacuees()
        await expect.poll(stalledReads, { timeout: 10_000 }).toBe(1)
        // A write to another disaster table, committed while that fetch waits: it raises the data versions.
        if (writeMeanwhile) await sql`update disaster.shelter set name = name where id = ${shelterId}`.execute(admin)
        const later = latestEvacuees()
        // The later request is counted once it has decided (after its read of the versions).
        const decided = ({ joined, waited }: typeof before) => joined + waited
        await expect.poll(async () => decided(await fetchesBy())).toBe(decided(before) + 1)
        return [running, later]
      })
      expect(new Set(await Promise.all(answers)).size).toBe(1)
      const after = await fetchesBy()
      return {
        sent: after.sent - before.sent,
        joined: after.joined - before.joined,
        waited: after.waited - before.waited,
      }
    }
    expect(await outcomesOfTwo(false)).toEqual({ sent: 1, joined: 1, waited: 0 })
    expect(await outcomesOfTwo(true)).toEqual({ sent: 2, joined: 0, waited: 1 })
    expect(await outcomesOfTwo(false)).toEqual({ sent: 1, joined: 1, waited: 0 })
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
