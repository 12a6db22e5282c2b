import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { signToken } from '../lib/auth/tokens.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { writeSyntheticFeed, type SyntheticFeedSize } from '../subgraphs/transit/gtfs/synthetic-feed.js'
import { openZipFile } from '../subgraphs/transit/gtfs/zip-archive.js'
import type { PlatformProcess } from '../test/support/platform-process.js'

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
  const response = await fetch(new URL(`/transit/feeds/${operatorId}?fileName=synthetic.zip`, platform.gatewayUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/zip', authorization: `Bearer ${bearer}` },
    body: Readable.toWeb(createReadStream(path)) as ReadableStream,
    duplex: 'half',
  } as RequestInit)
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`)
  const importSeconds = (performance.now() - importStarted) / 1000

  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const archive = await openZipFile(path)
  try {
    await client.query(
      'CREATE TEMP TABLE bench_stop_time (trip_id text, arrival_time text, departure_time text, stop_id text, stop_sequence integer)',
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
