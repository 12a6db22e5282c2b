import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishRelease } from '../gateway/opendata/publish/publish-release.js'
import { createLogger } from '../lib/logger.js'
import { operationHash, readSafelist } from '../lib/http/persisted-operations.js'
import { startTestStack, type TestStack } from './support/stack.js'

const safelist = readSafelist()
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack({ persistedOperations: safelist })))
afterAll(() => stack.stop())

// An operation of test/operations with no variables, from the safelist itself.
const [hash, text] = [...safelist].find(([, document]) => document.startsWith('query FullAgreement')) ?? ['', '']

async function post(body: unknown) {
  const response = await fetch(stack.services.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    cache: response.headers.get('x-response-cache'),
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  }
}

describe('PERSISTED_OPERATIONS_ONLY', () => {
  it('runs a listed operation by hash (Apollo persisted-query format), exact text or a reformatted copy', async () => {
    expect(text).not.toBe('')
    expect(operationHash(text)).toBe(hash)
    // First, before any POST has put the text into Apollo's own persisted-query cache: a GET by hash alone.
    const get = await fetch(
      `${stack.services.gatewayUrl}?exten` +
        `sions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    )
    expect(get.status).toBe(200)
    // Apollo answers its own PERSISTED_QUERY_NOT_FOUND with 200: the body tells whether the operation ran.
    const answer = (await get.json()) as { data?: unknown; errors?: unknown }
    expect(answer.errors).toBeUndefined()
    expect(answer.data).toBeDefined()
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      { query: text },
      { query: text.replace(/\s+/g, ' ') },
    ]) {
      const response = await post(body)
      expect(response.status).toBe(200)
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data).toBeDefined()
    }
  })

  it('refuses any other document, unknown hashes and malformed extensions with 400 before planning', async () => {
    for (const body of [
      { query: '{ municipalities { code nameEn } }' },
      { query: `${text} ` + '# harmless?\n{ __typename }' },
      { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      { extensions: 'not json', query: '{ __schema { types { name } } }' },
    ]) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect(response.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    }
  })
})

describe('PERSISTED_OPERATIONS_ONLY and the response cache (looked up before the safelist runs)', () => {
  it('answers a listed operation from memory the second time, and never a refused one', async () => {
    const listed = { query: text, variables: { padding: 'cache-safelist' } }
    expect((await post(listed)).status).toBe(200)
    const again = await post(listed)
    expect({ status: again.status, cache: again.cache }).toEqual({ status: 200, cache: 'hit' })
    // The listed document's text with a harmless-looking addition: refused every time, however often it is sent.
    const refused = { query: `${text} ` + '# still refused\n{ __typename }', variables: { padding: 'cache-safelist' } }
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await post(refused)
      expect({ status: response.status, cache: response.cache }).toEqual({ status: 400, cache: 'miss' })
      expect(response.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    }
  })
})

describe('PERSISTED_OPERATIONS_ONLY and the open-data publisher', () => {
  it('still publishes: the publisher’s public queries are in the safelist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'safelist-publish-'))
    try {
      const manifest = await publishRelease({
        gatewayUrl: stack.services.gatewayUrl,
        token: stack.publisherToken,
        dir,
        logger: createLogger('silent', 'test'),
      })
      expect(manifest.datasets.find((dataset) => dataset.id === 'evacuation-space')?.rowCount).toBeGreaterThan(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
