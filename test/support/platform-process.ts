import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../../lib/paths.js'

export interface PlatformProcess {
  gatewayUrl: string
  pid: number
  /** Peak resident memory of the platform process so far (Linux VmHWM), in MiB. */
  peakRssMiB: () => Promise<number>
  stop: () => Promise<void>
  /** SIGKILL: no shutdown at all, as in a crash. */
  kill: () => Promise<void>
}

/**
 * `npm start` as a separate process over an existing database, so its memory can be measured
 * apart from the benchmark's own (the feed generator, the HTTP client). With `profileDir` it runs under --cpu-prof
 * and leaves its profile there when stopped (the gateway and the four subgraphs are this one process). Its regional
 * feed cache is a directory of its own, removed when it stops: each platform builds the feed afresh, as a bench run
 * must measure.
 */
export async function startPlatformProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
  profileDir?: string,
): Promise<PlatformProcess> {
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []
  const feedCacheDir = await mkdtemp(join(tmpdir(), 'platform-regional-feed-'))
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      APOLLO_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'warn',
      OPENDATA_PUBLISH_ON_START: 'false',
      REGIONAL_FEED_CACHE_DIR: feedCacheDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (process.env['BENCH_VERBOSE']) process.stderr.write(chunk)
      const match = /ready at (\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => {
      reject(new Error(`platform exited with ${code} before it was ready`))
    })
  })
  const signal = (name: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve()
        return
      }
      child.once('exit', () => {
        resolve()
      })
      child.kill(name)
    }).then(() => rm(feedCacheDir, { recursive: true, force: true }))
  return {
    gatewayUrl,
    pid: child.pid ?? 0,
    peakRssMiB: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}
