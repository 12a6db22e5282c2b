import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ResultOf } from '@graphql-typed-document-node/core'
import { print } from 'graphql'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AgreementTitleAndTownCodesDocument } from '../codegen/operations.js'
import { projectRoot } from '../lib/paths.js'

/** `npm start` as a user runs it: a real process, an embedded PostgreSQL, signals, a second start. */
let dataDir: string
beforeAll(async () => void (dataDir = join(await mkdtemp(join(tmpdir(), 'minamisorachi-start-')), 'pg')))
afterAll(() => rm(join(dataDir, '..'), { recursive: true, force: true }))

/** Every start still running: a test that fails half-way must not leave a platform (and its PostgreSQL) behind. */
const running = new Set<ChildProcessWithoutNullStreams>()
afterEach(async () => {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = once(child, 'exit')
      // As a user would stop it (SIGTERM: its PostgreSQL too); killed outright only if it does not stop.
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      await exited
      clearTimeout(timer)
    }),
  )
})

interface Started {
  child: ChildProcessWithoutNullStreams
  url: string
  logs: () => string
}

/**
 * `ownGroup`: the process leads a process group of its own, as a terminal's foreground job does; `env` adds to the
 * environment.
 */
function start(ownGroup = false, env: Record<string, string> = {}): Promise<Started> {
  // The package's own start script, through npm: what runs between npm and the platform (a runner that relays
  // signals, or kills what does not answer them in time) is part of how Ctrl-C ends.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: projectRoot,
    detached: ownGroup,
    env: {
      ...process.env,
      EMBEDDED_PG_DIR: dataDir,
      OPENDATA_DIR: `${dataDir}-opendata`,
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      ...env,
    },
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no URL printed within 60 s:\n${output}`))
    }, 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /ready at (http:\/\/\S+\/graphql)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ child, url: match[1], logs: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      reject(new Error(`exited with ${code} before printing its URL:\n${output}`))
    })
  })
}

/** Sends `signal` to the process, or to its whole process group (as a terminal's Ctrl-C); resolves to its exit code. */
function stop(started: Started, signal: NodeJS.Signals, to: 'process' | 'group' = 'process'): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => {
      resolve(code)
    })
    if (to === 'group') process.kill(-(started.child.pid ?? 0), signal)
    else started.child.kill(signal)
  })
}

/** The process group of the postmaster running on `dir` (its pid is postmaster.pid's first line). */
async function postmasterGroup(dir: string): Promise<string> {
  const pid = (await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? ''
  return spawnSync('ps', ['-o', 'pgid=', '-p', pid], { encoding: 'utf8' }).stdout.trim()
}

/** Log lines at warn level or above (pino: 40 and up). */
const warningsIn = (logs: string) => logs.split('\n').filter((line) => /"level":(4|5|6)\d/.test(line))

const postgresProcessesOn = (dir: string) =>
  spawnSync('pgrep', ['-f', `postgres -D ${dir}`], { encoding: 'utf8' }).stdout.trim()

async function agreementTitle(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(AgreementTitleAndTownCodesDocument) }),
  })
  return (await response.json()) as { data: ResultOf<typeof AgreementTitleAndTownCodesDocument> }
}

describe('npm start', () => {
  it('starts everything on an embedded PostgreSQL, seeds once, and stops cleanly on SIGTERM and SIGINT', async () => {
    const first = await start()
    expect((await agreementTitle(first.url)).data.agreement.title).toBe('南空知圏域の形成に関する協定書')
    expect(first.logs()).toMatch(/"seeded":true/)
    expect(postgresProcessesOn(dataDir)).not.toBe('')
    // The first start publishes the open data in the background; the portal then serves its files.
    const deadline = Date.now() + 60_000
    while (!/first open-data release published/.test(first.logs()) && Date.now() < deadline) await sleep(200)
    const csv = await fetch(new URL('/opendata/files/evacuation_space.csv', first.url))
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(await stop(first, 'SIGTERM')).toBe(0)
    expect(postgresProcessesOn(dataDir)).toBe('')

    const second = await start()
    expect(second.logs()).toMatch(/"migrationsApplied":\[\],"seeded":false/)
    expect((await agreementTitle(second.url)).data.municipalities).toHaveLength(9)
    expect(await stop(second, 'SIGINT')).toBe(0)
    expect(postgresProcessesOn(dataDir)).toBe('')
  }, 240_000)

  it("keeps PostgreSQL out of a terminal's Ctrl-C and stops it after the servers, without a warning", async () => {
    // A directory with no release yet, so the first release is being published in the background when Ctrl-C
    // comes: cut short, it is left for the next start, which is no warning.
    const started = await start(true, { OPENDATA_DIR: `${dataDir}-opendata-ctrl-c` })
    // A terminal sends Ctrl-C to its whole foreground process group; PostgreSQL must not be in it.
    expect(await postmasterGroup(dataDir)).not.toBe(String(started.child.pid))
    expect((await agreementTitle(started.url)).data.municipalities).toHaveLength(9)
    expect(await stop(started, 'SIGINT', 'group')).toBe(0)
    expect(postgresProcessesOn(dataDir)).toBe('')
    expect(started.logs()).toMatch(/shutting down/)
    expect(warningsIn(started.logs())).toEqual([])
  }, 120_000)
})
