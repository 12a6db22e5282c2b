import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { projectPath } from './paths.js'

/** Logs as a process writes them: pretty on a terminal, JSON lines when piped (collectors, tests). */
function logLine(pretty: string) {
  const script = `import { createLogger } from ${JSON.stringify(projectPath('lib', 'logger.ts'))}
    createLogger('info', 'minamisorachi'${pretty}).info({ port: 4000 }, 'platform started')`
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  }).stdout
}

describe('createLogger', () => {
  it('writes JSON lines when stdout is not a terminal', () => {
    expect(JSON.parse(logLine(''))).toMatchObject({ level: 30, name: 'minamisorachi', msg: 'platform started' })
  })

  it('writes readable lines for a terminal', () => {
    const line = logLine(', true')
    expect(line).toMatch(/INFO.*\(minamisorachi\).*platform started/)
    expect(line).toMatch(/port: 4000/)
    expect(() => JSON.parse(line) as unknown).toThrow()
  })
})
