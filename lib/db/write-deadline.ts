import { serviceUnavailable } from '../errors.js'

/**
 * The time budget of a write made for a GraphQL request. The gateway stops waiting for a subgraph after
 * SUBGRAPH_TIMEOUT_MS; lib/config.ts refuses to start unless that is longer than DATABASE_WRITE_TIMEOUT_MS plus
 * a margin, and the write path ends (rolls back) a write that has not committed by its deadline. So a write the
 * gateway reports as failed never commits afterwards.
 */

/** Subtracted from the per-statement limit so a single slow statement ends with a clean error (57014) before the
 * transaction limit (PostgreSQL 17's 25P04 closes the session) ends the whole transaction. */
const STATEMENT_HEADROOM_MS = 250

/** The remaining budget in milliseconds, or undefined without a deadline; refuses when nothing is left. */
export function writeTimeoutFrom(deadline: number | undefined, now = Date.now()): number | undefined {
  if (deadline === undefined) return undefined
  const remaining = deadline - now
  if (remaining <= STATEMENT_HEADROOM_MS) throw writeTimedOut()
  return remaining
}

export function statementTimeoutWithin(transactionTimeoutMs: number): number {
  return Math.max(1, transactionTimeoutMs - STATEMENT_HEADROOM_MS)
}

/** PostgreSQL ended the statement (57014) or the transaction (25P04): the transaction was rolled back. */
export function isWriteTimeout(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return code === '57014' || code === '25P04'
}

export function writeTimedOut() {
  return serviceUnavailable(
    'The database did not finish this write in time, so nothing was written. Retry it ' +
      '(with the same Idempotency-Key, if you sent one).',
  )
}
