import type { ServiceTokenSource } from '../../../lib/auth/service-tokens.js'
import type { Logger } from '../../../lib/logger.js'
import { publishRelease } from './publish-release.js'
import { ReleaseDirectory } from './release-directory.js'

/**
 * On `npm start`: when no release has been published yet, publish one in the background, so the
 * portal, the catalog and the CKAN API have data from the first minute. Start-up never waits for
 * it, and a failure only logs: the next start or publish tries again. Stopped mid-way (`stopping`),
 * it gives up at its next step and says so plainly, not as a failure of the queries the stop cut off.
 */
export function publishFirstReleaseInBackground(options: {
  gatewayUrl: string
  dir: string
  logger: Logger
  token: ServiceTokenSource
  stopping: AbortSignal
}): Promise<void> {
  const { stopping, ...publish } = options
  return (async () => {
    if (await new ReleaseDirectory(options.dir).currentReleaseId()) return
    const manifest = await publishRelease({
      ...publish,
      onStep: () => {
        stopping.throwIfAborted()
      },
    })
    options.logger.info({ releaseId: manifest.releaseId, dir: options.dir }, 'first open-data release published')
  })().catch((error: unknown) => {
    if (stopping.aborted)
      options.logger.info('first open-data release left for the next start: stopped while publishing')
    else options.logger.warn({ err: error }, 'first open-data release not published')
  })
}
