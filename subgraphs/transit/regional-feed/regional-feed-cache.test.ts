import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RegionalFeedCache } from './regional-feed-cache.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-cache-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function storeWhole(cache: RegionalFeedCache, etag: string, bytes: string) {
  const store = await cache.store(etag)
  store.stream.end(bytes)
  await store.keep()
}

const read = async (cache: RegionalFeedCache, etag: string) => {
  const kept = await cache.find(etag)
  return kept && { size: kept.size, text: (await buffer(kept.body)).toString() }
}

describe('RegionalFeedCache', () => {
  it('serves a feed once kept, by its ETag only; keeps the newest two', async () => {
    const cache = new RegionalFeedCache(join(dir, 'feeds'))
    expect(await cache.find('W/"transit-1-abc-f1"')).toBeUndefined()
    await storeWhole(cache, 'W/"transit-1-abc-f1"', 'one')
    expect(await read(cache, 'W/"transit-1-abc-f1"')).toEqual({ size: 3, text: 'one' })
    expect(await cache.find('W/"transit-1-abd-f1"')).toBeUndefined()

    await storeWhole(cache, 'W/"transit-2-abc-f1"', 'two!')
    await new Promise((resolve) => setTimeout(resolve, 20))
    await storeWhole(cache, 'W/"transit-3-abc-f1"', 'three')
    expect(await cache.find('W/"transit-1-abc-f1"')).toBeUndefined()
    expect(await read(cache, 'W/"transit-2-abc-f1"')).toEqual({ size: 4, text: 'two!' })
    expect(await read(cache, 'W/"transit-3-abc-f1"')).toEqual({ size: 5, text: 'three' })
    expect(await readdir(join(dir, 'feeds'))).toHaveLength(2)
  })

  it('removes partial files a stopped process left a day ago, not those of builds under way', async () => {
    const cache = new RegionalFeedCache(dir)
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000)
    await writeFile(join(dir, '.orphan.partial'), 'cut short')
    await utimes(join(dir, '.orphan.partial'), dayAgo, dayAgo)
    const underWay = await cache.store('W/"transit-2-abc-f1"')
    underWay.stream.write('being written')
    await storeWhole(cache, 'W/"transit-1-abc-f1"', 'one')
    const left = await readdir(dir)
    expect(left).not.toContain('.orphan.partial')
    expect(left.filter((name) => name.endsWith('.partial'))).toHaveLength(1)
    await underWay.discard()
  })

  it('keeps nothing of a build discarded part way, and nothing to serve while one is written', async () => {
    const cache = new RegionalFeedCache(dir)
    const store = await cache.store('W/"transit-7-abc-f1"')
    store.stream.write('half a zip')
    expect(await cache.find('W/"transit-7-abc-f1"')).toBeUndefined()
    await store.discard()
    expect(await cache.find('W/"transit-7-abc-f1"')).toBeUndefined()
    expect(await readdir(dir)).toEqual([])
  })

  it('a feed being sent stays readable when a newer one replaces it', async () => {
    const cache = new RegionalFeedCache(dir)
    await storeWhole(cache, 'W/"transit-1-abc-f1"', 'x'.repeat(200_000))
    const sending = await cache.find('W/"transit-1-abc-f1"')
    await storeWhole(cache, 'W/"transit-2-abc-f1"', 'two')
    await storeWhole(cache, 'W/"transit-3-abc-f1"', 'three')
    expect(await cache.find('W/"transit-1-abc-f1"')).toBeUndefined()
    if (!sending) throw new Error('the feed was not kept')
    expect((await buffer(sending.body)).length).toBe(200_000)
  })

  it('without a directory, keeps feeds in a temporary one it removes on close', async () => {
    const cache = new RegionalFeedCache()
    await storeWhole(cache, 'W/"transit-1-abc-f1"', 'one')
    expect(await read(cache, 'W/"transit-1-abc-f1"')).toEqual({ size: 3, text: 'one' })
    await cache.close()
    expect(await cache.find('W/"transit-1-abc-f1"')).toBeUndefined()
  })
})
