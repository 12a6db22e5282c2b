import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { print } from 'graphql'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { FirstShelterOfEveryTownDocument, TownsAndShelterDocument } from '../codegen/operations.js'
import { createTokenVerifier } from '../lib/auth/tokens.js'
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { findFreePort } from '../lib/net.js'
import { prepareDatabase } from '../all-in-one/prepare-database.js'
import { startServices } from '../all-in-one/start-services.js'
import { startTestStack, TEST_TOKEN_SETTINGS } from './support/stack.js'

const logger = createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent', 'test')
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function post(url: string, query: string) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    return { status: response.status, ok: !body.errors && body.data !== undefined, text: JSON.stringify(body) }
  } catch (error) {
    return { status: 0, ok: false, text: String(error) }
  }
}
const readiness = async (graphqlUrl: string) => (await fetch(new URL('/readyz', graphqlUrl))).status

/** Polls until `condition` holds: this machine is shared, so fixed sleeps are not enough for the first answer. */
async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition()) && Date.now() < deadline) await sleep(50)
}

describe('faults', () => {
  it('survives a database restart mid-traffic: 503 at /readyz in the outage, recovery without restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faults-pg-'))
    const port = await findFreePort()
    let postgres = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port, logger, durable: false })
    cleanups.push(async () => {
      await postgres.stop()
      await rm(dir, { recursive: true, force: true })
    })
    const roleUrls = await prepareDatabase(postgres.adminUrl(), { sampleData: true, logger })
    const services = await startServices({
      databaseUrls: roleUrls,
      verifyToken: createTokenVerifier(TEST_TOKEN_SETTINGS),
      logger,
      host: '127.0.0.1',
      gatewayPort: 0,
      subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>,
      poolMax: 2,
    })
    cleanups.push(services.stop)
    const query = print(FirstShelterOfEveryTownDocument)

    // Steady traffic for the whole test; every answer is recorded.
    const answers: { ok: boolean; status: number; text: string }[] = []
    // A property, not a local: the test sets it while the loop awaits.
    const traffic_ = { running: true }
    const traffic = (async () => {
      while (traffic_.running) {
        answers.push(await post(services.gatewayUrl, query))
        await sleep(20)
      }
    })()
    await eventually(() => answers.length >= 3)
    expect(answers.length).toBeGreaterThanOrEqual(3)
    expect(answers.every((answer) => answer.ok)).toBe(true)

    await postgres.stop()
    const duringOutage = answers.length
    await eventually(() => answers.slice(duringOutage).some((answer) => !answer.ok))
    expect(await readiness(services.gatewayUrl)).toBe(503)
    const outage = answers.slice(duringOutage)
    expect(outage.some((answer) => !answer.ok)).toBe(true)
    // Errors, never a crash or a leak: every answer is a GraphQL response without internals.
    for (const answer of outage) {
      expect(answer.status).toBeGreaterThan(0)
      expect(answer.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/)
    }

    postgres = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port, logger, durable: false })
    await eventually(async () => (await readiness(services.gatewayUrl)) === 200)
    expect(await readiness(services.gatewayUrl)).toBe(200)
    // The request in flight when readiness returned may have started during the outage: skip it.
    const recovered = answers.length + 1
    await eventually(() => answers.length >= recovered + 3)
    traffic_.running = false
    await traffic
    const after = answers.slice(recovered)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((answer) => answer.ok)).toBe(true)
  })

  it('bounds a slow subgraph by the gateway timeout and still answers the rest', async () => {
    const stack = await startTestStack({ subgraphTimeoutMs: 800 })
    cleanups.push(() => stack.stop())
    const shelter = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .limit(1)
      .executeTakeFirstOrThrow()
    // Hold a lock that the disaster subgraph's read must wait for: a real slow dependency.
    const admin = createDatabase({ url: stack.database.adminUrl, poolMax: 1 })
    cleanups.push(() => admin.destroy())
    let release: () => void = () => {}
    let locked: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const lockTaken = new Promise<void>((resolve) => (locked = resolve))
    const locking = admin.transaction().execute(async (trx) => {
      await sql`lock table disaster.shelter in access exclusive mode`.execute(trx)
      locked()
      await held
    })
    await lockTaken
    const started = performance.now()
    // `shelter` is nullable: the gateway can answer the agreement part and null out the slow one.
    const { body } = await stack.graphql(TownsAndShelterDocument, { id: shelter.id })
    const elapsed = performance.now() - started
    release()
    await locking
    expect(elapsed).toBeLessThan(5000)
    expect(body.errors?.length).toBeGreaterThan(0)
    // The agreement subgraph's part (the towns) still came back.
    expect(body.data?.municipalities.map((town) => town.code)).toHaveLength(9)
    expect(body.data?.shelter).toBeNull()
  })
})
