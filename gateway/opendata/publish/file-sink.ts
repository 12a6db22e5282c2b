import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { once } from 'node:events'

/**
 * A file written piece by piece with backpressure: `write` waits when the OS buffer is full, so a
 * dataset of any size streams through a few kilobytes of memory.
 */
export class FileSink {
  private constructor(private readonly stream: WriteStream) {}

  static async open(path: string): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true })
    const stream = createWriteStream(path)
    await once(stream, 'open')
    return new FileSink(stream)
  }

  async write(chunk: string | Buffer): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain')
  }

  async close(): Promise<void> {
    this.stream.end()
    await once(this.stream, 'finish')
  }
}
