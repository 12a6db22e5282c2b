import type { FormattedExecutionResult } from 'graphql'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { SignJWT, type JWTPayload } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTokenVerifier, signToken } from '../lib/auth/tokens.js'
import { nodeArgsFor } from './support/entry-bundles.js'
import { errorCodes } from './support/errors.js'
import { metricsToken, startTestStack, TEST_TOKEN_SETTINGS, type TestStack } from './support/stack.js'

/**
 * Tokens must name their caller (`sub`) and end soon (TOKEN_MAX_LIFETIME, default 24 h), whoever signed them;
 * `/metrics` of every server needs a metrics service account's or an admin's token; `npm run token` keeps to the
 * same lifetime.
 */

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const secret = new TextEncoder().encode(TEST_TOKEN_SETTINGS.secret)
const editorClaims = { municipality: '014303', roles: ['editor'] }
const now = () => Math.floor(Date.now() / 1000)

function sign(claims: JWTPayload, subject: string | undefined, expiresAt: number) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TEST_TOKEN_SETTINGS.issuer)
    .setAudience(TEST_TOKEN_SETTINGS.audience)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
  return (subject === undefined ? jwt : jwt.setSubject(subject)).sign(secret)
}

async function post(url: string, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ agreement { title } }' }),
  })
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult }
}

describe('token subject and lifetime', () => {
  const refused: [string, () => Promise<string>, RegExp][] = [
    ['an empty sub', () => sign(editorClaims, '', now() + 3600), /"sub"/],
    ['a blank sub', () => sign(editorClaims, '   ', now() + 3600), /"sub"/],
    ['an expiry two years ahead', () => sign(editorClaims, 'x', now() + 2 * 365 * 86_400), /TOKEN_MAX_LIFETIME/],
    ['an expiry 25 h ahead', () => sign(editorClaims, 'x', now() + 25 * 3600), /TOKEN_MAX_LIFETIME/],
    [
      'service roles next to a municipality',
      () => sign({ municipality: '014303', roles: ['publisher'] }, 'x', now() + 3600),
      /municipality/,
    ],
    [
      'a service role mixed with a staff role',
      () => sign({ roles: ['metrics', 'admin'] }, 'x', now() + 3600),
      /roles|municipality/,
    ],
  ]

  it.each(refused)('answers 401 for a token with %s, at the gateway and at a subgraph', async (_, make, reason) => {
    const token = await make()
    for (const url of [stack.services.gatewayUrl, stack.services.subgraphUrls.agreement]) {
      const { status, body } = await post(url, token)
      expect(status).toBe(401)
      expect(errorCodes(body)).toEqual(['UNAUTHENTICATED'])
      expect(body.errors?.[0]?.message).toMatch(reason)
    }
  })

  it('accepts a token that ends within the limit (23 h), so the refusals above are about the limit', async () => {
    const { status, body } = await post(stack.services.gatewayUrl, await sign(editorClaims, 'x', now() + 23 * 3600))
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('honours a shorter TOKEN_MAX_LIFETIME, and signToken refuses to mint beyond it', async () => {
    const verify = createTokenVerifier({ ...TEST_TOKEN_SETTINGS, maxLifetimeSeconds: 3600 })
    const twoHours = await sign(editorClaims, 'x', now() + 7200)
    await expect(verify(`Bearer ${twoHours}`)).rejects.toThrow(/at most 1 h/)
    await expect(verify(`Bearer ${await sign(editorClaims, 'x', now() + 1800)}`)).resolves.toMatchObject({
      kind: 'staff',
    })
    await expect(
      signToken(
        { ...TEST_TOKEN_SETTINGS, maxLifetimeSeconds: 3600 },
        { subject: 'x', roles: ['editor'], municipality: '014303', expiresIn: '2h' },
      ),
    ).rejects.toThrow(/TOKEN_MAX_LIFETIME/)
  })
})

describe('/metrics', () => {
  it('needs a metrics service account or an admin, on the gateway and on every subgraph', async () => {
    const editor = await stack.token('014303', ['editor'])
    const admin = await stack.token('014303', ['admin'])
    const publisher = await stack.publisherToken()
    for (const url of [stack.services.gatewayUrl, ...Object.values(stack.services.subgraphUrls)]) {
      const metricsUrl = new URL('/metrics', url)
      const as = (token?: string) =>
        fetch(metricsUrl, token ? { headers: { authorization: `Bearer ${token}` } } : {}).then((r) => r.status)
      expect(await as(), `${url} anonymous`).toBe(401)
      expect(await as('forged.token.here'), `${url} forged`).toBe(401)
      expect(await as(editor), `${url} editor`).toBe(403)
      expect(await as(publisher), `${url} publisher`).toBe(403)
      expect(await as(admin), `${url} admin`).toBe(200)
      const scraped = await fetch(metricsUrl, { headers: { authorization: `Bearer ${await metricsToken()}` } })
      expect(scraped.status).toBe(200)
      expect(await scraped.text()).toContain('process_resident_memory_bytes')
    }
  })
})

describe('npm run token', () => {
  const run = promisify(execFile)
  const token = (...args: string[]) =>
    run(process.execPath, [...nodeArgsFor('scripts/token.ts'), ...args], {
      env: { ...process.env, JWT_SECRET: TEST_TOKEN_SETTINGS.secret, NODE_ENV: 'development' },
    })

  it('refuses --expires beyond TOKEN_MAX_LIFETIME and mints a metrics service token the servers accept', async () => {
    await expect(token('--municipality', '014303', '--expires', '48h')).rejects.toThrow(/TOKEN_MAX_LIFETIME/)
    const { stdout } = await token('--role', 'metrics', '--subject', 'prometheus')
    const response = await fetch(new URL('/metrics', stack.services.gatewayUrl), {
      headers: { authorization: `Bearer ${stdout.trim()}` },
    })
    expect(response.status).toBe(200)
    await expect(token('--role', 'metrics', '--municipality', '014303')).rejects.toThrow(/no municipality/)
  })
})
