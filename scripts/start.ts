/**
 * `npm start`: the whole platform in one process (all-in-one/main.ts), on an embedded PostgreSQL unless
 * DATABASE_URL is set. It runs from a bundle built on the first start and rebuilt when a source changes
 * (all-in-one/start-bundle.ts: loading the modules one by one was most of the start-up time); START_BUNDLE=off
 * runs the sources directly.
 */
import { runMain } from '../lib/process/shutdown.js'
import { runBundled } from '../all-in-one/start-bundle.js'

// The one variable read before the configuration is loaded (lib/config.ts validates it again).
runMain(() => runBundled('all-in-one/main.ts', { bundled: process.env['START_BUNDLE'] !== 'off' }))
