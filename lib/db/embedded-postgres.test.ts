import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { once } from 'node:events'
import { afterAll, describe, expect, it } from 'vitest'
import { createLogger } from '../logger.js'
import { startEmbeddedPostgres } from './embedded-postgres.js'
import { postgresBinary } from './postgres-process.js'

let dir: string | undefined
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined))

describe('embedded PostgreSQL', () => {
  it('leaves a shared parent directory (world-writable and sticky, as /tmp) as it was', async () => {
    dir = await mkdtemp(join(tmpdir(), 'minamisorachi-pg-parent-'))
    await chmod(dir, 0o755)
    const shared = join(dir, 'shared')
    await mkdir(shared)
    await chmod(shared, 0o1777)
    const server = await startEmbeddedPostgres({
      dir: join(shared, 'pg'),
      port: 0,
      logger: createLogger('warn', 'test'),
      persistent: false,
    })
    await server.stop()
    expect((await stat(shared)).mode & 0o7777).toBe(0o1777)
  })

  it('in a process group of its own, names what PostgreSQL said when it stops while starting', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'minamisorachi-pg-parent-'))
    const taken = createServer().listen(0, '127.0.0.1')
    await once(taken, 'listening')
    const address = taken.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      await expect(
        startEmbeddedPostgres({
          dir: join(dir, 'port-taken'),
          port,
          logger: createLogger('warn', 'test'),
          persistent: false,
          ownProcessGroup: true,
        }),
      ).rejects.toThrow(/PostgreSQL exited while starting \(code 1\):[\s\S]*could not (bind|create)/)
    } finally {
      taken.close()
    }
  })

  it('in a process group of its own, is still shut down when the process exits without stopping it', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'minamisorachi-pg-parent-'))
    const dataDir = join(dir, 'left-behind')
    const script = join(dir, 'exit-without-stop.mts')
    await writeFile(
      script,
      [
        `import { startEmbeddedPostgres } from ${JSON.stringify(join(import.meta.dirname, 'embedded-postgres.ts'))}`,
        `import { createLogger } from ${JSON.stringify(join(import.meta.dirname, '..', 'logger.ts'))}`,
        `await startEmbeddedPostgres({ dir: ${JSON.stringify(dataDir)}, port: 0, logger: createLogger('warn', 'test'),`,
        '  ownProcessGroup: true })',
        'process.exit(3)',
      ].join('\n'),
    )
    const crashed = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' })
    expect(crashed.status, crashed.stderr).toBe(3)
    const running = () => spawnSync('pgrep', ['-f', `postgres -D ${dataDir}`], { encoding: 'utf8' }).stdout.trim()
    const deadline = Date.now() + 10_000
    while (running() !== '' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running()).toBe('')
  })

  it('finds the postgres binary where its platform package says it is', async () => {
    const system = process.platform === 'win32' ? 'windows' : process.platform
    const exported = (await import(`@embedded-postgres/${system}-${process.arch}`)) as { postgres: string }
    expect(postgresBinary()).toBe(exported.postgres)
  })
})
