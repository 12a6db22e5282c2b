import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../lib/auth/tokens.js'
import { readSafelist } from '../lib/http/persisted-operations.js'
import { rawRequest, type RawResponse } from './support/raw-http.js'
import { startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from './support/stack.js'

/**
 * Every guard of `/graphql` decides on the route the router resolved, not on the raw request target.
 * An attacker spells the target every way the HTTP parser and the router accept; each spelling must
 * either reach `/graphql` *with* its guards (the persisted-operation safelist refuses a foreign document,
 * the rate limit refuses the caller's third request) or not reach it at all (404/400) — never run a query.
 */

const LIMIT = 2
let stack: TestStack
beforeAll(
  async () =>
    void (stack = await startTestStack({
      persistedOperations: readSafelist(),
      rateLimit: { max: LIMIT, windowMs: 60_000 },
    })),
)
afterAll(() => stack.stop())

const SPELLINGS = [
  '/graphql',
  '/%67raphql',
  '/graphq%6C',
  '/graphq%6c',
  '/%67%72%61%70%68%71%6C',
  '/GRAPHQL',
  '/Graphql',
  '/%47raphql',
  '//graphql',
  '///graphql',
  '/graphql/',
  '/graphql//',
  '/graphql;x',
  '/graphql;',
  '/./graphql',
  '/a/../graphql',
  '/%2e/graphql',
  '/%2E%2E/graphql',
  '/%2fgraphql',
  '/graphql%2f',
  '/%252fgraphql',
  '/graphql%20',
  '/graphql.',
  '/graphql%00',
  '/%C0%AFgraphql',
  '/graphql%C0%AE',
  '/%E0%80%AFgraphql',
  '/graphql%3F',
  '/graphql%23x',
  '/graphql?x=1',
  '/graphql?',
  '/graphql#fragment',
  '/graphql?#',
  '/graphql?a=1#b',
  'http://evil.example/graphql',
  'http://127.0.0.1/graphql',
  'https://evil.example:8443/graphql',
  'http://evil.example//graphql',
  'http://evil.example/%67raphql',
  '//evil.example/graphql',
  '*',
  'graphql',
]

/** A document that is certainly not in the safelist. */
const FOREIGN_DOCUMENT = JSON.stringify({ query: '{ municipalities { code name nameEn } }' })

const isGuardedRefusal = (response: RawResponse) =>
  response.status === 400 && response.body.includes('PERSISTED_QUERY_NOT_FOUND')

describe('guards on every spelling of /graphql', () => {
  it(`covers at least 25 spellings`, () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(25)
  })

  it.each(SPELLINGS.map((target, index) => [target, index] as const))(
    '%s is guarded exactly like /graphql or not routed at all',
    async (target, index) => {
      // A caller of its own per spelling, so each spelling starts with a full rate-limit bucket.
      const token = await signToken(TEST_TOKEN_SETTINGS, {
        subject: `spelling-${index}`,
        municipality: '014303',
        roles: ['editor'],
      })
      const send = () =>
        rawRequest(stack.services.gatewayUrl, {
          method: 'POST',
          target,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: FOREIGN_DOCUMENT,
        })
      const responses: RawResponse[] = []
      for (let i = 0; i <= LIMIT; i++) responses.push(await send())

      for (const response of responses) expect(response.body).not.toContain('"data"')
      const routed =
        responses.some((response) => response.status !== 404 && response.status !== 400) ||
        responses.some(isGuardedRefusal)
      if (routed) {
        // The safelist refused the first LIMIT requests, and the rate limit the next one.
        expect(responses.slice(0, LIMIT).every(isGuardedRefusal)).toBe(true)
        expect(responses[LIMIT]?.status).toBe(429)
      } else {
        for (const response of responses) expect([400, 404]).toContain(response.status)
      }
    },
  )

  it('routes the spellings the router decodes (so the test above really exercises the guards on them)', async () => {
    for (const [index, target] of ['/%67raphql', 'http://evil.example/graphql', '/graphql#fragment'].entries()) {
      const token = await signToken(TEST_TOKEN_SETTINGS, {
        subject: `control-${index}`,
        municipality: '014303',
        roles: ['editor'],
      })
      const response = await rawRequest(stack.services.gatewayUrl, {
        method: 'POST',
        target,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: FOREIGN_DOCUMENT,
      })
      expect(isGuardedRefusal(response)).toBe(true)
    }
  })

  it('reads a GET request the way Apollo does: a listed hash after a `#` does not carry a foreign query', async () => {
    // Found by test/fuzz-guards.test.ts: the guard read Fastify's query string (which keeps what follows `#`),
    // Apollo the URL's (which does not), so this ran any document under PERSISTED_OPERATIONS_ONLY.
    const [listedHash] = [...readSafelist().keys()]
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: listedHash } }))
    const query = encodeURIComponent('{ municipalities { code nameEn } }')
    for (const [index, target] of [
      `/graphql?query=${query}#&extensions=${extensions}`,
      `/%67raphql?query=${query}#x&extensions=${extensions}`,
    ].entries()) {
      const token = await signToken(TEST_TOKEN_SETTINGS, {
        subject: `fragment-${index}`,
        municipality: '014303',
        roles: ['editor'],
      })
      const headers = { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` }
      const response = await rawRequest(stack.services.gatewayUrl, { target, headers })
      expect(response.body).not.toContain('nameEn')
      expect(isGuardedRefusal(response), response.body).toBe(true)
    }
  })

  it('guards GET with an encoded path too', async () => {
    const token = await signToken(TEST_TOKEN_SETTINGS, {
      subject: 'get-spelling',
      municipality: '014303',
      roles: ['editor'],
    })
    const target = `/%67raphql?query=${encodeURIComponent('{ municipalities { code nameEn } }')}`
    const headers = { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` }
    const responses: RawResponse[] = []
    for (let i = 0; i <= LIMIT; i++) responses.push(await rawRequest(stack.services.gatewayUrl, { target, headers }))
    expect(responses.slice(0, LIMIT).every(isGuardedRefusal)).toBe(true)
    expect(responses[LIMIT]?.status).toBe(429)
  })
})
