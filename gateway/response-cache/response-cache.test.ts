import type { ResultOf } from '@graphql-typed-document-node/core'
import { print } from 'graphql'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RegionalSituationDocument,
  ReportShelterStatusDocument,
  ShelterLatestStatusDocument,
  SystemContractDocument,
} from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'

const YUNI = '014273'
let stack: TestStack
let shelterId: string
beforeAll(async () => {
  stack = await startTestStack()
  const shelter = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select('id')
    .where('municipalityCode', '=', YUNI)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  shelterId = shelter.id
})
afterAll(() => stack.stop())

const cacheResult = (headers: Headers) => headers.get('x-response-cache')

/** The shelter's latest status, anonymously, with how the cache answered. */
async function latestStatus() {
  const { headers, body } = await stack.graphql(ShelterLatestStatusDocument, { id: shelterId })
  expect(body.errors).toBeUndefined()
  return { cache: cacheResult(headers), evacuees: body.data?.shelter?.latestStatus?.evacuees }
}

async function report(evacuees: number) {
  const token = await stack.token(YUNI)
  const { body } = await stack.graphql(
    ReportShelterStatusDocument,
    { shelterId, input: { isOpen: true, evacuees } },
    { token },
  )
  expect(body.errors).toBeUndefined()
}

describe('the response cache', () => {
  it('answers a repeated anonymous read from memory: same bytes, no subgraph statement', async () => {
    const first = await stack.graphql(RegionalSituationDocument)
    expect(cacheResult(first.headers)).toBe('miss')
    stack.statements.reset()
    const second = await stack.graphql(RegionalSituationDocument)
    expect(cacheResult(second.headers)).toBe('hit')
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'))
    expect(stack.statements.count()).toBe(0)
    const metrics = await (await stack.metrics()).text()
    expect(metrics).toMatch(/gateway_response_cache_requests_total\{result="hit",component="gateway"\} [1-9]/)
    expect(metrics).toMatch(/gateway_response_cache_bytes\{component="gateway"\} [1-9]/)
  })

  it('never serves a read from before a write that has returned', async () => {
    await report(11)
    expect(await latestStatus()).toEqual({ cache: 'miss', evacuees: 11 })
    expect(await latestStatus()).toEqual({ cache: 'hit', evacuees: 11 })
    // Twenty write-then-read rounds: the read right after each write must see it.
    for (let round = 0; round < 20; round += 1) {
      await report(100 + round)
      expect(await latestStatus()).toEqual({ cache: 'miss', evacuees: 100 + round })
    }
  })

  it('is invalidated by a write that does not go through the API (psql, a script)', async () => {
    await report(7)
    expect((await latestStatus()).evacuees).toBe(7)
    expect((await latestStatus()).cache).toBe('hit')
    await sql`UPDATE disaster.shelter_status_report SET evacuees = 8
      WHERE shelter_id = ${shelterId} AND evacuees = 7`.execute(stack.database.admin)
    expect(await latestStatus()).toEqual({ cache: 'miss', evacuees: 8 })
  })

  it('answers a crowd asking the same thing after a write with one execution, all seeing the write', async () => {
    await report(300)
    await latestStatus()
    stack.statements.reset()
    await report(301)
    const writeStatements = stack.statements.count()
    stack.statements.reset()
    const crowd = await Promise.all(Array.from({ length: 12 }, () => latestStatus()))
    expect(crowd.every((answer) => answer.evacuees === 301)).toBe(true)
    const outcomes = crowd.map((answer) => answer.cache).sort()
    expect(outcomes.filter((outcome) => outcome === 'miss')).toHaveLength(1)
    expect(outcomes.every((outcome) => outcome === 'miss' || outcome === 'coalesced' || outcome === 'hit')).toBe(true)
    // One execution's statements, not twelve.
    expect(writeStatements).toBeGreaterThan(0)
    const oneExecution = stack.statements.count()
    stack.statements.reset()
    await sql`UPDATE disaster.shelter_status_report SET evacuees = 302
      WHERE shelter_id = ${shelterId} AND evacuees = 301`.execute(stack.database.admin)
    await latestStatus()
    expect(oneExecution).toBe(stack.statements.count())
  })

  it('keys by variables: another shelter is another entry', async () => {
    const other = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('id', '!=', shelterId)
      .limit(1)
      .executeTakeFirstOrThrow()
    await report(21)
    const first = await stack.graphql(ShelterLatestStatusDocument, { id: other.id })
    const { headers, body } = await stack.graphql(ShelterLatestStatusDocument, { id: other.id })
    expect(cacheResult(headers)).toBe('hit')
    expect(body).toEqual(first.body)
    expect(await latestStatus()).toEqual({ cache: 'miss', evacuees: 21 })
    expect(await latestStatus()).toEqual({ cache: 'hit', evacuees: 21 })
  })

  it('never serves a signed-in caller from the cache, nor an anonymous one what a signed-in one saw', async () => {
    const system = await stack.database.admin
      .selectFrom('ict.system')
      .innerJoin('ict.systemContract', 'ict.systemContract.systemId', 'ict.system.id')
      .select(['ict.system.id', 'ict.system.municipalityCode'])
      .executeTakeFirstOrThrow()
    const token = await stack.token(system.municipalityCode)
    const staff = await stack.graphql(SystemContractDocument, { id: system.id }, { token })
    expect(cacheResult(staff.headers)).toBe('bypass')
    expect(staff.body.data?.system?.contract).not.toBeNull()
    const again = await stack.graphql(SystemContractDocument, { id: system.id }, { token })
    expect(cacheResult(again.headers)).toBe('bypass')
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const anonymous = await stack.graphql(SystemContractDocument, { id: system.id })
      expect(anonymous.body.data?.system?.contract).toBeNull()
    }
  })

  it('stores no answer with errors and no mutation', async () => {
    const broken = '{ departures(operatorId: "x", stopId: "y", date: "2025-13-45", after: "08:00") { tripId } }'
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { headers, body } = await stack.graphql(broken)
      expect(cacheResult(headers)).toBe('miss')
      expect(body.errors?.length).toBeGreaterThan(0)
    }
    const mutation =
      `mutation { reportShelterStatus(shelterId: "${shelterId}", ` +
      `input: { isOpen: true, evacuees: 1 }) { evacuees } }`
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { headers, body } = await stack.graphql(mutation)
      expect(cacheResult(headers)).toBe('miss')
      expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED')
    }
  })
})

describe('the key of a hit: the request as received', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.services.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
  const regional = () => print(RegionalSituationDocument)

  it('answers the same body text from memory, and another spelling of the same request on its own', async () => {
    await report(400)
    const text = JSON.stringify({ query: regional(), variables: {} })
    const first = await post(text)
    expect(first.headers.get('x-response-cache')).toBe('miss')
    const again = await post(text)
    expect(again.headers.get('x-response-cache')).toBe('hit')
    expect(await again.text()).toBe(await first.text())
    // The same request with its keys in another order and spaces added: its own entry, the same answer.
    const respelled = await post(`{ "variables": {},  "query": ${JSON.stringify(regional())} }`)
    expect(respelled.headers.get('x-response-cache')).toBe('miss')
    const respelledBody = await respelled.text()
    expect(JSON.parse(respelledBody)).toEqual(JSON.parse(await (await post(text)).text()))
    expect(
      (await post(`{ "variables": {},  "query": ${JSON.stringify(regional())} }`)).headers.get('x-response-cache'),
    ).toBe('hit')
  })

  it('tells variables apart however long the body, and a changed variable is a miss', async () => {
    await report(401)
    const padding = 'x'.repeat(50_000)
    const body = (id: string) =>
      JSON.stringify({ query: print(ShelterLatestStatusDocument), variables: { id }, extensions: { padding } })
    expect((await post(body(shelterId))).headers.get('x-response-cache')).toBe('miss')
    const hit = await post(body(shelterId))
    expect(hit.headers.get('x-response-cache')).toBe('hit')
    expect(
      ((await hit.json()) as { data: ResultOf<typeof ShelterLatestStatusDocument> }).data.shelter?.latestStatus
        ?.evacuees,
    ).toBe(401)
    const other = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('id', '!=', shelterId)
      .limit(1)
      .executeTakeFirstOrThrow()
    expect((await post(body(other.id))).headers.get('x-response-cache')).toBe('miss')
  })

  it('answers a hit with the same CORS, request-id and framing headers as a miss', async () => {
    await report(402)
    const text = JSON.stringify({ query: regional() })
    const origin = { origin: 'https://town.example' }
    const miss = await post(text, origin)
    const hit = await post(text, { ...origin, 'x-request-id': 'cache-hit-1' })
    expect([miss.headers.get('x-response-cache'), hit.headers.get('x-response-cache')]).toEqual(['miss', 'hit'])
    for (const name of [
      'access-control-allow-origin',
      'access-control-expose-headers',
      'vary',
      'content-security-policy',
      'content-type',
    ])
      expect({ name, value: hit.headers.get(name) }).toEqual({ name, value: miss.headers.get(name) })
    expect(hit.headers.get('access-control-allow-origin')).toBe('*')
    expect(hit.headers.get('x-request-id')).toBe('cache-hit-1')
  })

  it('keys on the headers Apollo looks at: Accept present or not, the CSRF preflight headers', async () => {
    await report(403)
    const text = JSON.stringify({ query: regional() })
    expect((await post(text)).headers.get('x-response-cache')).toBe('miss')
    expect((await post(text, { accept: 'application/json' })).headers.get('x-response-cache')).toBe('miss')
    expect((await post(text, { accept: 'application/json' })).headers.get('x-response-cache')).toBe('hit')
    expect((await post(text, { 'apollo-require-preflight': 'true' })).headers.get('x-response-cache')).toBe('miss')
    expect((await post(text)).headers.get('x-response-cache')).toBe('hit')
  })
})

describe('the look-up before the body is parsed', () => {
  const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    fetch(stack.services.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    })
  /** A body sent in chunks without a Content-Length (chunked transfer encoding). */
  const chunked = (parts: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part))
        controller.close()
      },
    })

  it('hands a miss the body it read, in chunks or not, and answers the same bytes from memory after', async () => {
    await report(410)
    const text = JSON.stringify({ query: print(ShelterLatestStatusDocument), variables: { id: shelterId } })
    const parts = [text.slice(0, 7), text.slice(7, 60), text.slice(60)]
    const first = await post(chunked(parts))
    expect(first.headers.get('x-response-cache')).toBe('miss')
    const answer = await first.text()
    expect(JSON.parse(answer)).toMatchObject({ data: { shelter: { latestStatus: { evacuees: 410 } } } })
    const again = await post(text)
    expect(again.headers.get('x-response-cache')).toBe('hit')
    expect(await again.text()).toBe(answer)
  })

  it('refuses a body over the limit with 413 as without the cache, with or without a Content-Length', async () => {
    const big = JSON.stringify({ query: `{ agreement { title } } # ${'x'.repeat(1_100_000)}` })
    for (const body of [big, chunked([big.slice(0, 600_000), big.slice(600_000)])]) {
      const response = await post(body)
      expect(response.status).toBe(413)
      const answer = (await response.json()) as { errors: { extensions: { code: string } }[] }
      expect(answer.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE')
    }
  })

  it('refuses malformed and too deeply nested JSON every time, never from memory', async () => {
    const deep = `{"query":"{ __typename }","variables":${'['.repeat(500)}${']'.repeat(500)}}`
    for (const body of ['{"query": "{ __typename }"', deep]) {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await post(body)
        expect(response.status).toBe(400)
        expect(response.headers.get('x-response-cache')).not.toBe('hit')
      }
    }
  })

  it('leaves signed-in requests to Fastify untouched (bypass), body and all', async () => {
    const token = await stack.token(YUNI)
    const response = await post(JSON.stringify({ query: print(RegionalSituationDocument) }), {
      authorization: `Bearer ${token}`,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-response-cache')).toBe('bypass')
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined()
  })
})

describe('HTTP caching of GET answers', () => {
  const get = (search: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.services.gatewayUrl}?${search}`, {
      headers: { 'apollo-require-preflight': 'true', ...headers },
    })
  const shelterQuery = () =>
    new URLSearchParams({
      query: print(ShelterLatestStatusDocument),
      variables: JSON.stringify({ id: shelterId }),
    }).toString()

  it('sends an ETag and Cache-Control, and 304 while the answer is unchanged', async () => {
    const first = await get(shelterQuery())
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    expect(first.headers.get('vary')).toMatch(/authorization/)
    const revalidated = await get(shelterQuery(), { 'if-none-match': etag ?? '' })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')

    await report(55)
    const changed = await get(shelterQuery(), { 'if-none-match': etag ?? '' })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(
      ((await changed.json()) as { data: ResultOf<typeof ShelterLatestStatusDocument> }).data.shelter?.latestStatus
        ?.evacuees,
    ).toBe(55)
  })

  it('still refuses a GET without a preflight header after the same GET was cached (CSRF prevention)', async () => {
    expect((await get(shelterQuery())).status).toBe(200)
    const simple = await fetch(`${stack.services.gatewayUrl}?${shelterQuery()}`)
    expect(simple.status).toBe(400)
  })

  it('tells signed-in callers’ GETs apart: no shared-cache headers', async () => {
    const token = await stack.token(YUNI)
    const response = await get(shelterQuery(), { authorization: `Bearer ${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-response-cache')).toBe('bypass')
    expect(response.headers.get('etag')).toBeNull()
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })
})
