import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** SHA-256 and size of a file, read as a stream. */
export async function digestFile(path: string): Promise<{ sha256: string; byteSize: number }> {
  const hash = createHash('sha256')
  let byteSize = 0
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      byteSize += chunk.length
      hash.update(chunk)
      done()
    },
  })
  await pipeline(createReadStream(path), sink)
  return { sha256: hash.digest('hex'), byteSize }
}
