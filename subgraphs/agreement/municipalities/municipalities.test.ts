import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MunicipalityByCodeDocument, MunicipalityRolesDocument } from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Municipality { code name } }
}`

describe('Municipality', () => {
  it('serves a party by code with kana, English name, office and approximate population', async () => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: '014303' })
    expect(body.data?.municipality).toEqual({
      code: '014303',
      name: '月形町',
      nameKana: 'つきがたちょう',
      nameEn: 'Tsukigata',
      kind: 'TOWN',
      district: '樺戸郡',
      officeAddress: '北海道樺戸郡月形町1219番地',
      officeLocation: { latitude: 43.3358, longitude: 141.6694 },
      population: {
        count: 2900,
        year: 2020,
        isApproximate: true,
        source: expect.stringContaining('approximate') as unknown,
      },
      party: { signatoryName: '上坂隆一' },
    })
  })

  it.each([
    ['01210', /Did you mean "012106" \(岩見沢市\)\?/],
    ['12106', /Did you mean "012106"/],
    ['012107', /wrong check digit/],
    ['abc', /6-digit/],
  ])('rejects the malformed code %j with BAD_USER_INPUT through the gateway', async (code, message) => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code })
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toMatch(message)
    expect(body.data?.municipality ?? null).toBeNull()
  })

  it('answers null for a valid code of a municipality that is not a party (札幌市 011002)', async () => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: '011002' })
    expect(body.errors).toBeUndefined()
    expect(body.data?.municipality).toBeNull()
  })

  it("tells a town's role in each field", async () => {
    const { body } = await stack.graphql(MunicipalityRolesDocument, { code: '014303' })
    const roles = body.data?.municipality?.agreementRoles ?? []
    expect(roles.map((r) => [r.field.id, r.isLead])).toEqual([
      ['disaster', false],
      ['transit', false],
      ['ict', false],
    ])
    expect(roles[1]?.duties).toContain('事業の積極的なプロモーション活動の実施')
    const lead = await stack.graphql(MunicipalityRolesDocument, { code: '012106' })
    expect(lead.body.data?.municipality?.agreementRoles.every((r) => r.isLead)).toBe(true)
  })

  it('resolves an _entities batch of all nine municipalities with one SQL statement, as for one', async () => {
    const url = stack.services.subgraphUrls.agreement
    const statementsFor = async (codes: readonly string[]) => {
      stack.statements.reset()
      const { body } = await stack.graphql<{ _entities: { code: string }[] }, { representations: unknown[] }>(
        ENTITIES,
        { representations: codes.map((code) => ({ __typename: 'Municipality', code })) },
        { url },
      )
      expect(body.data?._entities.map((m) => m.code)).toEqual(codes)
      return stack.statements.count('agreement')
    }
    expect(await statementsFor(PARTY_CODES.slice(0, 1))).toBe(1)
    expect(await statementsFor(PARTY_CODES)).toBe(1)
  })
})
