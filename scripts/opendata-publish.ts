/**
 * `npm run opendata:publish [-- --url http://127.0.0.1:4000/graphql] [--dir DIR]` (defaults: the
 * gateway of this configuration (HOST, PORT) and OPENDATA_DIR)
 *
 * Builds an open-data release from the running platform's public API (queries through the gateway as the
 * publisher's service account, which sees what anonymous callers see, so nothing restricted can be published) and
 * switches the served release to it
 * atomically. Prints the release id and the rows added/changed/removed per dataset.
 */
import { parseArgs } from 'node:util'
import { DEFAULT_GATEWAY_PORT } from '../gateway/subgraph-urls.js'
import { publisherTokenFromConfig } from '../lib/auth/service-tokens.js'
import { loadConfig } from '../lib/config.js'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { publishRelease } from '../gateway/opendata/publish/publish-release.js'

runMain(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      dir: { type: 'string' },
    },
  })
  const config = loadConfig()
  const logger = createLogger(config.LOG_LEVEL, 'opendata')
  const gatewayUrl = values.url ?? `http://${config.HOST}:${config.PORT ?? DEFAULT_GATEWAY_PORT}/graphql`
  const dir = values.dir ?? config.OPENDATA_DIR
  const manifest = await publishRelease({ gatewayUrl, dir, logger, token: publisherTokenFromConfig(config) })
  console.log(`published release ${manifest.releaseId} to ${dir} (previous: ${manifest.previousReleaseId ?? 'none'})`)
  for (const dataset of manifest.datasets) {
    const { added, changed, removed } = dataset.changes
    console.log(
      `  ${dataset.id.padEnd(24)} ${String(dataset.rowCount).padStart(7)} rows ` +
        ` +${added} ~${changed} -${removed}${dataset.isSample ? '  (sample)' : ''}`,
    )
  }
})
