import { createReadStream, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'

/** Files that are zips already (the GTFS-JP feed, XLSX workbooks): deflating them again costs CPU and saves nothing. */
const ALREADY_COMPRESSED = /\.(zip|xlsx)$/

/** A file's bytes, opened only when the zip comes to it: a release has a file per town and dataset. */
async function* openedWhenRead(path: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(path)) yield chunk as Buffer
}

/**
 * The release's bulk zip: every file of `paths` (in `dir`) in one download, streamed from disk. A file that cannot
 * be read fails it, naming the file: yazl pipes each file without listening for its errors, which left a read error
 * to crash the process (or, caught, an entry cut short that would look complete). Whatever fails, the files still
 * open are closed.
 */
export async function writeBulkZip(dir: string, name: string, paths: readonly string[]): Promise<void> {
  const zip = new ZipFile()
  // Ours, between the zip and the file: destroying it with a file's error fails the whole pipeline.
  const relay = new PassThrough()
  const written = pipeline(zip.outputStream, relay, createWriteStream(join(dir, name)))
  const reading = new Set<Readable>()
  for (const path of paths) {
    const file = Readable.from(openedWhenRead(join(dir, path)))
    reading.add(file)
    file.once('close', () => {
      reading.delete(file)
    })
    file.on('error', (error) => {
      relay.destroy(new Error(`bulk zip: ${path}: ${error.message}`, { cause: error }))
    })
    zip.addReadStream(file, path, { compress: !ALREADY_COMPRESSED.test(path) })
  }
  zip.end()
  try {
    await written
  } finally {
    for (const file of reading) file.destroy()
  }
}
