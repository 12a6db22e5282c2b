import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { projectRoot } from '../lib/paths.js'
import type { PlatformProcess } from '../test/support/platform-process.js'

export interface PublishResult {
  /** Municipalities the published database serves. */
  municipalities: number
  shelters: number
  stopTimes: number
  publishSeconds: number
  copySeconds: number
  publisherPeakRssMiB: number
  /** The publisher process's own CPU time (user + system), less noisy than its wall time on a busy machine. */
  publisherCpuSeconds: number
  /** The platform process's CPU time (gateway and subgraphs) while the publisher ran: the API's side of the publish. */
  platformCpuSeconds: number
}

/** Clock ticks per second of /proc/PID/stat's utime and stime (USER_HZ: 100 on Linux). */
const USER_HZ = 100

/** A process's CPU time so far (user + system, /proc/PID/stat), in seconds; 0 once it has gone. */
async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // Fields 14 and 15 (utime, stime) after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return Number.isFinite(ticks) ? ticks / USER_HZ : 0
}

/**
 * Peak RSS (VmHWM) and CPU time of a process, polled until it exits: the high-water mark and the CPU time just
 * before exit (the last 50 ms of CPU may be missed).
 */
async function watchProcess(pid: number, done: Promise<unknown>): Promise<{ peakRssMiB: number; cpuSeconds: number }> {
  let peak = 0
  let cpuSeconds = 0
  // A property, not a local: the callback sets it while the loop below awaits.
  const state = { finished: false }
  void done.finally(() => {
    state.finished = true
  })
  while (!state.finished) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024)
    cpuSeconds = Math.max(cpuSeconds, await cpuSecondsOf(pid))
    await sleep(50)
  }
  return { peakRssMiB: peak, cpuSeconds }
}

/** The same shelter and stop_times rows the publisher writes, as plain COPY statements. */
const COPY_STATEMENTS = [
  `COPY (SELECT s.*, m.name FROM disaster.shelter s JOIN agreement.municipality m ON m.code = s.municipality_code ` +
    `WHERE s.retired_at IS NULL ORDER BY s.municipality_code, s.id) TO STDOUT WITH (FORMAT csv, HEADER true)`,
  `COPY (SELECT st.* FROM transit.gtfs_stop_time st JOIN transit.feed_version v ON v.id = ` +
    `st.feed_version_id WHERE v.status = 'ACTIVE' ORDER BY 1, 2, 3) TO STDOUT WITH (FORMAT csv, HEADER true)`,
]

/**
 * The open-data publisher as a separate process (`npm run opendata:publish`) against a platform on
 * the scale data, timed and watched for memory, next to plain `COPY (SELECT …) TO STDOUT` of the
 * same shelter and stop_times rows on the same database.
 */
export async function benchOpenDataPublish(
  platform: PlatformProcess,
  adminUrl: string,
  workDir: string,
  platformEnv: Record<string, string>,
  profileDir?: string,
): Promise<PublishResult> {
  const platformCpuBefore = await cpuSecondsOf(platform.pid)
  const publisher = await runPublisher(platform, workDir, platformEnv, profileDir)
  const platformCpuSeconds = (await cpuSecondsOf(platform.pid)) - platformCpuBefore
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const copyStarted = performance.now()
    for (const statement of COPY_STATEMENTS) await pipeline(client.query(copyTo(statement)), discard())
    const copySeconds = (performance.now() - copyStarted) / 1000
    const counts = await client.query<{ municipalities: number; shelters: number; stop_times: number }>(
      `SELECT (SELECT count(*)::int FROM agreement.municipality) AS municipalities,
              (SELECT count(*)::int FROM disaster.shelter WHERE retired_at IS NULL) AS shelters,
              (SELECT count(*)::int FROM transit.gtfs_stop_time st JOIN transit.feed_version v
                ON v.id = st.feed_version_id WHERE v.status = 'ACTIVE') AS stop_times`,
    )
    return {
      municipalities: counts.rows[0]?.municipalities ?? 0,
      shelters: counts.rows[0]?.shelters ?? 0,
      stopTimes: counts.rows[0]?.stop_times ?? 0,
      publishSeconds: publisher.seconds,
      copySeconds,
      publisherPeakRssMiB: (await publisher.watched).peakRssMiB,
      publisherCpuSeconds: (await publisher.watched).cpuSeconds,
      platformCpuSeconds,
    }
  } finally {
    await client.end()
  }
}

/**
 * Runs the publisher process to its end: its wall time, and its peak memory and CPU time (settled once it has
 * exited). It gets the platform's environment (`platformEnv`: JWT_SECRET) so the publisher token it signs is one the
 * platform accepts. With `profileDir` it runs under --cpu-prof and leaves its profile there.
 */
async function runPublisher(
  platform: PlatformProcess,
  workDir: string,
  platformEnv: Record<string, string>,
  profileDir: string | undefined,
) {
  const started = performance.now()
  const logLevel = process.env['BENCH_PUBLISHER_LOG']
  const child = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
      '--import',
      'tsx',
      'scripts/opendata-publish.ts',
      '--url',
      platform.gatewayUrl,
      '--dir',
      join(workDir, 'opendata'),
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, ...platformEnv, LOG_LEVEL: logLevel ?? 'warn' },
      stdio: ['ignore', logLevel ? 'inherit' : 'ignore', 'inherit'],
    },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const watched = watchProcess(child.pid ?? 0, exited)
  if ((await exited) !== 0) throw new Error('the publisher failed')
  return { seconds: (performance.now() - started) / 1000, watched }
}

/** A sink that drops what COPY sends: only the database's and the wire's time is measured. */
const discard = () =>
  new Writable({
    write: (_chunk, _encoding, callback) => {
      callback()
    },
  })

export function printPublish(publish: (PublishResult & { size: string })[]): void {
  console.log(
    '\nOpen-data publish (publisher process, through the API) vs ' +
      'plain COPY TO STDOUT of the same shelters and stop_times',
  )
  console.table(
    publish.map((result) => ({
      size: result.size,
      municipalities: result.municipalities,
      shelters: result.shelters,
      stop_times: result.stopTimes,
      'publish s': result.publishSeconds.toFixed(1),
      'COPY s': result.copySeconds.toFixed(2),
      'publish ÷ COPY': (result.publishSeconds / result.copySeconds).toFixed(0),
      'publisher peak RSS MiB': result.publisherPeakRssMiB.toFixed(0),
      'publisher CPU s': result.publisherCpuSeconds.toFixed(1),
      'platform CPU s': result.platformCpuSeconds.toFixed(1),
    })),
  )
}
