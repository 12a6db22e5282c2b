/**
 * `npm run bench`: measurements that need a quiet machine and minutes, not the test suite. Each
 * figure is printed next to its baseline measured in the same run (absolute numbers are noisy on
 * shared machines; ratios are what count) and written to .bench/results.json.
 *
 * - GTFS import through the API vs a plain COPY of the same stop_times, at two feed sizes, with the
 *   platform's peak memory after each (flat memory: the peak must not grow with the feed).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { projectPath } from '../lib/paths.js'
import { runMain } from '../lib/process/shutdown.js'
import { benchGtfsImport, type GtfsImportResult } from './gtfs-import.js'
import { startPlatformProcess } from '../test/support/platform-process.js'

const TOKEN = { secret: 'bench-secret-that-is-long-enough-for-hs256-0123456789', issuer: 'minamisorachi-federation', audience: 'minamisorachi-api' }
/** ~250k and ~1M stop_times: the second must cost the same memory as the first. */
const FEED_SIZES = [
  { routes: 25, tripsPerRoute: 200, stopsPerRoute: 50 },
  { routes: 50, tripsPerRoute: 400, stopsPerRoute: 50 },
]

runMain(async () => {
  const logger = createLogger('warn', 'bench')
  const workDir = await mkdtemp(join(tmpdir(), 'minamisorachi-bench-'))
  const postgres = await startEmbeddedPostgres({ dir: join(workDir, 'pg'), port: 0, logger, persistent: false })
  const platform = await startPlatformProcess(postgres.adminUrl(), { JWT_SECRET: TOKEN.secret })
  const gtfs: (GtfsImportResult & { startupRssMiB: number })[] = []
  try {
    const startupRssMiB = await platform.peakRssMiB()
    for (const size of FEED_SIZES) {
      gtfs.push({ ...(await benchGtfsImport(platform, postgres.adminUrl(), workDir, size, TOKEN)), startupRssMiB })
    }
  } finally {
    await platform.stop()
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }

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
  await writeFile(projectPath('.bench', 'results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), gtfsImport: gtfs }, null, 2)}\n`)
  console.log('written to .bench/results.json')
})
