import { spawn, type ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { projectRoot } from '../../lib/paths.js'
import { nodeArgsFor } from './entry-bundles.js'

/** One entry point (a subgraph's or the gateway's `main.ts`) running as its own OS process, as deployed. */
export interface ServiceProcess {
  name: string
  /** The `/graphql` URL the process logged when it was ready. */
  url: string
  pid: number
  /** The tail of what the process wrote (pino JSON lines), for failure messages. */
  logs: () => string
  /** SIGTERM and wait for the exit: the process drains and closes its pools. */
  stop: () => Promise<void>
  /** SIGKILL and wait for the exit: no shutdown at all, as in a crash or an OOM kill. */
  kill: () => Promise<void>
}

const LOG_TAIL_CHARS = 20_000
const READY_TIMEOUT_MS = 60_000

/** The environment every spawned service shares: telemetry off, loopback, a free port, logs we can read. */
const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  APOLLO_TELEMETRY_DISABLED: '1',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'info',
})

/** The `url` of the first pino line whose message ends in "ready" (every main.ts logs one after listen). */
function readyUrlIn(output: string): string | undefined {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{') || !line.includes('ready')) continue
    try {
      const entry = JSON.parse(line) as { msg?: unknown; url?: unknown }
      if (typeof entry.msg === 'string' && entry.msg.endsWith('ready') && typeof entry.url === 'string')
        return entry.url
    } catch {
      // A line cut by the chunk boundary; the next poll sees it whole.
    }
  }
  return undefined
}

export interface StartOptions {
  /** Node flags before the entry (e.g. `--cpu-prof` for the benchmark). */
  nodeArgs?: string[]
  /**
   * Ready when this URL answers a GraphQL POST at all, for servers that log no ready line or log below
   * `info` (the benchmark's); by default, ready at the URL of the process's pino "… ready" line.
   */
  readyUrl?: string
  /** How long it may take to be ready (default 60 s); the benchmark's servers load while others run. */
  readyTimeoutMs?: number
}

/** Whether a GraphQL server answers at `url` (any status). */
const answersAt = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
    signal: AbortSignal.timeout(2000),
  }).then(
    () => true,
    () => false,
  )

/**
 * Spawns `node --import tsx <entry>` (as the image's CMD does; under vitest, the run's bundle of it:
 * entry-bundles.ts) and resolves once it is ready, or rejects with its output when it exits first or is not
 * ready by the deadline.
 */
export async function startServiceProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  options: StartOptions = {},
): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...nodeArgsFor(entry)], {
    cwd: projectRoot,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const append = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS))
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve()
    }),
  )
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
    await exited
  }
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.signalCode ?? child.exitCode}) before it was ready:\n${output}`)
    }
    const url = options.readyUrl
      ? (await answersAt(options.readyUrl))
        ? options.readyUrl
        : undefined
      : readyUrlIn(output)
    if (url)
      return {
        name,
        url,
        pid: child.pid ?? 0,
        logs: () => output,
        stop: () => signal('SIGTERM'),
        kill: () => signal('SIGKILL'),
      }
    if (Date.now() > deadline) {
      await signal('SIGKILL')
      throw new Error(`${name} not ready within ${readyTimeoutMs / 1000} s:\n${output}`)
    }
    await sleep(50)
  }
}

/** Runs a one-shot script (e.g. `scripts/migrate.ts`) to completion; rejects with its output on a non-zero exit. */
export function runScript(entry: string, args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [...nodeArgsFor(entry), ...args], {
    cwd: projectRoot,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`${entry} exited with ${code}:\n${output}`))
    })
  })
}
