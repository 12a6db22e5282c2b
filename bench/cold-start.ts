import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { projectRoot } from '../lib/paths.js'
import type { BenchOperation } from './operations.js'

export interface ColdStartResult {
  /** Empty data directory: initdb, migrations, seed, then the services. */
  firstStartSeconds: number
  /** The same directory again: PostgreSQL start and the services only. */
  restartSeconds: number
  /** When the process printed `ready at URL`, on each start. */
  firstReadySeconds: number
  restartReadySeconds: number
  /** `npm start` with DATABASE_URL at the scale database (migrated and seeded already), when one was given. */
  scaleAttached?: { seconds: number; readySeconds: number; municipalities: number }
}

/**
 * `npm start` as a new user runs it (no DATABASE_URL: embedded PostgreSQL in its own directory, free
 * ports), timed from spawn to the first correct answer to a real query through the gateway, not just
 * to the log line. Then stopped (SIGTERM, as Ctrl-C) and started again over the same directory.
 */
async function timeStart(
  dataDir: string,
  operation: BenchOperation,
  databaseUrl?: string,
): Promise<{ readySeconds: number; answeredSeconds: number }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
    EMBEDDED_PG_PORT: '0',
    PORT: '0',
    OPENDATA_DIR: join(dataDir, 'opendata'),
    REGIONAL_FEED_CACHE_DIR: join(dataDir, 'regional-feed'),
    LOG_LEVEL: 'warn',
  }
  if (databaseUrl) env['DATABASE_URL'] = databaseUrl
  else delete env['DATABASE_URL']
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve()
    }),
  )
  try {
    const gatewayUrl = await new Promise<string>((resolve, reject) => {
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /ready at (\S+)/.exec(output)
        if (match?.[1]) resolve(match[1])
      })
      void exited.then(() => {
        reject(new Error('npm start exited before it was ready'))
      })
    })
    const readySeconds = (performance.now() - started) / 1000
    for (;;) {
      const answered = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
      }).then(
        async (response) =>
          response.status === 200 && ((await response.json()) as { errors?: unknown }).errors === undefined,
        () => false,
      )
      if (answered) return { readySeconds, answeredSeconds: (performance.now() - started) / 1000 }
      if (performance.now() - started > 120_000) throw new Error('npm start did not answer within 120 s')
      await sleep(20)
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
}

/** `scale`: the scale database's URL and how many municipalities it serves, for a third start attached to it. */
export async function benchColdStart(
  operation: BenchOperation,
  scale?: { url: string; municipalities: number; operation: BenchOperation },
): Promise<ColdStartResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'minamisorachi-coldstart-'))
  try {
    const first = await timeStart(dataDir, operation)
    const again = await timeStart(dataDir, operation)
    const attached = scale ? await timeStart(join(dataDir, 'scale'), scale.operation, scale.url) : undefined
    return {
      firstStartSeconds: first.answeredSeconds,
      firstReadySeconds: first.readySeconds,
      restartSeconds: again.answeredSeconds,
      restartReadySeconds: again.readySeconds,
      ...(attached && scale
        ? {
            scaleAttached: {
              seconds: attached.answeredSeconds,
              readySeconds: attached.readySeconds,
              municipalities: scale.municipalities,
            },
          }
        : {}),
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

export function printColdStart(result: ColdStartResult): void {
  console.log(
    '\nCold start: spawn of `npm start` (embedded PostgreSQL, free ports) ' +
      'to the first correct answer through the gateway (target < 10 s)',
  )
  console.table([
    {
      start: 'first (empty data dir: initdb, migrate, seed)',
      'seconds to first answer': result.firstStartSeconds.toFixed(1),
      'seconds to "ready at"': result.firstReadySeconds.toFixed(1),
      'under 10 s': result.firstStartSeconds < 10 ? 'yes' : 'NO',
    },
    {
      start: 'restart (same data dir)',
      'seconds to first answer': result.restartSeconds.toFixed(1),
      'seconds to "ready at"': result.restartReadySeconds.toFixed(1),
      'under 10 s': result.restartSeconds < 10 ? 'yes' : 'NO',
    },
    ...(result.scaleAttached
      ? [
          {
            start: `scale database attached (${result.scaleAttached.municipalities} municipalities; target ≤ 5 s)`,
            'seconds to first answer': result.scaleAttached.seconds.toFixed(1),
            'seconds to "ready at"': result.scaleAttached.readySeconds.toFixed(1),
            'under 10 s': result.scaleAttached.seconds < 10 ? 'yes' : 'NO',
          },
        ]
      : []),
  ])
}
