import { createTestDatabase } from './database.js'
import { startOwnStack, type StackOverrides, type TestStack } from './own-stack.js'
import { acquireSharedStack } from './shared-stack.js'

export * from './own-stack.js'

/**
 * The real system on free ports: four subgraphs and the gateway over a database of this file's own (cloned from
 * the seeded template), with the response cache on as shipped (so every test that reads after a write also checks
 * it is not stale). Without overrides it is the test worker's one shared stack over a database cloned afresh for
 * this file (shared-stack.ts); with overrides, a stack of this file's own.
 */
export async function startTestStack(overrides: StackOverrides = {}): Promise<TestStack> {
  if (Object.keys(overrides).length === 0) return acquireSharedStack()
  return startOwnStack(overrides, await createTestDatabase())
}
