import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Found by test/fuzz.test.ts: an operationName that names no operation made the gateway answer
 * 500 INTERNAL_SERVER_ERROR (Apollo Gateway's executor throws). It is the client's mistake: 400
 * OPERATION_RESOLUTION_FAILURE, as every subgraph (a plain Apollo Server) answers.
 */
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  }
}

describe('operation resolution', () => {
  it.each([
    [
      { query: 'query Known { municipalities { code } }', operationName: 'NotThere' },
      'Unknown operation named "NotThere".',
    ],
    [
      { query: 'query A { municipalities { code } } query B { article(number: 1) { heading } }' },
      'Must provide operation name if query contains multiple operations.',
    ],
  ])(
    'answers 400 OPERATION_RESOLUTION_FAILURE at the gateway and at a subgraph alike (%j)',
    async (request, message) => {
      for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
        const { status, body } = await post(url, request)
        expect({ status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message }).toEqual({
          status: 400,
          code: 'OPERATION_RESOLUTION_FAILURE',
          message,
        })
        expect(body.data).toBeUndefined()
      }
    },
  )

  it('still runs the named operation of a document with several', async () => {
    const { status, body } = await post(stack.services.gatewayUrl, {
      query: 'query A { municipalities { code } } query B { article(number: 1) { heading } }',
      operationName: 'B',
    })
    expect(status).toBe(200)
    expect(body.data).toEqual({ article: { heading: expect.any(String) as unknown } })
  })
})
