import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_QUERY_LIMITS } from '../lib/graphql/query-limits.js'
import { errorCodes } from './support/errors.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Documents an attacker would send to make the gateway (or a subgraph called directly) work hard:
 * each is refused before planning or execution with a GraphQL error that names the limit, and
 * never with a stack trace. Limits are the defaults (`GRAPHQL_MAX_*`), which the whole suite runs under.
 */

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

/** initiative → field → initiatives → field …: the schema's cycle; depth 2 + 2 × levels. */
function deepQuery(levels: number) {
  return `{ initiative(id: "disaster-1") { ${nestedField(levels)} } }`
}

function nestedField(levels: number): string {
  return levels === 0 ? 'id' : `field { initiatives { ${nestedField(levels - 1)} } }`
}

/** Ten fragments, each spreading the previous one ten times: tiny to send, 10^4 fields to resolve. */
function fragmentBomb(levels: number, fanOut: number) {
  const fragments = ['fragment F0 on Agreement { title }']
  for (let level = 1; level <= levels; level++) {
    fragments.push(
      `fragment F${level} on Agreement { ${Array.from({ length: fanOut }, () => `...F${level - 1}`).join(' ')} }`,
    )
  }
  return `{ agreement { ...F${levels} } } ${fragments.join(' ')}`
}

async function expectRefused(query: string, message: RegExp, url = stack.services.gatewayUrl) {
  const { status, body } = await stack.graphql(query, {}, { url })
  expect(status).toBe(400)
  // A document may break several limits at once; each is reported, all as validation failures.
  expect(new Set(errorCodes(body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']))
  expect(body.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(message))
  expect(body.data ?? null).toBeNull()
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.[jt]s:\d+/)
}

/**
 * The options of graphql-js's introspection query GraphiQL may turn on. `oneOf` asks for `__Type.isOneOf`, which
 * Apollo Gateway's query planner does not know (it answered 500); the gateway answers it itself.
 */
const EVERY_INTROSPECTION_OPTION = {
  oneOf: true,
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
}

describe('query limits at the gateway', () => {
  it('answers a query at the depth limit and refuses one beyond it', async () => {
    const levels = Math.floor((DEFAULT_QUERY_LIMITS.depth - 2) / 2)
    const ok = await stack.graphql(deepQuery(levels))
    expect(ok.body.errors).toBeUndefined()
    await expectRefused(deepQuery(levels + 2), new RegExp(`depth limit of ${DEFAULT_QUERY_LIMITS.depth} exceeded`))
  })

  it('refuses too many aliases (one field multiplied into many resolver calls)', async () => {
    const aliases = Array.from({ length: DEFAULT_QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: agreement { title }`)
    await expectRefused(
      `{ ${aliases.join(' ')} }`,
      new RegExp(`Aliases limit of ${DEFAULT_QUERY_LIMITS.aliases} exceeded`),
    )
    const ok = await stack.graphql(`{ ${aliases.slice(0, 3).join(' ')} }`)
    expect(ok.body.errors).toBeUndefined()
  })

  it('refuses too many directives', async () => {
    const fields = Array.from(
      { length: DEFAULT_QUERY_LIMITS.directives + 1 },
      () => 'agreement { title @include(if: true) }',
    )
    await expectRefused(
      `{ ${fields.join(' ')} }`,
      new RegExp(`Directives limit of ${DEFAULT_QUERY_LIMITS.directives} exceeded`),
    )
  })

  it('refuses a document with too many tokens before validating it', async () => {
    const { status, body } = await stack.graphql(`{ agreement { ${'title '.repeat(DEFAULT_QUERY_LIMITS.tokens)} } }`)
    expect(status).toBe(400)
    // graphql-js spells it "more that"
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`more tha[nt] ${DEFAULT_QUERY_LIMITS.tokens} tokens`))
    expect(errorCodes(body)).toEqual(['GRAPHQL_PARSE_FAILED'])
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.[jt]s:\d+/)
  })

  it('refuses a fragment bomb by its cost, although it is short and shallow', async () => {
    const bomb = fragmentBomb(4, 10)
    expect(bomb.length).toBeLessThan(1000)
    await expectRefused(bomb, new RegExp(`Cost limit of ${DEFAULT_QUERY_LIMITS.cost} exceeded`, 'i'))
    const small = await stack.graphql(fragmentBomb(1, 3))
    expect(small.body.errors).toBeUndefined()
  })

  it('still serves the explorer its (deep) introspection query, with every option GraphiQL may turn on', async () => {
    const { getIntrospectionQuery } = await import('graphql')
    for (const options of [{}, EVERY_INTROSPECTION_OPTION]) {
      const { status, body } = await stack.graphql(getIntrospectionQuery(options))
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
      expect(JSON.stringify(body.data)).toContain('"name":"Query"')
    }
  })

  it('answers getIntrospectionQuery({ oneOf: true }) (it was a 500) at the gateway and at a subgraph', async () => {
    const { getIntrospectionQuery } = await import('graphql')
    for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.ict]) {
      const { status, body } = await stack.graphql(getIntrospectionQuery({ oneOf: true }), {}, { url })
      expect(status, JSON.stringify(body.errors)).toBe(200)
      expect(body.errors).toBeUndefined()
      const types = (body.data as { __schema: { types: { name: string; kind: string; isOneOf: unknown }[] } }).__schema
        .types
      // graphql-js answers false for every input object without @oneOf, null for every other kind.
      expect(types.find((type) => type.name === 'CreateSystemInput')?.isOneOf).toBe(false)
      expect(types.find((type) => type.name === 'Query')?.isOneOf).toBeNull()
    }
    const named = await stack.graphql('query Named { __type(name: "CreateSystemInput") { name isOneOf } __typename }')
    expect(named.body).toEqual({ data: { __type: { name: 'CreateSystemInput', isOneOf: false }, __typename: 'Query' } })
  })

  it('refuses isOneOf next to data (that half would need a query plan) with 400, not 500', async () => {
    const mixed = '{ agreement { title } __type(name: "CreateSystemInput") { isOneOf } }'
    await expectRefused(mixed, /`isOneOf` can only be asked in an operation that selects nothing but introspection/)
    const viaFragment = '{ ...F } fragment F on Query { agreement { title } __schema { types { isOneOf } } }'
    await expectRefused(viaFragment, /isOneOf/)
  })

  it('refuses a 60-level ofType chain (introspection is bounded too), at the gateway and at a subgraph', async () => {
    const chain = (levels: number): string => (levels === 0 ? 'name' : `name ofType { ${chain(levels - 1)} }`)
    const query = `{ __schema { types { fields { type { ${chain(60)} } } } } }`
    await expectRefused(query, /introspection \(__schema\) nests more than \d+ levels/)
    await expectRefused(query, /introspection/, stack.services.subgraphUrls.agreement)
    await expectRefused(`{ __type(name: "Query") { fields { type { ${chain(20)} } } } }`, /introspection \(__type\)/)
  })
})

describe('query limits at a subgraph called directly', () => {
  it('refuses a document beyond the subgraph limits (gateway limits plus a margin for planned queries)', async () => {
    const url = stack.services.subgraphUrls.agreement
    await expectRefused(deepQuery(DEFAULT_QUERY_LIMITS.depth), /depth limit of \d+ exceeded/, url)
    await expectRefused(fragmentBomb(5, 10), /Cost limit of \d+ exceeded/i, url)
  })
})

describe('HTTP-level limits', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.services.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const response = await post(JSON.stringify({ query: `{ agreement { title } } # ${'x'.repeat(1_100_000)}` }))
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE')
    expect(body.errors[0]?.message).toMatch(/larger than 1048576 bytes/)
  })

  it('refuses batched (array) requests with a clear error', async () => {
    const one = { query: '{ agreement { title } }' }
    for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([one, one]),
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toMatch(/batching/i)
    }
  })

  it('answers malformed JSON with 400 and a JSON error that does not echo internals', async () => {
    const response = await post('{"query": "{ agreement { title } }"')
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(() => JSON.parse(text) as unknown).not.toThrow()
    expect(text).not.toMatch(/node_modules|\.[jt]s:\d+|stack/)
  })
})
