import type { ServiceTokenSource } from '../../../lib/auth/service-tokens.js'
import type { Logger } from '../../../lib/logger.js'
import { publishRelease } from './publish-release.js'
import { ReleaseDirectory } from './release-directory.js'

/**
 * On `npm start`: when no release has been published yet, publish one in the background, so the
 * portal, the catalog and the CKAN API have data from the first minute. Start-up never waits for
 * it, and a failure (e.g. stopped mid-way) only logs: the next start or publish tries again.
 */
export function publishFirstReleaseInBackground(options: {
  gatewayUrl: string
  dir: string
  logger: Logger
  token: ServiceTokenSource
}): Promise<void> {
  return (async () => {
    if (await new ReleaseDirectory(options.dir).currentReleaseId()) return
    const manifest = await publishRelease(options)
    options.logger.info({ releaseId: manifest.releaseId, dir: options.dir }, 'first open-data release published')
  })().catch((error: unknown) => {
    options.logger.warn({ err: error }, 'first open-data release not published')
  })
}
