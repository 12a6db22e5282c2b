import { text } from 'node:stream/consumers'
import { ZipFile } from 'yazl'
import { describe, expect, it } from 'vitest'
import { zipBytes } from './feed-fixtures.js'
import { openZipBuffer } from './zip-archive.js'

const HEADER = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence\n'
const CONTENT = `${HEADER}${'T1,07:00:00,07:00:00,S1,1\n'.repeat(5000)}`

async function zipOf(compress: boolean): Promise<Buffer> {
  const zip = new ZipFile()
  zip.addBuffer(Buffer.from(CONTENT), 'stop_times.txt', { compress })
  return zipBytes(zip)
}

/** The zip with the uncompressed size its central directory declares for its one entry changed by `delta`. */
function declaringSize(zip: Buffer, delta: number): Buffer {
  const patched = Buffer.from(zip)
  const central = patched.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  patched.writeUInt32LE(patched.readUInt32LE(central + 24) + delta, central + 24)
  return patched
}

describe('openZipBuffer', () => {
  it('reads deflated and stored entries whole', async () => {
    for (const compress of [true, false]) {
      const archive = await openZipBuffer(await zipOf(compress))
      expect(archive.sizeOf('stop_times.txt')).toBe(CONTENT.length)
      expect(await text(await archive.open('stop_times.txt'))).toBe(CONTENT)
      archive.close()
    }
  })

  it('fails reading a deflated entry that inflates to more, or to less, than the zip declares', async () => {
    const zip = await zipOf(true)
    const larger = await openZipBuffer(declaringSize(zip, -100))
    await expect(text(await larger.open('stop_times.txt'))).rejects.toThrow(/too many bytes/)
    larger.close()
    const smaller = await openZipBuffer(declaringSize(zip, 100))
    await expect(text(await smaller.open('stop_times.txt'))).rejects.toThrow(/not enough bytes/)
    smaller.close()
  })
})
