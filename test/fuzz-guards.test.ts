import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../lib/auth/tokens.js'
import { PARTY_CODES } from '../lib/municipality-code.js'
import { readSafelist } from '../lib/http/persisted-operations.js'
import { guardRequest, graphqlSpelling, isForeign, type GuardRequest } from './support/fuzz-targets.js'
import { rawRequest, type RawResponse } from './support/raw-http.js'
import { startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from './support/stack.js'

/**
 * Issue #17, "no guard bypass", generated: fast-check spells the request target of `/graphql` (percent-encoded and
 * overlong letters, `//`, `/./`, `;x`, trailing `/`, `?`/`#` tricks, upper case, absolute-form with other hosts)
 * and combines it with methods, proxy headers, Host headers and body encodings, against a gateway with
 * PERSISTED_OPERATIONS_ONLY and a rate limit of LIMIT requests. Each run is one caller of its own sending a few
 * such requests; every answer must be a 404/4xx that never reached GraphQL, or exactly what `/graphql` answers:
 * a foreign document refused by the safelist, a listed one answered as `/graphql` answers it, and 429 once the
 * caller has spent LIMIT requests on any spelling that routes.
 */
const SEED = 20_261_206
const RUNS = 200
const LIMIT = 2

/** Error codes that prove a document reached Apollo (parsed, validated, planned or run): a safelist bypass. */
const REACHED_GRAPHQL = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
]

let stack: TestStack
let documents: { listed: string; listedHash: string; foreign: string }
let subjects = 0
let sent = 0
const answers = new Map<string, number>()
const tally = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1)

beforeAll(async () => {
  const safelist = readSafelist()
  const [listedHash, listed] = [...safelist].find(([, text]) => text.startsWith('query OpenDataTowns ')) ?? []
  if (!listedHash || !listed) throw new Error('OpenDataTowns is no longer in codegen/persisted-operations.json')
  documents = { listed, listedHash, foreign: '{ municipalities { code name nameEn } }' }
  stack = await startTestStack({ persistedOperations: safelist, rateLimit: { max: LIMIT, windowMs: 60_000 } })
})
afterAll(async () => {
  console.log(`guard fuzz: ${sent} requests sent (seed ${SEED}, ${RUNS} runs)`)
  await stack.stop()
})

/** A caller nobody has used yet: its own, full rate-limit bucket. */
const freshToken = (town: string) =>
  signToken(TEST_TOKEN_SETTINGS, { subject: `guard-fuzz-${subjects++}`, municipality: town, roles: ['editor'] })

const withParams = (target: string, params: string) =>
  params ? `${target}${target.includes('?') ? '&' : '?'}${params}` : target

async function send(target: string, request: GuardRequest, token: string): Promise<RawResponse> {
  const answer = await rawRequest(stack.services.gatewayUrl, {
    method: request.method,
    target: withParams(target, request.params),
    headers: { ...request.headers, authorization: `Bearer ${token}` },
    body: request.body,
    ...(request.host ? { host: request.host } : {}),
  })
  sent++
  return answer
}

/**
 * Whether the request reached the route's rate limit: @fastify/rate-limit stamps every answer of a limited route
 * (429s included) with `x-ratelimit-limit`. The control request at the end of each run checks this bookkeeping
 * against the bucket itself, and an answer without the stamp must show no sign of having reached `/graphql`.
 */
const spentBudget = (answer: RawResponse) => answer.status === 429 || 'x-ratelimit-limit' in answer.headers

/** Only the `/graphql` route answers these: its safelist, its rate limit, Apollo. */
const ROUTE_EVIDENCE = ['PERSISTED_QUERY_NOT_FOUND', 'RATE_LIMITED', ...REACHED_GRAPHQL]

const errorCodes = (body: string): string[] => {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }
    return (parsed.errors ?? []).map((error) => String(error.extensions?.code))
  } catch {
    return []
  }
}

/** Checks one answer; returns whether it spent the caller's budget (a request that reached the route). */
async function checkAnswer(spelling: string, request: GuardRequest, answer: RawResponse, town: string) {
  const context = `${request.describe} to ${JSON.stringify(spelling)}: ${answer.status} ${answer.body.slice(0, 300)}`
  const spent = spentBudget(answer)
  tally(`${answer.status} ${errorCodes(answer.body)[0] ?? '-'}${spent ? '' : ' (not routed)'}`)
  expect(answer.status, context).toBeGreaterThanOrEqual(200)
  expect(answer.status, context).toBeLessThan(500)
  // Only the foreign document selects nameEn: whatever the classification below, it never ran.
  expect(answer.body, context).not.toMatch(/"nameEn"\s*:/)
  if (isForeign(request.document)) {
    // (A CORS preflight's empty 204 runs nothing; the oracle below checks it is what `/graphql` answers.)
    if (request.method !== 'OPTIONS') expect(answer.status, context).toBeGreaterThanOrEqual(300)
    expect(answer.body, context).not.toContain('"data"')
    for (const code of errorCodes(answer.body)) expect(REACHED_GRAPHQL, context).not.toContain(code)
  }
  if (answer.status < 300) {
    // An answer with content must be exactly what `/graphql` itself answers (a caller of its own, under the limit).
    const oracle = await send('/graphql', request, await freshToken(town))
    expect({ status: answer.status, body: answer.body }, context).toEqual({ status: oracle.status, body: oracle.body })
  }
  if (!spent) {
    // Not routed to `/graphql` (no route, an unparsable target, a CORS preflight): nothing of the route may answer.
    expect(answer.body, context).not.toContain('"data"')
    for (const code of errorCodes(answer.body)) expect(ROUTE_EVIDENCE, context).not.toContain(code)
  }
  return spent
}

describe('fuzzing the guards of /graphql (PERSISTED_OPERATIONS_ONLY, rate limit)', () => {
  it(`no spelling, method, header or encoding gets past the safelist or the rate limit (${RUNS} callers)`, async () => {
    const sequence = fc.array(fc.tuple(graphqlSpelling, guardRequest(documents)), {
      minLength: LIMIT + 1,
      maxLength: LIMIT + 4,
    })
    await fc.assert(
      fc.asyncProperty(sequence, fc.constantFrom(...PARTY_CODES), async (requests, town) => {
        const token = await freshToken(town)
        // Fastify gives the HEAD route it derives from GET a rate-limit bucket of its own (it only answers 405).
        const spent = { head: 0, graphql: 0 }
        const seen: string[] = []
        for (const [spelling, request] of requests) {
          const answer = await send(spelling, request, token)
          seen.push(`${request.method} ${spelling} → ${answer.status} ${answer.body.slice(0, 120)}`)
          if (!(await checkAnswer(spelling, request, answer, town))) continue
          const bucket = request.method === 'HEAD' ? 'head' : 'graphql'
          const context = `${request.describe} to ${JSON.stringify(spelling)} after ${spent[bucket]} routed requests`
          // Every spelling that routes shares the caller's bucket: LIMIT answers, then 429.
          if (spent[bucket] < LIMIT) expect(answer.status, `${context}: ${answer.body}`).not.toBe(429)
          else expect(answer.status, context).toBe(429)
          spent[bucket]++
        }
        // The plain spelling agrees on what the caller has spent.
        const control = await send('/graphql', { ...plainPost(documents.listed), describe: 'control' }, token)
        expect(control.status, `control after ${spent.graphql} routed requests:\n${seen.join('\n')}`).toBe(
          spent.graphql >= LIMIT ? 429 : 200,
        )
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    console.log(
      `guard fuzz: ${sent} requests, answers (status, first code): ${[...answers]
        .sort()
        .map(([key, n]) => `${key}: ${n}`)
        .join(', ')}`,
    )
    // The runs must exercise both outcomes, or the property above proved little.
    expect([...answers.keys()].some((key) => key.startsWith('429'))).toBe(true)
    expect([...answers.keys()].some((key) => key.includes('PERSISTED_QUERY_NOT_FOUND'))).toBe(true)
    expect([...answers.keys()].some((key) => key.startsWith('200'))).toBe(true)
  }, 120_000)
})

function plainPost(query: string): Omit<GuardRequest, 'describe'> {
  return {
    method: 'POST',
    params: '',
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ query })),
    host: undefined,
    document: 'listed',
  }
}
