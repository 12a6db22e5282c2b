import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { once } from 'node:events'

/** Pieces are gathered up to this many bytes and written as one: a row is ~100 bytes to a few kilobytes. */
const FLUSH_AT = 64 * 1024

/**
 * A file written piece by piece with backpressure: pieces are gathered into writes of ~64 KiB (one system call per
 * write, not one per row: at the scale data, per-row writes were a quarter of the publisher's CPU), and `write`
 * waits when the OS buffer is full, so a dataset of any size streams through a few tens of kilobytes of memory.
 *
 * A piece is encoded into the file's own buffer (outside the JavaScript heap) as it comes, not kept as a string until
 * the write: a string waiting for the next 64 KiB lived long enough to be promoted to V8's old generation, which at
 * the scale data was most of what made the publisher's heap grow (every row's text, in four or five files at once).
 */
export class FileSink {
  /** The pieces gathered (made at the first piece after a write, so a small file's sink costs no 64 KiB). */
  private buffer: Buffer | null = null
  private used = 0

  private constructor(private readonly stream: WriteStream) {}

  /** `append` adds to a file written before (and closed); `create` (the default) starts it afresh. */
  static async open(path: string, mode: 'create' | 'append' = 'create'): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true })
    const stream = createWriteStream(path, { flags: mode === 'append' ? 'a' : 'w' })
    await once(stream, 'open')
    return new FileSink(stream)
  }

  async write(chunk: string | Buffer): Promise<void> {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: a string surely fits without measuring it first.
    const bytes =
      typeof chunk !== 'string'
        ? chunk.length
        : chunk.length * 3 <= FLUSH_AT - this.used
          ? -1
          : Buffer.byteLength(chunk)
    if (bytes > FLUSH_AT - this.used) await this.flush()
    if (bytes > FLUSH_AT) {
      await this.send(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      return
    }
    this.buffer ??= Buffer.allocUnsafeSlow(FLUSH_AT)
    this.used += typeof chunk === 'string' ? this.buffer.write(chunk, this.used) : chunk.copy(this.buffer, this.used)
  }

  async close(): Promise<void> {
    await this.flush()
    this.stream.end()
    await once(this.stream, 'finish')
  }

  private async flush(): Promise<void> {
    const { buffer, used } = this
    if (!buffer || used === 0) return
    this.buffer = null
    this.used = 0
    // The stream owns the buffer until it has written it; once it has drained (the usual case: a 64 KiB write is
    // over its high-water mark), it has, and the next pieces go to the same buffer instead of a new one.
    if ((await this.send(buffer.subarray(0, used))) === 'drained') this.buffer ??= buffer
  }

  private async send(data: Buffer): Promise<'drained' | 'queued'> {
    if (this.stream.write(data)) return 'queued'
    await once(this.stream, 'drain')
    return 'drained'
  }
}
