import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../../lib/paths.js'
import { nodeArgsFor } from '../../../test/support/entry-bundles.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { townOperatorId } from '../../../test/support/transit-feed.js'
import { sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'

const run = promisify(execFile)
let stack: TestStack
let dir: string
let operatorId: string
beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'gtfs-cli-'))
  operatorId = await townOperatorId(stack, '014303')
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const cli = (file: string, token: string) =>
  run(
    process.execPath,
    [
      ...nodeArgsFor('scripts/import-gtfs.ts'),
      file,
      '--operator',
      operatorId,
      '--token',
      token,
      '--url',
      stack.services.gatewayUrl,
    ],
    {
      cwd: projectRoot,
    },
  )

describe('npm run import:gtfs', () => {
  it('imports a feed through the API with the staff member’s own token', async () => {
    const file = join(dir, 'tsukigata.zip')
    await writeFile(file, await zipFeed(sampleFeedFiles()))
    const { stdout } = await cli(file, await stack.token('014303'))
    expect(stdout).toMatch(
      /imported tsukigata\.zip as feed version [0-9a-f-]{36} \(ACTIVE, 0 warnings\): .*stop_times\.txt 5/,
    )
  })

  it('fails with the problems, and cannot import for another town', async () => {
    const bad = join(dir, 'bad.zip')
    await writeFile(bad, await zipFeed({ ...sampleFeedFiles(), 'stops.txt': null }))
    await expect(cli(bad, await stack.token('014303'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('error: stops.txt:0: required file is missing') as unknown,
    })
    const good = join(dir, 'tsukigata.zip')
    await expect(cli(good, await stack.token('014290'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('FORBIDDEN') as unknown,
    })
  })
})
