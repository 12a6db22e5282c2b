import { createLogger } from '../../lib/logger.js'
import { publishRelease } from '../../gateway/opendata/publish/publish-release.js'
import { ReleaseDirectory } from '../../gateway/opendata/publish/release-directory.js'
import type { TestStack } from './stack.js'

/** Publishes a release of every dataset from the test stack's API into `dir`; returns the release's directory. */
export async function publishTestRelease(stack: TestStack, dir: string): Promise<string> {
  const published = await publishRelease({
    gatewayUrl: stack.services.gatewayUrl,
    token: stack.publisherToken,
    dir,
    logger: createLogger('silent', 't'),
  })
  return new ReleaseDirectory(dir).releasePath(published.releaseId)
}
