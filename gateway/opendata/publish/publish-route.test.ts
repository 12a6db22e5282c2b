import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { ReleaseDirectory } from './release-directory.js'

let stack: TestStack
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'publish-route-'))
  stack = await startTestStack({ openData: { dir } })
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const publish = (authorization?: string) =>
  fetch(new URL('/opendata/releases', stack.services.gatewayUrl), {
    method: 'POST',
    headers: authorization ? { authorization } : {},
  })

describe('POST /opendata/releases', () => {
  it('lets an admin publish a release that the portal then serves, and nobody else', async () => {
    expect((await publish()).status).toBe(401)
    expect((await publish(`Bearer ${await stack.token('012106', ['coordinator'])}`)).status).toBe(403)
    expect(await new ReleaseDirectory(dir).currentReleaseId()).toBeNull()

    const response = await publish(`Bearer ${await stack.token('012106', ['admin'])}`)
    expect(response.status).toBe(201)
    const release = (await response.json()) as {
      releaseId: string
      datasets: { id: string; rowCount: number; added: number }[]
    }
    expect(release.datasets.find((dataset) => dataset.id === 'evacuation-space')?.rowCount).toBeGreaterThan(0)
    expect(await new ReleaseDirectory(dir).currentReleaseId()).toBe(release.releaseId)
    const portal = await fetch(new URL('/opendata/', stack.services.gatewayUrl))
    expect(await portal.text()).toContain('指定緊急避難場所一覧')
  })
})
