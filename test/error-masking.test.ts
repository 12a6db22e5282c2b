import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { sql } from 'kysely'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGatewayApp } from '../gateway/server.js'
import { readSupergraph } from '../gateway/supergraph.js'
import { createTokenVerifier } from '../lib/auth/tokens.js'
import type { GraphQLApp } from '../lib/http/graphql-app.js'
import { startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from './support/stack.js'

/**
 * Internal failures (database errors, a subgraph that is down or answers with its own stack trace,
 * HTTP-level errors) reach the client as an error code and an errorId — never a stack trace, SQL,
 * a file path, an internal address or the server's own wording. The errorId is what leads an
 * operator to the real error in the logs.
 */

/** A GraphQL error body as a client reads it. */
interface MaskedBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** What must never appear in a response body. */
const LEAKS = new RegExp(
  // One alternation, in two halves: stack traces and paths, then SQL, network and test markers.
  [
    /stacktrace|\bat [\w.<>]+ \(|\/work\/|\/srv\/|node_modules|\.[cm]?[jt]s:\d+/,
    /select |insert |relation|permission|syntax error at|ECONNREFUSED|127\.0\.0\.1|localhost|<pre>|boom/,
  ]
    .map((part) => part.source)
    .join('|'),
  'i',
)
const MASKED = /^Internal server error \(errorId ([0-9a-f-]{36})\)$/

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as MaskedBody,
  }
}

function expectMasked(result: Awaited<ReturnType<typeof post>>) {
  expect(result.text).not.toMatch(LEAKS)
  expect(result.body.errors?.length).toBeGreaterThan(0)
  for (const error of result.body.errors ?? []) {
    expect(error.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR')
    expect(error.message).toMatch(MASKED)
  }
}

describe('database errors', () => {
  it('masks a missing relation, at the gateway and at the subgraph', async () => {
    await sql`alter table agreement.article rename to article_moved`.execute(stack.database.admin)
    try {
      for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
        expectMasked(await post(url, '{ article(number: 5) { heading } }'))
      }
    } finally {
      await sql`alter table agreement.article_moved rename to article`.execute(stack.database.admin)
    }
    expect((await post(stack.services.gatewayUrl, '{ article(number: 5) { heading } }')).body.errors).toBeUndefined()
  })

  it('masks a permission failure on a write, and the write leaves nothing behind', async () => {
    await sql`revoke insert on app.audit_log from transit_svc`.execute(stack.database.admin)
    try {
      const token = await stack.token('014303')
      const response = await fetch(stack.services.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            'mutation { createPromotionCampaign(input: {initiativeId: "transit-2", ' +
            'title: "漏れ試験", startsOn: "2026-09-20", endsOn: "2026-09-20"}) { id } }',
        }),
      })
      const text = await response.text()
      expectMasked({ status: response.status, text, body: JSON.parse(text) as MaskedBody })
    } finally {
      await sql`grant insert on app.audit_log to transit_svc`.execute(stack.database.admin)
    }
    const { count } = await stack.database.admin
      .selectFrom('transit.promotionCampaign')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('title', '=', '漏れ試験')
      .executeTakeFirstOrThrow()
    expect(count).toBe(0)
  })
})

describe('failing subgraphs behind the gateway', () => {
  let sick: Server
  let gateway: GraphQLApp
  let gatewayUrl: string
  const logLines: string[] = []

  beforeAll(async () => {
    // A subgraph that answers 500 with an HTML stack trace, and one that is not listening at all.
    sick = createServer((_request, response) => {
      response
        .writeHead(500, { 'content-type': 'text/html' })
        .end('<pre>Error: boom\n    at handler (/srv/app/ict.ts:12:3)</pre>')
    })
    await new Promise<void>((resolve) => sick.listen(0, '127.0.0.1', resolve))
    const logger = pino(
      { level: 'error' },
      new Writable({
        write: (chunk, _encoding, done) => {
          logLines.push(String(chunk))
          done()
        },
      }),
    )
    gateway = await createGatewayApp({
      supergraphSdl: readSupergraph(),
      subgraphUrls: {
        ...stack.services.subgraphUrls,
        transit: 'http://127.0.0.1:1/graphql',
        ict: `http://127.0.0.1:${(sick.address() as AddressInfo).port}/graphql`,
      },
      verifyToken: createTokenVerifier(TEST_TOKEN_SETTINGS),
      logger,
    })
    gatewayUrl = await gateway.listen('127.0.0.1', 0)
  })
  afterAll(async () => {
    await gateway.close()
    await new Promise((resolve) => sick.close(resolve))
  })

  it('masks an unreachable subgraph and one answering with a stack trace; logs the real error by errorId', async () => {
    const result = await post(
      gatewayUrl,
      '{ municipalities { name transitOperators { nodes { name } } systems { nodes { vendor } } } }',
    )
    expectMasked(result)
    const errorIds = (result.body.errors ?? []).map((error) => MASKED.exec(error.message)?.[1])
    expect(errorIds).toHaveLength(2)
    for (const errorId of errorIds) {
      const line = logLines.find((entry) => entry.includes(`"errorId":"${errorId}"`))
      expect(line, `log line for ${errorId}`).toBeDefined()
    }
    // The logs, unlike the response, say what happened.
    expect(logLines.join('\n')).toMatch(/ECONNREFUSED|500/)
  })

  it('still answers the parts served by healthy subgraphs', async () => {
    const result = await post(gatewayUrl, '{ agreement { title } }')
    expect(result.body.errors).toBeUndefined()
  })
})

describe('HTTP-level errors', () => {
  it('answers unknown routes, unsupported media types, bad JSON and bad methods without internals', async () => {
    const base = stack.services.gatewayUrl
    const responses = await Promise.all([
      fetch(new URL('/no/such/route', base)),
      fetch(base, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<x/>' }),
      fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
      fetch(base, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }),
      fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 42}' }),
    ])
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      const text = await response.text()
      expect(() => JSON.parse(text) as unknown, text).not.toThrow()
      expect(text).not.toMatch(LEAKS)
    }
  })
})
