import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { json } from 'node:stream/consumers'
import { pipeline } from 'node:stream/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import { signToken } from '../lib/auth/tokens.js'
import { DEFAULT_FEED_IMPORT_LIMITS } from '../lib/feed-import-limits.js'
import { streamUpload } from '../lib/http/stream-upload.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { startPlatformOnOwnCluster, type OwnPlatform } from './support/own-platform.js'
import type { PlatformProcess } from './support/platform-process.js'
import { TEST_TOKEN_SETTINGS } from './support/stack.js'

// The platform as its own process: its memory apart from this one's.
let own: OwnPlatform
let platform: PlatformProcess
let dir: string
beforeAll(async () => {
  own = await startPlatformOnOwnCluster('one-line-upload')
  ;({ platform, dir } = own)
})
afterAll(async () => {
  await own.stop()
})

/**
 * A zip whose stop_times.txt is a header and one line of `lineMiB` MiB, stored (no compression: quick to
 * make, and the zip-bomb ratio cannot be what stops it).
 */
async function oneLineZip(path: string, lineMiB: number) {
  const zip = new ZipFile()
  const mebibyte = Buffer.alloc(2 ** 20, 'A')
  zip.addReadStream(
    Readable.from(
      (function* () {
        yield Buffer.from('trip_id,arrival_time,departure_time,stop_id,stop_sequence\n')
        for (let mib = 0; mib < lineMiB; mib++) yield mebibyte
      })(),
    ),
    'stop_times.txt',
    { compress: false },
  )
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
  return (await stat(path)).size
}

async function put(path: string) {
  const token = await signToken(TEST_TOKEN_SETTINGS, { subject: 'one-line', municipality: '014303', roles: ['editor'] })
  const response = await streamUpload(new URL(`/transit/feeds/${sampleUuid('operator:014303')}`, platform.gatewayUrl), {
    headers: { 'content-type': 'application/zip', authorization: `Bearer ${token}` },
    body: createReadStream(path),
  })
  const body = (await json(response)) as { errors?: { message: string; extensions: { code: string } }[] }
  return { status: response.statusCode, error: body.errors?.[0] }
}

const REFUSAL = {
  status: 413,
  error: {
    message:
      `stop_times.txt:2: a record longer than ${DEFAULT_FEED_IMPORT_LIMITS.maxRecordChars} characters ` +
      'starts on line 2; nothing was imported.',
    extensions: { code: 'PAYLOAD_TOO_LARGE' },
  },
}

describe('a zip member of one endless line, PUT through the gateway', () => {
  it(
    'is refused with 413 naming the file and line, and the platform never holds the upload in memory',
    { timeout: 120_000 },
    async () => {
      // A 1 MiB line first: the same refusal, so what the first upload costs (modules, connections) is paid.
      await oneLineZip(join(dir, 'short.zip'), 1)
      expect(await put(join(dir, 'short.zip'))).toEqual(REFUSAL)
      const zipBytes = await oneLineZip(join(dir, 'long.zip'), 256)
      const before = await platform.peakRssMiB()
      expect(await put(join(dir, 'long.zip'))).toEqual(REFUSAL)
      const growthMiB = (await platform.peakRssMiB()) - before
      const zipMiB = zipBytes / 2 ** 20
      console.log(`${zipMiB.toFixed(0)} MiB upload refused; platform peak RSS grew ${growthMiB.toFixed(0)} MiB`)
      // The upload is spooled to disk and only the record limit of it is ever read as text; what grows is
      // garbage of the upload's buffers (V8 lets up to 64 MiB of it pile up before collecting). When the gateway
      // passed the body on with fetch, the platform held all of it (fetch tees a streamed body:
      // lib/http/stream-upload.ts) and grew by the upload's size.
      expect(growthMiB).toBeLessThan(zipMiB / 2)
    },
  )
})
