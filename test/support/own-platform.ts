import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmbeddedPostgres, type EmbeddedServer } from '../../lib/db/embedded-postgres.js'
import { createLogger } from '../../lib/logger.js'
import { startPlatformProcess, type PlatformProcess } from './platform-process.js'
import { TEST_TOKEN_SETTINGS } from './stack.js'

export interface OwnPlatform {
  /** A scratch directory for the test's files (the cluster is under it), removed by `stop`. */
  dir: string
  postgres: EmbeddedServer
  platform: PlatformProcess
  /** Stops the platform and the cluster and removes the cluster's files. */
  stop: () => Promise<void>
}

/**
 * `npm start` as its own process on a throw-away cluster of its own: the platform prepares the database it is
 * given, which resets the login roles' passwords — on the shared test cluster that would lock out every other
 * test file. For tests that kill the platform or measure its memory apart from the test's own.
 */
export async function startPlatformOnOwnCluster(name: string): Promise<OwnPlatform> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`))
  const postgres = await startEmbeddedPostgres({
    dir: join(dir, 'pg'),
    port: 0,
    logger: createLogger('silent', 'test'),
    persistent: false,
    durable: false,
  })
  const platform = await startPlatformProcess(postgres.adminUrl(), { JWT_SECRET: TEST_TOKEN_SETTINGS.secret })
  return {
    dir,
    postgres,
    platform,
    stop: async () => {
      await platform.stop().catch(() => {})
      await postgres.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
