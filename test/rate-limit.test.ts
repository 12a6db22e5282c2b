import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AgreementTitleDocument, RegionOverviewDocument } from '../codegen/operations.js'
import { errorCodes } from './support/errors.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * A gateway with a tiny limit (3 requests a minute per caller): the fourth request of one caller is a
 * 429 with Retry-After, while other callers, probes and the subgraphs behind the gateway go on.
 */

const LIMIT = 3
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack({ rateLimit: { max: LIMIT, windowMs: 60_000 } })))
afterAll(() => stack.stop())

const QUERY = AgreementTitleDocument

describe('rate limiting at the gateway', () => {
  it('answers 429 with Retry-After to one signed-in caller over the limit, and not to another caller', async () => {
    const flooder = await stack.token('014303')
    const bystander = await stack.token('012106')
    for (let i = 0; i < LIMIT; i++) expect((await stack.graphql(QUERY, {}, { token: flooder })).status).toBe(200)
    const refused = await stack.graphql(QUERY, {}, { token: flooder })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(errorCodes(refused.body)).toEqual(['RATE_LIMITED'])
    expect(refused.body.errors?.[0]?.message).toMatch(/at most 3 per 60 s.*Retry in/)

    const other = await stack.graphql(QUERY, {}, { token: bystander })
    expect(other.status).toBe(200)
    expect(other.body.errors).toBeUndefined()
  })

  it('limits anonymous callers (and forged tokens) by IP address, without touching signed-in callers', async () => {
    // One query that fans out to all four subgraphs still counts once: subgraph traffic is not limited.
    for (let i = 0; i < LIMIT; i++) {
      const { status, body } = await stack.graphql(RegionOverviewDocument, { first: 1 })
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
    }
    expect((await stack.graphql(QUERY)).status).toBe(429)
    // A forged token is not a way around the per-IP bucket.
    expect((await stack.graphql(QUERY, {}, { token: 'forged.token.here' })).status).toBe(429)
    expect((await stack.graphql(QUERY, {}, { token: await stack.token('014281') })).status).toBe(200)
  })

  it('never limits the subgraphs, probes or metrics', async () => {
    for (let i = 0; i < LIMIT * 3; i++) {
      const direct = await stack.graphql(QUERY, {}, { url: stack.services.subgraphUrls.agreement })
      expect(direct.status).toBe(200)
      expect((await fetch(new URL('/healthz', stack.services.gatewayUrl))).status).toBe(200)
      expect((await stack.metrics()).status).toBe(200)
    }
  })
})
