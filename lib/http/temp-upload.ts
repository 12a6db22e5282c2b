import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { payloadTooLarge } from '../errors.js'

export interface TempUpload {
  path: string
  bytes: number
  dispose: () => Promise<void>
}

/**
 * Streams a request body to a private temporary file, refusing it (PAYLOAD_TOO_LARGE) as soon as it
 * passes `limitBytes`: large uploads cost disk for the length of the request, never memory. The
 * caller disposes of the file when done.
 */
export async function receiveToTempFile(body: Readable, limitBytes: number, fileName: string): Promise<TempUpload> {
  const dir = await mkdtemp(join(tmpdir(), 'upload-'))
  const path = join(dir, fileName)
  const dispose = () => rm(dir, { recursive: true, force: true })
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      if (bytes > limitBytes) callback(payloadTooLarge(`The upload is larger than ${limitBytes} bytes.`))
      else callback(null, chunk)
    },
  })
  try {
    await pipeline(body, counter, createWriteStream(path, { mode: 0o600 }))
    return { path, bytes, dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}
