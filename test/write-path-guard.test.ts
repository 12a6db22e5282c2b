import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectPath } from '../lib/paths.js'

/**
 * One write path (DESIGN.md §6): lib/db/write-path.ts is the only code that writes audit entries, and
 * mutations open their transactions through it. These read the source, so a service that starts writing
 * its own audit rows (or its own write transactions) fails here before it reaches review.
 */
const ROOTS = ['lib', 'gateway', 'subgraphs', 'all-in-one', 'scripts', 'bench', 'test']
const WRITE_PATH = 'lib/db/write-path.ts'
const AUDIT_INSERT = 'lib/db/audit.ts'
const THIS_FILE = 'test/write-path-guard.test.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const files = ROOTS.flatMap((root) => sourceFiles(projectPath(root))).map((path) => ({
  path: relative(projectPath(), path),
  text: readFileSync(path, 'utf8'),
}))
const using = (pattern: RegExp) =>
  files.filter((file) => file.path !== THIS_FILE && pattern.test(file.text)).map((file) => file.path)

describe('the one write path', () => {
  it('is the only caller of recordAudit (no service writes audit entries itself)', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(using(/\brecordAudit\b/).sort()).toEqual([AUDIT_INSERT, WRITE_PATH])
  })

  it('is the only application code that inserts into the audit log (tests may seed it as the superuser)', () => {
    const inserting = using(/insertInto\(\s*['"]app\.auditLog['"]/).filter((path) => !path.endsWith('.test.ts'))
    expect(inserting).toEqual([AUDIT_INSERT])
  })

  it("runs every service's writes: services import runWrite, not the transaction or ownership helpers", () => {
    const services = files.filter((file) => file.path.startsWith('subgraphs/') && file.path.endsWith('.service.ts'))
    expect(services.filter((file) => file.text.includes('runWrite(')).length).toBeGreaterThanOrEqual(18)
    const bypassing = services
      .filter((file) => /lib\/(db\/viewer-transaction|auth\/ownership)\.js'/.test(file.text))
      .map((file) => file.path)
    // Reading under row-level security is the one other use of viewer transactions (no writes there): the audit
    // log and the webhook delivery log, both private to their town.
    expect(bypassing.sort()).toEqual([
      'subgraphs/agreement/audit-log/audit-log.service.ts',
      'subgraphs/agreement/webhooks/webhooks.service.ts',
    ])
  })
})
