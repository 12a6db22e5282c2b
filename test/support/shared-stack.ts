import { sql } from 'kysely'
import { cloneTemplateAs, createTestDatabase, type TestDatabase } from './database.js'
import { stackOver, startOwnStack, type StackOverrides, type TestStack } from './own-stack.js'

/**
 * One stack per test worker: vitest runs a worker's files one after another in one module graph
 * (`isolate: false` in vitest.config.ts), and starting the four subgraphs and the gateway is most of what a small
 * test file costs. Each file still gets a database of its own: the stack's database is dropped and cloned afresh
 * from the seeded template when a file acquires the stack, so no file sees another's writes.
 */
interface SharedStack {
  running: TestStack
  inUse: boolean
  /** How many files have had this stack: each clone's data versions are moved past every earlier clone's. */
  generation: number
}

/**
 * The rate limit counts requests per client for a minute; on a stack that lives for many files, those counts
 * would carry from one file into the next. Files that test the limit start a stack of their own with theirs.
 */
const SHARED_OVERRIDES: StackOverrides = { rateLimit: { max: 1_000_000, windowMs: 60_000 } }

let shared: SharedStack | undefined

/**
 * The worker's stack over a fresh clone of the template. A file that already holds it (two stacks at once) gets
 * a stack of its own instead; a shared stack that stopped answering is replaced.
 */
export async function acquireSharedStack(): Promise<TestStack> {
  if (shared?.inUse) return startOwnStack(SHARED_OVERRIDES, await createTestDatabase())
  if (shared && (await isReady(shared.running))) await recloneDatabase(shared)
  else {
    // A file stopped part of it (or it broke): its servers go, best effort, and a new stack takes its place.
    await shared?.running.stop().catch(() => undefined)
    shared = await startSharedStack()
  }
  const current = shared
  current.inUse = true
  const release = () => {
    current.inUse = false
    return Promise.resolve()
  }
  return stackOver({ ...current.running, stop: release })
}

async function startSharedStack(): Promise<SharedStack> {
  const running = await startOwnStack(SHARED_OVERRIDES, await createTestDatabase())
  return { running, inUse: false, generation: 0 }
}

/** Drops the last file's database and clones the template under the same name (the pools reconnect). */
async function recloneDatabase(stack: SharedStack): Promise<void> {
  await stack.running.database.admin.destroy()
  const database: TestDatabase = await cloneTemplateAs(stack.running.database.name)
  stack.generation += 1
  await moveDataVersionsPast(database, stack.generation)
  stack.running.statements.reset()
  stack.running = { ...stack.running, database }
}

/**
 * The gateway's response cache keeps answers per data version (app.data_version), and every clone starts at the
 * template's versions: without this, a file could be answered from what an earlier file's data was.
 */
async function moveDataVersionsPast(database: TestDatabase, generation: number): Promise<void> {
  await sql`update app.data_version set version = version + ${generation * 1_000_000_000}`.execute(database.admin)
}

async function isReady(stack: TestStack): Promise<boolean> {
  try {
    const response = await fetch(new URL('/readyz', stack.services.gatewayUrl), { signal: AbortSignal.timeout(5000) })
    return response.ok
  } catch {
    return false
  }
}
