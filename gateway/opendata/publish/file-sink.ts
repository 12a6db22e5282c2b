import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { once } from 'node:events'

/** Pieces are gathered up to this many characters (or bytes) and written as one: a row is ~100 bytes. */
const FLUSH_AT = 64 * 1024

/**
 * A file written piece by piece with backpressure: pieces are gathered into writes of ~64 KiB (one system call per
 * write, not one per row: at the scale data, per-row writes were a quarter of the publisher's CPU), and `write`
 * waits when the OS buffer is full, so a dataset of any size streams through a few tens of kilobytes of memory.
 */
export class FileSink {
  private pending: (string | Buffer)[] = []
  private pendingLength = 0

  private constructor(private readonly stream: WriteStream) {}

  /** `append` adds to a file written before (and closed); `create` (the default) starts it afresh. */
  static async open(path: string, mode: 'create' | 'append' = 'create'): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true })
    const stream = createWriteStream(path, { flags: mode === 'append' ? 'a' : 'w' })
    await once(stream, 'open')
    return new FileSink(stream)
  }

  async write(chunk: string | Buffer): Promise<void> {
    this.pending.push(chunk)
    this.pendingLength += chunk.length
    if (this.pendingLength >= FLUSH_AT) await this.flush()
  }

  async close(): Promise<void> {
    await this.flush()
    this.stream.end()
    await once(this.stream, 'finish')
  }

  private async flush(): Promise<void> {
    const pieces = this.pending
    if (pieces.length === 0) return
    this.pending = []
    this.pendingLength = 0
    const data = pieces.every((piece) => typeof piece === 'string')
      ? pieces.join('')
      : Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)))
    if (!this.stream.write(data)) await once(this.stream, 'drain')
  }
}
