import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorCodes } from './support/errors.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Requests that used to answer 500 (issue #17): each is the caller's mistake or an attack, so each answers 4xx
 * (or a GraphQL error with a client code) naming what is wrong, and never INTERNAL_SERVER_ERROR.
 */

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const CREATE = 'mutation C($input: CreateJointProjectInput!) { createJointProject(input: $input) { id } }'
const bigProject = {
  title: '大型共同事業',
  initiativeId: 'disaster-2',
  fiscalYear: 2031,
  equalPercent: 100,
  populationPercent: 0,
  usagePercent: 0,
}

function noInternals(body: unknown) {
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.[jt]s:\d+/)
}

/** `{"a":{"a":{…}}}` nested `depth` times, built as text (JSON.stringify itself would overflow the stack). */
const nestedJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

describe('answers that used to be 500', () => {
  it('refuses 20,000-deep nested variables from an anonymous caller with 400', async () => {
    const response = await fetch(stack.services.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query Q($v: String) { agreement(asOf: $v) { title } }","variables":${nestedJson(20_000)}}`,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toMatch(/nest/i)
    noInternals(body)
  })

  it('refuses a NUL character (U+0000, which PostgreSQL text cannot hold) in any argument, naming it', async () => {
    // Found by the fuzz: policyField(id: "\u0000") reached the database and answered INTERNAL_SERVER_ERROR.
    const cases = [
      { query: 'query Q($id: ID!) { policyField(id: $id) { id } }', variables: { id: '\u0000' }, field: 'id' },
      { query: '{ initiative(id: "disaster-1\\u0000") { id } }', variables: {}, field: 'id' },
      {
        query: CREATE,
        variables: { input: { ...bigProject, title: 'a\u0000b', totalCostYen: 1 } },
        field: 'input.title',
      },
    ]
    const token = await stack.token('012106', ['coordinator'])
    for (const { query, variables, field } of cases) {
      const { status, body } = await stack.graphql(query, variables, { token })
      expect(status, query).toBeLessThan(500)
      expect(errorCodes(body), query).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.message, query).toBe(`${field}: must not contain NUL characters (U+0000).`)
      noInternals(body)
    }
  })

  it('answers agreement(asOf: "0000-01-01") with BAD_USER_INPUT naming asOf', async () => {
    for (const asOf of ['0000-01-01', '9999-12-31', '2026-02-30', '+02026-01-01']) {
      const { status, body } = await stack.graphql('query Q($d: String) { agreement(asOf: $d) { title } }', { d: asOf })
      expect(status, asOf).toBeLessThan(500)
      if (body.errors) {
        expect(errorCodes(body), asOf).toEqual(['BAD_USER_INPUT'])
        expect(body.errors[0]?.message, asOf).toMatch(/asOf/)
      }
      noInternals(body)
    }
  })

  it('sums costTotalsByFiscalYear past 2^31 yen exactly (Yen is not a 32-bit Int)', async () => {
    const token = await stack.token('012106', ['coordinator'])
    // The total as a decimal string: Yen takes either form.
    const input = { ...bigProject, totalCostYen: '2147483647' }
    for (let i = 0; i < 3; i++) {
      const { body } = await stack.graphql(CREATE, { input }, { token })
      expect(body.errors).toBeUndefined()
    }
    const { status, body } = await stack.graphql<{ costTotalsByFiscalYear: { totalYen: number }[] }, never>(
      '{ costTotalsByFiscalYear(fiscalYear: 2031) { totalYen } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const totals = body.data?.costTotalsByFiscalYear.map((row) => row.totalYen) ?? []
    expect(totals.every((total) => Number.isSafeInteger(total))).toBe(true)
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe(3 * 2_147_483_647)
  })

  it('refuses a Yen that is not a safe integer with BAD_USER_INPUT naming the field path', async () => {
    const token = await stack.token('012106', ['coordinator'])
    for (const totalCostYen of ['9007199254740993', '1.5', 1.5, 'abc', '']) {
      const { status, body } = await stack.graphql(CREATE, { input: { ...bigProject, totalCostYen } }, { token })
      expect(status, String(totalCostYen)).toBeLessThan(500)
      expect(errorCodes(body), String(totalCostYen)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.message, String(totalCostYen)).toMatch(/input\.totalCostYen.*Yen must be a whole number/)
      noInternals(body)
    }
  })
})
