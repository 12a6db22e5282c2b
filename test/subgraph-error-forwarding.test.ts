import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Found by test/fuzz.test.ts: when a subgraph answered a non-2xx status (an anonymous mutation is a
 * 401 there), the gateway replied "401: Unauthorized" with `extensions.response` carrying the
 * subgraph's internal URL (http://127.0.0.1:<port>/graphql) and its raw body. The client must get the
 * subgraph's own error — message and code — and no internal address.
 */
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

async function post(query: string, variables: Record<string, unknown>) {
  const response = await fetch(stack.services.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  }
}

describe('errors a subgraph answers with a non-2xx status', () => {
  it.each([
    ['ict', 'mutation ($id: ID!) { recordPilotOutcome(id: $id, hoursSavedPerYear: 1) { id } }', { id: 'a' }],
    ['disaster', 'mutation { setResponseStatus(level: NONE) { level } }', {}],
    [
      'transit',
      'mutation { createPromotionCampaign(input: { initiativeId: "transit-2", ' +
        'title: "x", startsOn: "2026-01-01", endsOn: "2026-01-02" }) { id } }',
      {},
    ],
  ])("reach the client as the subgraph's own error, without its address (%s)", async (_subgraph, query, variables) => {
    const { text, body } = await post(query, variables)
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|"response"|Unauthorized/)
    expect(body.errors).toHaveLength(1)
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('signed-in municipal account') as unknown,
      extensions: { code: 'UNAUTHENTICATED' },
    })
  })
})
