import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'

/** SHA-256 and size of a file, read as a stream. */
export async function digestFile(path: string): Promise<{ sha256: string; byteSize: number }> {
  const hash = createHash('sha256')
  let byteSize = 0
  await pipeline(createReadStream(path), async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      byteSize += chunk.length
      hash.update(chunk)
    }
  })
  return { sha256: hash.digest('hex'), byteSize }
}
