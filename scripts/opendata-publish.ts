/**
 * `npm run opendata:publish [-- --url http://127.0.0.1:4000/graphql] [--dir .data/opendata]`
 *
 * Builds an open-data release from the running platform's public API (anonymous queries through
 * the gateway, so nothing restricted can be published) and switches the served release to it
 * atomically. Prints the release id and the rows added/changed/removed per dataset.
 */
import { parseArgs } from 'node:util'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { publishRelease } from '../gateway/opendata/publish/publish-release.js'

runMain(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env['OPENDATA_GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql' },
      dir: { type: 'string', default: process.env['OPENDATA_DIR'] ?? '.data/opendata' },
    },
  })
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn', 'opendata')
  const manifest = await publishRelease({ gatewayUrl: values.url, dir: values.dir, logger })
  console.log(`published release ${manifest.releaseId} to ${values.dir} (previous: ${manifest.previousReleaseId ?? 'none'})`)
  for (const dataset of manifest.datasets) {
    const { added, changed, removed } = dataset.changes
    console.log(`  ${dataset.id.padEnd(24)} ${String(dataset.rowCount).padStart(7)} rows  +${added} ~${changed} -${removed}${dataset.isSample ? '  (sample)' : ''}`)
  }
})
