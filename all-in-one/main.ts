/**
 * The whole platform in one process, on an embedded PostgreSQL unless DATABASE_URL is set: what `npm start`
 * (scripts/start.ts) runs, from a bundle of this file (all-in-one/start-bundle.ts).
 */
import { loadConfig } from '../lib/config.js'
import { createLogger } from '../lib/logger.js'
import { runMain, stopOnSignals } from '../lib/process/shutdown.js'
import { startPlatform } from './start-platform.js'
import { startUpBanner } from './start-up-banner.js'

runMain(async () => {
  const config = loadConfig()
  const logger = createLogger(config.LOG_LEVEL, 'minamisorachi')
  const startedAt = performance.now()
  const platform = await startPlatform(config, logger)
  stopOnSignals(logger, platform.stop)
  logger.info({ subgraphs: platform.subgraphUrls, ms: Math.round(performance.now() - startedAt) }, 'platform started')
  console.log(startUpBanner(platform.gatewayUrl))
})
