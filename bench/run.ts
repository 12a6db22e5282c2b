/**
 * `npm run bench`: measurements that need a quiet machine and minutes, not the test suite. Each
 * figure is printed next to its baseline measured in the same run (absolute numbers are noisy on
 * shared machines; ratios are what count) and written to .bench/results.json.
 *
 * - Open-data publish (the publisher as its own process, through the API) vs plain COPY TO STDOUT of
 *   the same rows, at the nine-town sample size and at scale (platform/scale: ~100 000 shelters and a
 *   ~1M stop_times feed), with the publisher's peak memory (flat: it must not grow with the rows).
 * - GTFS import through the API vs a plain COPY of the same stop_times, at two feed sizes, with the
 *   platform's peak memory after each.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { projectPath } from '../lib/paths.js'
import { runMain } from '../lib/process/shutdown.js'
import { NATIONWIDE_SCALE, seedScale } from '../platform/scale/seed-scale.js'
import { startPlatformProcess, type PlatformProcess } from '../test/support/platform-process.js'
import { benchGtfsImport, type GtfsImportResult } from './gtfs-import.js'
import { benchOpenDataPublish, type PublishResult } from './opendata-publish.js'

const TOKEN = { secret: 'bench-secret-that-is-long-enough-for-hs256-0123456789', issuer: 'minamisorachi-federation', audience: 'minamisorachi-api' }
/** ~250k and ~1M stop_times: the second must cost the same memory as the first. */
const FEED_SIZES = [
  { routes: 25, tripsPerRoute: 200, stopsPerRoute: 50 },
  { routes: 50, tripsPerRoute: 400, stopsPerRoute: 50 },
]
// The publisher pages through the API as fast as it can: no rate limit on the benchmark's gateway.
const PLATFORM_ENV = { JWT_SECRET: TOKEN.secret, RATE_LIMIT_MAX: '0' }

async function withPlatform<T>(databaseUrl: string, work: (platform: PlatformProcess) => Promise<T>): Promise<T> {
  const platform = await startPlatformProcess(databaseUrl, PLATFORM_ENV)
  try {
    return await work(platform)
  } finally {
    await platform.stop()
  }
}

runMain(async () => {
  const logger = createLogger('warn', 'bench')
  const workDir = await mkdtemp(join(tmpdir(), 'minamisorachi-bench-'))
  const postgres = await startEmbeddedPostgres({ dir: join(workDir, 'pg'), port: 0, logger, persistent: false })
  const publish: (PublishResult & { size: string })[] = []
  const gtfs: (GtfsImportResult & { startupRssMiB: number })[] = []
  try {
    await withPlatform(postgres.adminUrl(), async (platform) => {
      publish.push({ size: 'nine towns (sample)', ...(await benchOpenDataPublish(platform, postgres.adminUrl(), join(workDir, 'small'))) })
      const startupRssMiB = await platform.peakRssMiB()
      for (const size of FEED_SIZES) gtfs.push({ ...(await benchGtfsImport(platform, postgres.adminUrl(), workDir, size, TOKEN)), startupRssMiB })
    })
    const server = createDatabase({ url: postgres.adminUrl(), poolMax: 1 })
    await sql`create database scale`.execute(server)
    await server.destroy()
    await seedScale(postgres.adminUrl('scale'), NATIONWIDE_SCALE, logger)
    await withPlatform(postgres.adminUrl('scale'), async (platform) => {
      publish.push({ size: 'scale (platform/scale)', ...(await benchOpenDataPublish(platform, postgres.adminUrl('scale'), join(workDir, 'scale'))) })
    })
  } finally {
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }

  console.log('\nOpen-data publish (publisher process, through the API) vs plain COPY TO STDOUT of the same shelters and stop_times')
  console.table(
    publish.map((result) => ({
      size: result.size,
      shelters: result.shelters,
      stop_times: result.stopTimes,
      'publish s': result.publishSeconds.toFixed(1),
      'COPY s': result.copySeconds.toFixed(2),
      'publish ÷ COPY': (result.publishSeconds / result.copySeconds).toFixed(0),
      'publisher peak RSS MiB': result.publisherPeakRssMiB.toFixed(0),
    })),
  )
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
  await mkdir(projectPath('.bench'), { recursive: true })
  await writeFile(projectPath('.bench', 'results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), openDataPublish: publish, gtfsImport: gtfs }, null, 2)}\n`)
  console.log('written to .bench/results.json')
})
