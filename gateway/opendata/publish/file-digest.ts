import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface FileDigest {
  sha256: string
  byteSize: number
}

/** SHA-256 and size of a file, read as a stream. */
export async function digestFile(path: string): Promise<FileDigest> {
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

/** Files digested at once: each read holds a 64 KiB buffer, and a dataset has a file per town (1,741 nationwide). */
const DIGESTS_AT_ONCE = 8

/** Each item with the `digestFile` of its file (`pathOf`), a few files at a time, in the items' order. */
export async function digestFiles<T>(
  items: readonly T[],
  pathOf: (item: T) => string,
): Promise<{ item: T; digest: FileDigest }[]> {
  const digested: { item: T; digest: FileDigest }[] = []
  let next = 0
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index] as T
      digested[index] = { item, digest: await digestFile(pathOf(item)) }
    }
  }
  await Promise.all(Array.from({ length: Math.min(DIGESTS_AT_ONCE, items.length) }, worker))
  return digested
}
