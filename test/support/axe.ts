import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Frame, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * axe-core run inside a real page: the script is injected from node_modules (nothing fetched), and the
 * violations come back as `rule id: target` lines so a failing test says what to fix and where.
 */

interface AxeNode {
  target: unknown[]
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

let source: Promise<string> | undefined

function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  return source
}

/** Runs axe on the page (or frame) as it is now and returns one line per violating node. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  // Injected by evaluating the text, not by a <script> tag: a page's CSP (script-src 'self') would refuse a tag.
  await target.evaluate(await axeSource())
  // A string: the project's TypeScript has no DOM types (the expression runs in the page).
  const violations = await target.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  )
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? '?'}): ${JSON.stringify(node.target)}`),
  )
}

/** Fails with every violation listed when axe finds any on the page; `label` names the page in the message. */
export async function expectNoAxeViolations(target: Page | Frame, label: string): Promise<void> {
  const found = await axeViolations(target)
  expect(found, `axe violations on ${label}:\n${found.join('\n')}`).toEqual([])
}
