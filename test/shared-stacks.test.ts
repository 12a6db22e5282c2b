import { describe, expect, it } from 'vitest'
import { TownNamesDocument } from '../codegen/operations.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * The harness itself (test/support/shared-stacks.ts): the files of a worker share running stacks, and
 * nothing one file did may show in the next — neither its rows nor an answer the gateway cached for it.
 * Each `startTestStack()` … `stop()` below stands for one test file.
 */
const TSUKIGATA = '014303'

const renameTown = (stack: TestStack, name: string) =>
  stack.database.admin.updateTable('agreement.municipality').set({ name }).where('code', '=', TSUKIGATA).execute()

async function townName(stack: TestStack) {
  const { body, headers } = await stack.graphql(TownNamesDocument)
  return {
    name: body.data?.municipalities.find((town) => town.code === TSUKIGATA)?.name,
    cache: headers.get('x-response-cache'),
  }
}

describe('stacks shared by the files of a worker', () => {
  it("gives the next file the same running services over a fresh copy of the template, without the last file's rows", async () => {
    const first = await startTestStack()
    const templateName = (await townName(first)).name
    await renameTown(first, '一つ目のファイルの月形町')
    const gatewayUrl = first.services.gatewayUrl
    await first.stop()

    const second = await startTestStack()
    try {
      expect(second.services.gatewayUrl).toBe(gatewayUrl)
      expect(templateName).toBe('月形町')
      expect((await townName(second)).name).toBe(templateName)
    } finally {
      await second.stop()
    }
  })

  it("never answers a file from the response cache of an earlier one, though every copy starts from the template's data versions", async () => {
    const first = await startTestStack()
    await renameTown(first, '一つ目')
    expect(await townName(first)).toEqual({ name: '一つ目', cache: 'miss' })
    expect(await townName(first)).toEqual({ name: '一つ目', cache: 'hit' })
    await first.stop()

    // The same number of writes since the copy: without separate data versions, the same versions as the
    // first file's cached answer.
    const second = await startTestStack()
    try {
      await renameTown(second, '二つ目')
      expect(await townName(second)).toEqual({ name: '二つ目', cache: 'miss' })
    } finally {
      await second.stop()
    }
  })

  it('counts statements from zero for each file', async () => {
    const first = await startTestStack()
    await townName(first)
    expect(first.statements.count()).toBeGreaterThan(0)
    await first.stop()
    const second = await startTestStack()
    try {
      expect(second.statements.count()).toBe(0)
    } finally {
      await second.stop()
    }
  })

  it('starts a stack of its own for a second holder at once, and for a rate limit, and stops those', async () => {
    const held = await startTestStack()
    const second = await startTestStack()
    const limited = await startTestStack({ rateLimit: { max: 5, windowMs: 60_000 } })
    try {
      const urls = [held, second, limited].map((stack) => stack.services.gatewayUrl)
      expect(new Set(urls).size).toBe(3)
      expect(new Set([held, second, limited].map((stack) => stack.database.name)).size).toBe(3)
      await renameTown(second, '別のスタック')
      expect((await townName(held)).name).toBe('月形町')
    } finally {
      await Promise.all([second.stop(), limited.stop()])
      await held.stop()
    }
    await expect(fetch(second.services.gatewayUrl)).rejects.toThrow()
  })
})
