/**
 * `npm run bench:import-split`: where a GTFS import's time goes, phase by phase. Imports a synthetic feed in this
 * process through the real import path (importFeedArchive: validation, COPY into the version's partition, index
 * builds, activation, audit, outbox) on a fresh embedded PostgreSQL, and prints for each phase its wall time, this
 * process's CPU (the JS: inflate, parse, validate, COPY lines) and PostgreSQL's CPU (every backend of the cluster),
 * read at the phase marks of subgraphs/transit/feeds/import-phases.ts. Then a plain COPY of the same stop_times.txt
 * into a temporary table, as `npm run bench` times it, and into a logged table created in the same transaction.
 *
 * BENCH_FEED=routes x tripsPerRoute x stopsPerRoute (default 50x400x50: 1M stop_times); BENCH_REPEAT=n imports it
 * n times (default 2; the first is a warm-up and each later one supersedes the one before, as the bench's do).
 */
import { subscribe } from 'node:diagnostics_channel'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { prepareDatabase } from '../all-in-one/prepare-database.js'
import { importScaleFeed } from '../all-in-one/scale/scale-feeds.js'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { importPhaseChannel, type ImportPhaseMark } from '../subgraphs/transit/feeds/import-phases.js'
import { writeSyntheticFeed } from '../subgraphs/transit/gtfs/synthetic-feed.js'
import { openZipFile } from '../subgraphs/transit/gtfs/zip-archive.js'

const CLOCK_TICKS = 100

/** CPU seconds of the cluster: postmaster, its live children and those already reaped (synchronous: read at a mark). */
function postgresCpuSecondsNow(dataDir: string): number {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0])
  const fieldsOf = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    } catch {
      return undefined
    }
  }
  const ticks = (fields: string[] | undefined, from: number) =>
    fields ? Number(fields[from]) + Number(fields[from + 1]) : 0
  const own = fieldsOf(postmaster)
  let total = ticks(own, 11) + ticks(own, 13)
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    const fields = fieldsOf(pid)
    if (fields && Number(fields[1]) === postmaster) total += ticks(fields, 11)
  }
  return total / CLOCK_TICKS
}

interface Reading {
  phase: string
  wall: number
  js: number
  pg: number
}

function reader(dataDir: string) {
  return (phase: string): Reading => {
    const cpu = process.cpuUsage()
    if (process.env['BENCH_MARK_HRTIME']) console.error(`mark ${process.hrtime.bigint() / 1000n} ${phase}`)
    return { phase, wall: performance.now(), js: (cpu.user + cpu.system) / 1e6, pg: postgresCpuSecondsNow(dataDir) }
  }
}

function printSplit(readings: Reading[]) {
  const rows = readings.slice(1).map((reading, index) => {
    const before = readings[index] as Reading
    return {
      'phase (ended at the mark)': reading.phase,
      'wall ms': Math.round(reading.wall - before.wall),
      'JS CPU ms': Math.round((reading.js - before.js) * 1000),
      'PostgreSQL CPU ms': Math.round((reading.pg - before.pg) * 1000),
    }
  })
  const first = readings[0] as Reading
  const last = readings.at(-1) as Reading
  rows.push({
    'phase (ended at the mark)': 'total',
    'wall ms': Math.round(last.wall - first.wall),
    'JS CPU ms': Math.round((last.js - first.js) * 1000),
    'PostgreSQL CPU ms': Math.round((last.pg - first.pg) * 1000),
  })
  console.table(rows)
}

async function plainCopies(adminUrl: string, path: string, read: (phase: string) => Reading) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const archive = await openZipFile(path)
  const columns = '(trip_id text, arrival_time text, departure_time text, stop_id text, stop_sequence integer)'
  try {
    const readings = [read('start')]
    await client.query(`CREATE TEMP TABLE bench_stop_time ${columns}`)
    await pipeline(
      await archive.open('stop_times.txt'),
      client.query(copyFrom('COPY bench_stop_time FROM STDIN WITH (FORMAT csv, HEADER true)')),
    )
    readings.push(read('COPY into a temporary table (the bench baseline)'))
    await client.query('BEGIN')
    await client.query(`CREATE TABLE bench_logged_stop_time ${columns}`)
    await pipeline(
      await archive.open('stop_times.txt'),
      client.query(copyFrom('COPY bench_logged_stop_time FROM STDIN WITH (FORMAT csv, HEADER true, FREEZE)')),
    )
    await client.query('COMMIT')
    readings.push(read('COPY FREEZE into a logged table created in its transaction'))
    await client.query('DROP TABLE bench_logged_stop_time')
    console.log('\nplain COPY of the same stop_times.txt (each row from the previous mark)')
    printSplit(readings)
  } finally {
    archive.close()
    await client.end()
  }
}

runMain(async () => {
  const [routes, tripsPerRoute, stopsPerRoute] = (process.env['BENCH_FEED'] ?? '50x400x50').split('x').map(Number)
  const size = { routes: routes ?? 50, tripsPerRoute: tripsPerRoute ?? 400, stopsPerRoute: stopsPerRoute ?? 50 }
  const repeat = Number(process.env['BENCH_REPEAT'] ?? 2)
  const logger = createLogger('warn', 'bench')
  const workDir = await mkdtemp(join(tmpdir(), 'minamisorachi-import-split-'))
  const dataDir = join(workDir, 'pg')
  const postgres = await startEmbeddedPostgres({ dir: dataDir, port: 0, logger, persistent: false })
  try {
    const roleUrls = await prepareDatabase(postgres.adminUrl(), { sampleData: true, logger })
    const path = join(workDir, 'feed.zip')
    const { stopTimes } = await writeSyntheticFeed(path, size)
    const transit = createDatabase({ url: roleUrls.transit, poolMax: 2 })
    const read = reader(dataDir)
    let readings: Reading[] = []
    const onMark = (message: unknown) => readings.push(read((message as ImportPhaseMark).phase))
    subscribe(importPhaseChannel.name, onMark)
    try {
      for (let run = 1; run <= repeat; run++) {
        readings = []
        const archive = read('start')
        readings.push(archive)
        const operatorId = sampleUuid('operator:014303')
        const feed = { operatorId, municipalityCode: '014303', path }
        await importScaleFeed(transit, logger, feed)
        console.log(`\nimport ${run} of ${repeat}: ${stopTimes} stop_times (each row from the previous mark)`)
        printSplit(readings)
        console.log(`peak RSS of this process so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`)
      }
    } finally {
      await transit.destroy()
    }
    await plainCopies(postgres.adminUrl(), path, read)
    console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
  } finally {
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }
})
