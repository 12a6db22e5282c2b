import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../test/support/stack.js'
import { startUpBanner } from './start-up-banner.js'

let stack: TestStack
let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banner-'))
  stack = await startTestStack({ openData: { dir } })
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('the start-up banner', () => {
  it('lists addresses that each answer 200 on the running platform, as a browser opens them', async () => {
    const banner = startUpBanner(stack.services.gatewayUrl)
    expect(/ready at (\S+)/.exec(banner)?.[1]).toBe(stack.services.gatewayUrl)
    const urls = [...new Set(banner.match(/https?:\/\/\S+/g) ?? [])]
    expect(urls).toContain(stack.services.gatewayUrl)
    expect(urls.length).toBeGreaterThanOrEqual(6)
    for (const url of urls) {
      const response = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
      expect(response.status, url).toBe(200)
    }
  })
})
