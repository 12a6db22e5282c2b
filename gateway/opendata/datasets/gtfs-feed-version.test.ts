import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gtfsFeedVersion } from './gtfs-feed-version.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-version-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function zipOf(name: string, files: Record<string, string>): Promise<string> {
  const zip = new ZipFile()
  for (const [file, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), file)
  zip.end()
  const path = join(dir, name)
  await pipeline(zip.outputStream, createWriteStream(path))
  return path
}

describe('gtfsFeedVersion', () => {
  it('reads feed_info.feed_version, after the other files and with a BOM', async () => {
    const path = await zipOf('sample.zip', {
      'agency.txt': 'agency_id,agency_name\nA,合成交通\n',
      'feed_info.txt':
        '\uFEFFfeed_publisher_name,feed_publisher_url,feed_lang,feed_version\n' +
        '"南空知地域公共交通連携（岩見沢市）",https://example.jp/,ja,20261205-sample\n',
    })
    expect(await gtfsFeedVersion(path)).toBe('20261205-sample')
  })

  it('is null for a feed without feed_info.txt or without its row', async () => {
    expect(await gtfsFeedVersion(await zipOf('none.zip', { 'agency.txt': 'agency_id\nA\n' }))).toBeNull()
    expect(await gtfsFeedVersion(await zipOf('empty.zip', { 'feed_info.txt': 'feed_version\n' }))).toBeNull()
  })

  it('refuses a feed_info.txt far larger than one row', async () => {
    const path = await zipOf('large.zip', { 'feed_info.txt': `feed_version\n${'x'.repeat(100_000)}\n` })
    await expect(gtfsFeedVersion(path)).rejects.toThrow(/feed_info\.txt is 100014 bytes/)
  })
})
