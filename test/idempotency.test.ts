import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateShelterDocument } from '../codegen/operations.js'
import { loadConfig } from '../lib/config.js'
import { errorCodes } from './support/errors.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Issue #17: a mutation sent with `Idempotency-Key` and retried (its answer was lost, or the client timed out
 * while the database was slow) is written once, and every retry gets the first result. The database is delayed
 * for real: another connection holds a lock the write needs.
 */
const TSUKIGATA = '014303'
const MIKASA = '012220'

let stack: TestStack
let token: string
beforeAll(async () => {
  // A short write budget, so the test can outlast it; the gateway waits longer than the budget, as config demands.
  stack = await startTestStack({ writeTimeoutMs: 1500, subgraphTimeoutMs: 3000 })
  token = await stack.token(TSUKIGATA)
})
afterAll(() => stack.stop())

const shelterInput = (name: string) => ({ municipalityCode: TSUKIGATA, name, address: '北海道月形町 1', capacity: 40 })

function createShelter(name: string, key?: string, options: { token?: string; signal?: AbortSignal } = {}) {
  return stack.graphql(
    CreateShelterDocument,
    { input: shelterInput(name) },
    { token: options.token ?? token, headers: key ? { 'idempotency-key': key } : {} },
  )
}

async function sheltersNamed(name: string): Promise<number> {
  const rows = await stack.database.admin.selectFrom('disaster.shelter').select('id').where('name', '=', name).execute()
  return rows.length
}

async function auditEntriesFor(name: string): Promise<number> {
  const rows = await stack.database.admin
    .selectFrom('app.auditLog')
    .select('id')
    .where('entity', '=', 'Shelter')
    .where('operation', '=', 'create')
    .where((eb) => eb(eb.ref('after'), '@>', JSON.stringify({ name })))
    .execute()
  return rows.length
}

/** Holds an exclusive lock on disaster.shelter from another session until `release` is called. */
async function lockShelters(): Promise<{ release: () => Promise<void> }> {
  const locker = new pg.Client({ connectionString: stack.database.adminUrl })
  await locker.connect()
  await locker.query('begin')
  await locker.query('lock table disaster.shelter in exclusive mode')
  return {
    release: async () => {
      await locker.query('rollback')
      await locker.end()
    },
  }
}

describe('Idempotency-Key on mutations', () => {
  it('writes once and answers a retry with the first result', async () => {
    const first = await createShelter('冪等 retry', 'key-retry-1')
    const second = await createShelter('冪等 retry', 'key-retry-1')
    expect(first.body.errors).toBeUndefined()
    expect(second.body).toEqual(first.body)
    expect(await sheltersNamed('冪等 retry')).toBe(1)
    expect(await auditEntriesFor('冪等 retry')).toBe(1)
    // Without a key, the same request is a new write each time.
    await createShelter('冪等 retry')
    expect(await sheltersNamed('冪等 retry')).toBe(2)
  })

  it('accepts the key as a structured-field string too ("…")', async () => {
    const first = await createShelter('冪等 quoted', '"key-quoted"')
    const second = await createShelter('冪等 quoted', 'key-quoted')
    expect(second.body).toEqual(first.body)
    expect(await sheltersNamed('冪等 quoted')).toBe(1)
  })

  it('refuses the same key with a different request (CONFLICT) and writes nothing', async () => {
    await createShelter('冪等 first', 'key-reused')
    const other = await createShelter('冪等 other', 'key-reused')
    expect(errorCodes(other.body)).toEqual(['CONFLICT'])
    expect(other.body.errors?.[0]?.message).toMatch(/Idempotency-Key "key-reused" was already used for a different/)
    expect(await sheltersNamed('冪等 other')).toBe(0)
  })

  it("keeps each caller's keys apart: another town's identical key is another key", async () => {
    const mikasa = await stack.token(MIKASA)
    const ours = await createShelter('冪等 ours', 'key-shared')
    const theirs = await stack.graphql(
      CreateShelterDocument,
      { input: { ...shelterInput('冪等 theirs'), municipalityCode: MIKASA } },
      { token: mikasa, headers: { 'idempotency-key': 'key-shared' } },
    )
    expect(ours.body.errors).toBeUndefined()
    expect(theirs.body.errors).toBeUndefined()
    expect(await sheltersNamed('冪等 theirs')).toBe(1)
  })

  it('refuses a malformed key with 400 before anything runs', async () => {
    for (const key of ['', 'has space', 'x'.repeat(256), 'k\u00e9y', 'tab\there']) {
      const response = await fetch(stack.services.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
        body: JSON.stringify({ query: 'mutation { retireShelter(id: "x") { id } }' }),
      })
      const body = (await response.json()) as { errors?: { extensions?: { code?: string; field?: string } }[] }
      expect([key, response.status]).toEqual([key, 400])
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotency-key' })
    }
  })

  it('writes once when concurrent retries race (the key serialises them)', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => createShelter('冪等 race', 'key-race')))
    const ids = answers.map((answer) => JSON.stringify(answer.body))
    expect(new Set(ids).size).toBe(1)
    expect(answers[0]?.body.errors).toBeUndefined()
    expect(await sheltersNamed('冪等 race')).toBe(1)
  })

  it('writes once when the client gives up on a delayed database and retries', async () => {
    const lock = await lockShelters()
    // The first attempt waits for the lock; the client stops waiting for it (its answer is lost to the client).
    const lost = createShelter('冪等 delayed', 'key-delayed')
    await new Promise((resolve) => setTimeout(resolve, 300))
    // The retry waits behind the first attempt's claim of the key, then answers with its result.
    const retry = createShelter('冪等 delayed', 'key-delayed')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await lock.release()
    const [first, second] = await Promise.all([lost, retry])
    expect(first.body.errors).toBeUndefined()
    expect(second.body).toEqual(first.body)
    expect(await sheltersNamed('冪等 delayed')).toBe(1)
    expect(await auditEntriesFor('冪等 delayed')).toBe(1)
  })

  it('never commits a write reported as failed: past the write budget it rolls back; a retry writes once', async () => {
    const lock = await lockShelters()
    const started = Date.now()
    const failed = await createShelter('冪等 timeout', 'key-timeout')
    const waited = Date.now() - started
    // Let a late commit (there must be none) happen before counting.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await sheltersNamed('冪等 timeout')).toBe(0)
    await lock.release()
    expect(errorCodes(failed.body)).toEqual(['SERVICE_UNAVAILABLE'])
    expect(failed.body.errors?.[0]?.message).toMatch(/nothing was written/)
    // Answered by the subgraph's own time limit (1.5 s), before the gateway's (3 s) could fire.
    expect(waited).toBeLessThan(3000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await sheltersNamed('冪等 timeout')).toBe(0)
    const retried = await createShelter('冪等 timeout', 'key-timeout')
    expect(retried.body.errors).toBeUndefined()
    const again = await createShelter('冪等 timeout', 'key-timeout')
    expect(again.body).toEqual(retried.body)
    expect(await sheltersNamed('冪等 timeout')).toBe(1)
  })
})

describe('start-up check of the time limits', () => {
  it('refuses a subgraph timeout that is not longer than the database write timeout', () => {
    expect(() => loadConfig({ SUBGRAPH_TIMEOUT_MS: '8000', DATABASE_WRITE_TIMEOUT_MS: '8000' })).toThrow(
      /SUBGRAPH_TIMEOUT_MS: must be at least DATABASE_WRITE_TIMEOUT_MS \(8000\) \+ 1000 ms/,
    )
    expect(loadConfig({ SUBGRAPH_TIMEOUT_MS: '9000', DATABASE_WRITE_TIMEOUT_MS: '8000' }).SUBGRAPH_TIMEOUT_MS).toBe(
      9000,
    )
    expect(loadConfig({}).DATABASE_WRITE_TIMEOUT_MS).toBeLessThan(loadConfig({}).SUBGRAPH_TIMEOUT_MS)
  })
})
