import { serverAudits, type AuditResult } from 'graphql-http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBGRAPH_NAMES } from '../lib/config.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * The GraphQL over HTTP specification's own audits (graphql-http `serverAudits`), against the gateway
 * and each subgraph on real ports. Every MUST passes. SHOULD failures are limited to the known ones:
 *
 * - 572B, FDE2, 7B9B — "SHOULD use 200 status code on document parsing / document validation / variable
 *   coercion failure when accepting application/json". Apollo Server answers these with 400 whatever the
 *   Accept header (a documented Apollo Server 4+ behaviour, and what docs/api.md "Security limits" promises:
 *   HTTP 400 GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED). The spec only allows 200 there for
 *   legacy clients; with application/graphql-response+json the 400s are what it asks for (and pass).
 *
 * MAY failures are reported, not asserted: 5A70, D6D5, 6A70 (GET queries) fail because Apollo Server's
 * CSRF prevention (`csrfPrevention: true`) refuses a GET without `apollo-require-preflight` or a
 * non-simple content type — deliberate, browsers cannot forge such a GET.
 */
const KNOWN_SHOULD_FAILURES = ['572B', 'FDE2', '7B9B']

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack({ rateLimit: { max: 0, windowMs: 60_000 } })))
afterAll(() => stack.stop())

interface Outcome {
  id: string
  name: string
  result: AuditResult
}

async function audit(url: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const { id, name, fn } of serverAudits({ url })) outcomes.push({ id, name, result: await fn() })
  return outcomes
}

function report(target: string, outcomes: Outcome[]) {
  const failed = outcomes.filter((o) => o.result.status !== 'ok')
  console.log(
    `GraphQL over HTTP audits of ${target}: ${outcomes.length - failed.length} passed, ${failed.length} not` +
      failed
        .map((o) => `\n  ${o.result.status} ${o.id} ${o.name}: ${o.result.status === 'ok' ? '' : o.result.reason}`)
        .join(''),
  )
  return {
    mustFailures: outcomes
      .filter((o) => o.name.startsWith('MUST') && o.result.status !== 'ok')
      .map((o) => `${o.id} ${o.name}`),
    shouldFailures: outcomes.filter((o) => o.name.startsWith('SHOULD') && o.result.status !== 'ok').map((o) => o.id),
  }
}

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it.each(['gateway', ...SUBGRAPH_NAMES])(
    '%s: every MUST passes; SHOULD failures are only the documented ones',
    async (target) => {
      const url =
        target === 'gateway'
          ? stack.services.gatewayUrl
          : stack.services.subgraphUrls[target as (typeof SUBGRAPH_NAMES)[number]]
      const outcomes = await audit(url)
      expect(outcomes.filter((o) => o.name.startsWith('MUST')).length).toBeGreaterThan(10)
      const { mustFailures, shouldFailures } = report(target, outcomes)
      expect(mustFailures).toEqual([])
      expect(shouldFailures.filter((id) => !KNOWN_SHOULD_FAILURES.includes(id))).toEqual([])
      expect(shouldFailures.length).toBeLessThanOrEqual(KNOWN_SHOULD_FAILURES.length)
    },
  )
})
