import type { ResultOf } from '@graphql-typed-document-node/core'
import { print } from 'graphql'
import { SignJWT } from 'jose'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AgreementTitleDocument, InitiativeRecordsDocument, RegionOverviewDocument } from '../codegen/operations.js'
import { PARTY_CODES } from '../lib/municipality-code.js'
import { errorCodes } from './support/errors.js'
import { startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from './support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const secret = new TextEncoder().encode(TEST_TOKEN_SETTINGS.secret)
const claims = { municipality: '014303', roles: ['editor'] }
const signed = (mutate: (jwt: SignJWT) => SignJWT, key: Uint8Array = secret) =>
  mutate(
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('probe')
      .setIssuer(TEST_TOKEN_SETTINGS.issuer)
      .setAudience(TEST_TOKEN_SETTINGS.audience)
      .setExpirationTime('1h'),
  ).sign(key)

describe('the federated graph', () => {
  it('answers one query that joins all four subgraphs', async () => {
    const { body } = await stack.graphql(RegionOverviewDocument, { first: 3 })
    expect(body.errors).toBeUndefined()
    const towns = body.data?.municipalities ?? []
    expect(towns.map((town) => town.code)).toEqual([...PARTY_CODES])
    for (const town of towns) {
      expect(town.shelters.nodes).toHaveLength(3)
      expect(town.shelters.nodes.every((shelter) => shelter.isSample)).toBe(true)
      expect(town.transitOperators.nodes.length).toBeGreaterThan(0)
      expect(town.systems.nodes.length).toBeGreaterThan(0)
    }
    const initiative = await stack.graphql(InitiativeRecordsDocument, { id: 'disaster-1' })
    expect(initiative.body.data?.initiative?.field.name).toBe('防災')
    expect(initiative.body.data?.initiative?.drills.nodes.length).toBeGreaterThan(0)
    expect(initiative.body.data?.initiative?.drills.nodes[0]?.host.name).toMatch(/[市町]$/)
  })

  it('costs the same number of SQL statements for three towns as for nine', async () => {
    stack.statements.reset()
    await stack.graphql(RegionOverviewDocument, { first: 1 })
    const small = stack.statements.count()
    stack.statements.reset()
    await stack.graphql(RegionOverviewDocument, { first: 50 })
    expect(stack.statements.count()).toBe(small)
  })

  it('passes GET queries, refuses GET mutations, and enforces CSRF prevention', async () => {
    const url = new URL(stack.services.gatewayUrl)
    url.searchParams.set('query', print(AgreementTitleDocument))
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { data: ResultOf<typeof AgreementTitleDocument> }).data.agreement.title).toBe(
      '南空知圏域の形成に関する協定書',
    )
    expect((await fetch(url)).status).toBe(400)
    url.searchParams.set('query', 'mutation { updatePromotionCampaign(id: "x", input: {}) { id } }')
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(405)
  })

  it('serves the explorer and its assets itself, without any CDN', async () => {
    const page = await fetch(stack.services.gatewayUrl, { headers: { accept: 'text/html' } })
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('<title>南空知圏域 GraphQL Explorer</title>')
    const external = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(external.length).toBeGreaterThan(0)
    for (const asset of external) {
      expect(asset.startsWith('/explorer/')).toBe(true)
      const response = await fetch(new URL(asset, stack.services.gatewayUrl))
      expect(response.status, asset).toBe(200)
    }
  })

  it('reports health and readiness, and propagates the request id to every subgraph', async () => {
    const base = stack.services.gatewayUrl
    expect((await fetch(new URL('/healthz', base))).status).toBe(200)
    const ready = await fetch(new URL('/readyz', base))
    expect(await ready.json()).toEqual({ status: 'ready' })
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-123' },
      body: JSON.stringify({ query: print(AgreementTitleDocument) }),
    })
    expect(response.headers.get('x-request-id')).toBe('trace-me-123')
  })

  it('exposes Prometheus metrics by route pattern, for the gateway and each subgraph', async () => {
    await stack.graphql(AgreementTitleDocument)
    for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
      const text = await (await stack.metrics(url)).text()
      expect(text).toMatch(/http_requests_total\{[^}]*method="POST",route="\/graphql",status="200"[^}]*\} [1-9]/)
      expect(text).toContain('process_resident_memory_bytes')
    }
  })
})

describe('authentication at the gateway and at each subgraph', () => {
  const badTokens: [string, () => Promise<string>, RegExp][] = [
    [
      'wrongly signed',
      () => signed((jwt) => jwt, new TextEncoder().encode('another-secret-another-secret-another-secret')),
      /signature/,
    ],
    ['expired', () => signed((jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60)), /expired/],
    ['wrong audience', () => signed((jwt) => jwt.setAudience('someone-else')), /"aud"/],
    ['wrong issuer', () => signed((jwt) => jwt.setIssuer('someone-else')), /"iss"/],
    ['not-yet-valid', () => signed((jwt) => jwt.setNotBefore('1h')), /"nbf"/],
    ['malformed', () => Promise.resolve('not.a.jwt'), /malformed/],
    [
      'alg none',
      () =>
        Promise.resolve(
          `${Buffer.from('{"alg":"none"}').toString('base64url')}.` +
            `${Buffer.from(JSON.stringify({ ...claims, sub: 'x' })).toString('base64url')}.`,
        ),
      /algorithm|malformed/,
    ],
    ['for a town that is not a party', () => signedWith({ municipality: '011002' }), /municipality/],
    ['with an unknown role', () => signedWith({ roles: ['superuser'] }), /roles/],
  ]

  async function signedWith(override: Record<string, unknown>) {
    return new SignJWT({ ...claims, ...override })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('probe')
      .setIssuer(TEST_TOKEN_SETTINGS.issuer)
      .setAudience(TEST_TOKEN_SETTINGS.audience)
      .setExpirationTime('1h')
      .sign(secret)
  }

  it.each(badTokens)(
    'answers 401 UNAUTHENTICATED for a %s token, never anonymous data',
    async (_, makeToken, reason) => {
      const token = await makeToken()
      for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
        const { status, body } = await stack.graphql(AgreementTitleDocument, {}, { token, url })
        expect(status).toBe(401)
        expect(errorCodes(body)).toEqual(['UNAUTHENTICATED'])
        expect(body.errors?.[0]?.message).toMatch(reason)
        expect(body.data ?? null).toBeNull()
      }
    },
  )

  it('answers 401 for an Authorization header that is not a bearer token', async () => {
    const { status } = await stack.graphql(AgreementTitleDocument, {}, { authorization: 'Basic dXNlcjpwYXNz' })
    expect(status).toBe(401)
  })

  it('masks unexpected errors (here a database permission failure) with an errorId, leaking no SQL', async () => {
    await sql`revoke select on transit.operator from transit_svc`.execute(stack.database.admin)
    try {
      const { body } = await stack.graphql('{ operator(id: "00000000-0000-4000-8000-000000000000") { name } }')
      expect(errorCodes(body)).toEqual(['INTERNAL_SERVER_ERROR'])
      expect(body.errors?.[0]?.message).toMatch(/^Internal server error \(errorId [0-9a-f-]{36}\)$/)
      expect(JSON.stringify(body)).not.toMatch(/permission|relation|table|select /i)
    } finally {
      await sql`grant select on transit.operator to transit_svc`.execute(stack.database.admin)
    }
  })

  it('keeps error codes unchanged through the gateway and never leaks internals', async () => {
    const { body } = await stack.graphql('{ municipality(code: "99") { name } }')
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+|select /i)
  })
})
