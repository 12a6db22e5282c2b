import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PolicyFieldDutiesDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('PolicyField', () => {
  it('lists the initiatives of a field and the duties of a given town', async () => {
    const { body } = await stack.graphql(PolicyFieldDutiesDocument, { id: 'ict', municipalityCode: '012106' })
    expect(body.data?.policyField).toMatchObject({ name: 'ICTインフラ', theme: 'ICTインフラの研究・活用' })
    expect(body.data?.policyField?.initiatives.map((i) => i.id)).toEqual(['ict-1', 'ict-2', 'ict-3'])
    expect(body.data?.policyField?.dutiesOf).toEqual([
      '各市町と連携して行う取組の企画調整等総合業務',
      '民間事業者・関係機関等との連絡・調整',
      'その他、連携における中心的な業務',
    ])
  })

  it('returns no duties for a valid code that is not a party, and BAD_USER_INPUT for a malformed one', async () => {
    const outsider = await stack.graphql(PolicyFieldDutiesDocument, { id: 'disaster', municipalityCode: '011002' })
    expect(outsider.body.data?.policyField?.dutiesOf).toEqual([])
    const malformed = await stack.graphql(PolicyFieldDutiesDocument, { id: 'disaster', municipalityCode: '14303' })
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT'])
  })

  it('answers null for an unknown field', async () => {
    const { body } = await stack.graphql(PolicyFieldDutiesDocument, { id: 'tourism', municipalityCode: '012106' })
    expect(body.data?.policyField).toBeNull()
  })

  it('resolves an _entities batch of Initiative references with one SQL statement, as for one', async () => {
    const url = stack.services.subgraphUrls.agreement
    const query =
      `query ($representations: [_Any!]!) { _entities(representations: ` +
      `$representations) { ... on Initiative { id text } } }`
    const statementsFor = async (ids: readonly string[]) => {
      stack.statements.reset()
      const { body } = await stack.graphql<{ _entities: ({ id: string } | null)[] }, { representations: unknown[] }>(
        query,
        { representations: ids.map((id) => ({ __typename: 'Initiative', id })) },
        { url },
      )
      expect(body.data?._entities.map((initiative) => initiative?.id ?? null)).toEqual(
        ids.map((id) => (id === 'unknown-1' ? null : id)),
      )
      return stack.statements.count('agreement')
    }
    expect(await statementsFor(['disaster-1'])).toBe(1)
    expect(await statementsFor(['disaster-1', 'transit-2', 'ict-3', 'unknown-1'])).toBe(1)
  })

  it("reads each Initiative's policy field in the same statement: `field` costs none of its own", async () => {
    const url = stack.services.subgraphUrls.agreement
    const query =
      `query ($representations: [_Any!]!) { _entities(representations: $representations) ` +
      `{ ... on Initiative { id field { id name } } } }`
    stack.statements.reset()
    const { body } = await stack.graphql<
      { _entities: ({ id: string; field: { id: string; name: string } } | null)[] },
      { representations: unknown[] }
    >(query, { representations: ['disaster-1', 'ict-3'].map((id) => ({ __typename: 'Initiative', id })) }, { url })
    expect(body.data?._entities).toEqual([
      { id: 'disaster-1', field: { id: 'disaster', name: '防災' } },
      { id: 'ict-3', field: { id: 'ict', name: 'ICTインフラ' } },
    ])
    expect(stack.statements.count('agreement')).toBe(1)
  })
})
