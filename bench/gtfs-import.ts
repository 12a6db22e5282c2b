import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { json, text } from 'node:stream/consumers'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { ZipFile } from 'yazl'
import { signToken } from '../lib/auth/tokens.js'
import { streamUpload } from '../lib/http/stream-upload.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { writeSyntheticFeed, type SyntheticFeedSize } from '../subgraphs/transit/gtfs/synthetic-feed.js'
import { openZipFile } from '../subgraphs/transit/gtfs/zip-archive.js'
import type { PlatformProcess } from '../test/support/platform-process.js'
import type { SummaryEntry } from './summary.js'

export interface GtfsImportResult {
  stopTimes: number
  zipMiB: number
  importSeconds: number
  copySeconds: number
  peakRssMiB: number
}

/**
 * Imports a synthetic feed through the real API (streamed PUT through the gateway: validation, COPY
 * into a new version, activation, audit) and times a plain COPY of the same stop_times.txt into a
 * bare table, on the same database; reports the platform's peak memory after the import.
 */
export async function benchGtfsImport(
  platform: PlatformProcess,
  adminUrl: string,
  workDir: string,
  size: SyntheticFeedSize,
  token: { secret: string; issuer: string; audience: string },
): Promise<GtfsImportResult> {
  const path = join(workDir, `synthetic-${size.routes}x${size.tripsPerRoute}x${size.stopsPerRoute}.zip`)
  const { stopTimes } = await writeSyntheticFeed(path, size)
  const bearer = await signToken(token, { subject: 'bench', municipality: '014303', roles: ['editor'] })
  const operatorId = sampleUuid('operator:014303')

  const importStarted = performance.now()
  const response = await streamUpload(
    new URL(`/transit/feeds/${operatorId}?fileName=synthetic.zip`, platform.gatewayUrl),
    { headers: { 'content-type': 'application/zip', authorization: `Bearer ${bearer}` }, body: createReadStream(path) },
  )
  if (response.statusCode !== 201) throw new Error(`import failed: ${response.statusCode} ${await text(response)}`)
  const importSeconds = (performance.now() - importStarted) / 1000

  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const archive = await openZipFile(path)
  try {
    await client.query(
      'CREATE TEMP TABLE bench_stop_time (trip_id text, arrival_time ' +
        'text, departure_time text, stop_id text, stop_sequence integer)',
    )
    const copyStarted = performance.now()
    await pipeline(
      await archive.open('stop_times.txt'),
      client.query(copyFrom('COPY bench_stop_time FROM STDIN WITH (FORMAT csv, HEADER true)')),
    )
    const copySeconds = (performance.now() - copyStarted) / 1000
    return {
      stopTimes,
      zipMiB: (await stat(path)).size / 2 ** 20,
      importSeconds,
      copySeconds,
      peakRssMiB: await platform.peakRssMiB(),
    }
  } finally {
    archive.close()
    await client.end()
  }
}

const ONE_LINE_MIB = 300

/**
 * A zip whose stop_times.txt is one line of 300 MiB (random base64: it compresses like text, so the
 * zip-bomb ratio does not stop it first), PUT through the API: the importer must refuse it after
 * reading at most its record limit. Reports the answer, the time and the platform's memory growth.
 */
export async function benchOneLineRefusal(
  platform: PlatformProcess,
  workDir: string,
  token: { secret: string; issuer: string; audience: string },
) {
  const path = join(workDir, 'one-line.zip')
  const zip = new ZipFile()
  zip.addReadStream(
    Readable.from(
      (function* () {
        yield 'trip_id,arrival_time,departure_time,stop_id,stop_sequence\n'
        for (let mib = 0; mib < ONE_LINE_MIB; mib++) yield randomBytes(768 * 1024).toString('base64')
      })(),
    ),
    'stop_times.txt',
  )
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
  const bearer = await signToken(token, { subject: 'bench', municipality: '014303', roles: ['editor'] })
  const before = await platform.peakRssMiB()
  const started = performance.now()
  const response = await streamUpload(new URL(`/transit/feeds/${sampleUuid('operator:014303')}`, platform.gatewayUrl), {
    headers: { 'content-type': 'application/zip', authorization: `Bearer ${bearer}` },
    body: createReadStream(path),
  })
  const message = ((await json(response)) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''
  return {
    lineMiB: ONE_LINE_MIB,
    zipMiB: (await stat(path)).size / 2 ** 20,
    status: response.statusCode ?? 0,
    message: message.slice(0, 160),
    seconds: (performance.now() - started) / 1000,
    rssBeforeMiB: before,
    peakRssMiB: await platform.peakRssMiB(),
  }
}
export type OneLineResult = Awaited<ReturnType<typeof benchOneLineRefusal>>

/** The GTFS targets of issue #19 / #17 as summary entries. */
export function gtfsSummary(gtfs: (GtfsImportResult & { startupRssMiB: number })[], oneLine?: OneLineResult) {
  const entries: SummaryEntry[] = []
  const million = gtfs.find((result) => result.stopTimes === 1_000_000)
  if (million)
    entries.push({
      name: 'GTFS import of 1M stop_times through the API ÷ plain COPY of the same rows (s)',
      ours: million.importSeconds,
      baseline: million.copySeconds,
      ratio: million.importSeconds / million.copySeconds,
      target: '≤ 3×',
      met: million.importSeconds / million.copySeconds <= 3,
    })
  const largest = gtfs.at(-1)
  if (largest)
    entries.push({
      name: `platform peak RSS growth importing ${largest.stopTimes} stop_times (MiB)`,
      ours: largest.peakRssMiB - largest.startupRssMiB,
      baseline: largest.startupRssMiB,
      ratio: largest.peakRssMiB / largest.startupRssMiB,
      target: '≤ 50 MiB growth',
      met: largest.peakRssMiB - largest.startupRssMiB <= 50,
    })
  if (oneLine)
    entries.push({
      name: `${oneLine.lineMiB} MiB one-line member refused (${oneLine.status}): platform RSS growth (MiB)`,
      ours: oneLine.peakRssMiB - oneLine.rssBeforeMiB,
      baseline: oneLine.rssBeforeMiB,
      ratio: oneLine.peakRssMiB / oneLine.rssBeforeMiB,
      target: '4xx, growth < 200 MiB',
      met: oneLine.status >= 400 && oneLine.status < 500 && oneLine.peakRssMiB - oneLine.rssBeforeMiB < 200,
    })
  return entries
}

export function printGtfsImport(gtfs: (GtfsImportResult & { startupRssMiB: number })[]): void {
  console.log('\nGTFS import through the API vs plain COPY of the same stop_times (one run, same machine)')
  console.table(
    gtfs.map((result) => ({
      stop_times: result.stopTimes,
      'zip MiB': result.zipMiB.toFixed(1),
      'import s': result.importSeconds.toFixed(1),
      'import rows/s': Math.round(result.stopTimes / result.importSeconds),
      'COPY s': result.copySeconds.toFixed(1),
      'import ÷ COPY': (result.importSeconds / result.copySeconds).toFixed(1),
      'peak RSS MiB (start → after)': `${result.startupRssMiB.toFixed(0)} → ${result.peakRssMiB.toFixed(0)}`,
    })),
  )
}

export function printOneLine(result: OneLineResult): void {
  console.log(`\nA zip whose stop_times.txt is one ${result.lineMiB} MiB line (${result.zipMiB.toFixed(0)} MiB zipped)`)
  console.log(
    `answered ${result.status} in ${result.seconds.toFixed(1)} s: ${result.message}\n` +
      `platform peak RSS ${result.rssBeforeMiB.toFixed(0)} → ${result.peakRssMiB.toFixed(0)} MiB ` +
      `(growth ${(result.peakRssMiB - result.rssBeforeMiB).toFixed(0)} MiB)`,
  )
}
