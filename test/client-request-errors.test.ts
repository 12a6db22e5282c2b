import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Found by test/fuzz.test.ts: a persisted-query extension whose hash does not match the query was
 * answered 400 with INTERNAL_SERVER_ERROR and an errorId, and logged as an unexpected server error.
 * It is the client's mistake: 400 BAD_REQUEST with Apollo's own wording, at the gateway and the subgraphs.
 */
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe("Apollo Server's refusals of a malformed request", () => {
  it.each([
    [{ version: 1, sha256Hash: 'x'.repeat(64) }, 'provided sha does not match query'],
    [{ version: 2, sha256Hash: 'x'.repeat(64) }, 'Unsupported persisted query version'],
  ])('answer 400 BAD_REQUEST, not a masked internal error (%j)', async (persistedQuery, message) => {
    for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities { code } }', extensions: { persistedQuery } }),
      })
      const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }
      expect({ status: response.status, errors: body.errors }).toEqual({
        status: 400,
        errors: [{ message, extensions: { code: 'BAD_REQUEST' } }],
      })
    }
  })
})
