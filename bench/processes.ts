import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { projectRoot } from '../lib/paths.js'

/**
 * Free TCP ports, all held open at once before any is released, so two calls in a row never get the
 * same port; the services are then started on fixed ports and their URLs are known in advance.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer()
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve(server))
    })),
  )
  const ports = servers.map((server) => {
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    return address.port
  })
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

export interface ServiceProcess {
  name: string
  url: string
  pid: number
  stop: () => Promise<void>
}

/**
 * A TypeScript entry point as its own Node process (through tsx, like `npm start`), so each server
 * under load has its own event loop and the load generator does not share it. Ready when `url`
 * answers a GraphQL POST at all (any status): every service here speaks GraphQL at that URL.
 */
export async function startServiceProcess(name: string, script: string, url: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: projectRoot,
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', process.env['BENCH_VERBOSE'] ? 'inherit' : 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`)
    const answered = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2000),
    }).then(
      () => true,
      () => false,
    )
    if (answered) return { name, url, pid: child.pid ?? 0, stop }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${name} did not answer at ${url} within 60 s`)
    }
    await sleep(100)
  }
}
