import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBulkZip } from './bulk-zip.js'
import { zipEntryDigests } from '../../../test/support/zip-entries.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulk-zip-'))
  await mkdir(join(dir, 'towns'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

/** Open file descriptors of this process that point into `dir`. */
async function openFilesIn(dir: string): Promise<number> {
  const fds = await readdir('/proc/self/fd')
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')))
  return targets.filter((target) => target.startsWith(dir)).length
}

describe('writeBulkZip', () => {
  it('holds every file, byte for byte, in the order given', async () => {
    const files: Record<string, Buffer> = {
      'a.csv': Buffer.from('\uFEFFNO,名称\r\n1,月形町\r\n'),
      'towns/014303_a.csv': Buffer.from('NO\r\n1\r\n'),
      // Incompressible and over the 64 KiB read size: read in several chunks, stored as it is.
      'feed.zip': randomBytes(200_000),
      'big.json': Buffer.from(JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, name: `町${i}` })))),
      SHA256SUMS: Buffer.from('sums\n'),
    }
    for (const [path, bytes] of Object.entries(files)) await writeFile(join(dir, path), bytes)
    await writeBulkZip(dir, 'bulk.zip', Object.keys(files))

    const entries = await zipEntryDigests(join(dir, 'bulk.zip'))
    expect([...entries.keys()]).toEqual(Object.keys(files))
    for (const [path, bytes] of Object.entries(files)) expect(entries.get(path), path).toBe(sha256(bytes))
  })

  it('fails naming a file it cannot read, rather than zip it cut short, and leaves no file open', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => `towns/${i}.json`)
    for (const path of paths) await writeFile(join(dir, path), randomBytes(300_000).toString('base64'))
    await expect(writeBulkZip(dir, 'bulk.zip', [...paths.slice(0, 2), 'towns/gone.csv', ...paths])).rejects.toThrow(
      /bulk zip: towns\/gone\.csv: ENOENT/,
    )
    await expect.poll(() => openFilesIn(dir)).toBe(0)
  })

  it('closes the files it was reading when the zip cannot be written', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => `towns/${i}.json`)
    for (const path of paths) await writeFile(join(dir, path), randomBytes(300_000).toString('base64'))
    await expect(writeBulkZip(dir, 'no-such-folder/bulk.zip', paths)).rejects.toThrow(/ENOENT/)
    await expect.poll(() => openFilesIn(dir)).toBe(0)
  })
})
