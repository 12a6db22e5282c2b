import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../lib/logger.js'
import { projectRoot } from '../../../lib/paths.js'
import { nodeArgsFor } from '../../../test/support/entry-bundles.js'
import { startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from '../../../test/support/stack.js'
import { digestFile } from './file-digest.js'
import { publishRelease } from './publish-release.js'
import { ReleaseDirectory } from './release-directory.js'

let stack: TestStack
let dir: string
beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'opendata-kill-'))
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The files of a partial release being written, or [] while there is none. */
async function partialFiles() {
  const releases = join(dir, 'releases')
  const partial = (await readdir(releases).catch(() => [])).find((entry) => entry.startsWith('.partial-'))
  return partial ? readdir(join(releases, partial)) : []
}

describe('an interrupted publish', () => {
  it('leaves the previous release served and intact when the publisher is killed mid-run', async () => {
    const releases = new ReleaseDirectory(dir)
    const served = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      token: stack.publisherToken,
      dir,
      logger: createLogger('silent', 'test'),
    })

    const publisher = spawn(
      process.execPath,
      [...nodeArgsFor('scripts/opendata-publish.ts'), '--url', stack.services.gatewayUrl, '--dir', dir],
      {
        cwd: projectRoot,
        stdio: 'ignore',
        // The script mints the publisher's token with JWT_SECRET: the test stack's secret.
        env: { ...process.env, JWT_SECRET: TEST_TOKEN_SETTINGS.secret },
      },
    )
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      publisher.once('exit', (_code, signal) => {
        resolve(signal)
      }),
    )
    // Kill it as soon as it has written a first file of the new release: well before the switch.
    while ((await partialFiles()).length === 0) await sleep(5)
    publisher.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    expect((await partialFiles()).length).toBeGreaterThan(0)

    expect(await releases.currentReleaseId()).toBe(served.releaseId)
    const manifest = await releases.currentManifest()
    expect(manifest).toEqual(served)
    for (const file of served.datasets.flatMap((dataset) => dataset.distributions)) {
      expect(await digestFile(join(releases.releasePath(served.releaseId), file.path))).toEqual({
        sha256: file.sha256,
        byteSize: file.byteSize,
      })
    }

    // The next publish clears the debris and switches normally.
    const next = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      token: stack.publisherToken,
      dir,
      logger: createLogger('silent', 'test'),
    })
    expect(next.previousReleaseId).toBe(served.releaseId)
    expect(await partialFiles()).toEqual([])
    expect(await releases.currentReleaseId()).toBe(next.releaseId)
  })
})
