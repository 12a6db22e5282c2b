import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  FirstShelterIdsOfEveryTownDocument,
  MunicipalitySheltersDocument,
  type MunicipalitySheltersQuery,
} from '../../../codegen/operations.js'
import { MAX_PAGE_SIZE } from '../../../lib/graphql/pagination.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type GraphQLResponse, type TestStack } from '../../../test/support/stack.js'

const IWAMIZAWA = '012106'
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('Municipality.shelters', () => {
  it('pages through every shelter in service exactly once', async () => {
    const expected = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', IWAMIZAWA)
      .where('retiredAt', 'is', null)
      .orderBy('id')
      .execute()
    const seen: string[] = []
    let after: string | null = null
    for (let page = 0; page < 20; page++) {
      const response: GraphQLResponse<MunicipalitySheltersQuery> = await stack.graphql(MunicipalitySheltersDocument, {
        code: IWAMIZAWA,
        first: 10,
        after,
      })
      const connection = response.body.data?.municipality?.shelters
      seen.push(...(connection?.nodes.map((node) => node.id) ?? []))
      if (!connection?.pageInfo.hasNextPage) break
      after = connection.pageInfo.endCursor
    }
    expect(expected.length).toBeGreaterThan(20)
    expect(seen).toEqual(expected.map((row) => row.id))
  })

  it('leaves retired shelters out', async () => {
    const [first] = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', '014303')
      .orderBy('id')
      .limit(1)
      .execute()
    await stack.database.admin
      .updateTable('disaster.shelter')
      .set({ retiredAt: new Date() })
      .where('id', '=', first?.id ?? '')
      .execute()
    const { body } = await stack.graphql(MunicipalitySheltersDocument, { code: '014303', first: 50 })
    expect(body.data?.municipality?.shelters.nodes.map((node) => node.id)).not.toContain(first?.id)
  })

  it.each([
    [{ first: 0 }, /first must be between 1 and 200/],
    [{ first: MAX_PAGE_SIZE + 1 }, /first must be between 1 and 200/],
    [{ after: 'garbage!' }, /after is not a cursor/],
    [{ after: Buffer.from("c1:' or 1=1 --").toString('base64url') }, /after is not a cursor/],
  ])('rejects %j with BAD_USER_INPUT', async (args, message) => {
    const { body } = await stack.graphql(MunicipalitySheltersDocument, { code: IWAMIZAWA, ...args })
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toMatch(message)
  })

  it("fetches every town's first page with one statement, whatever the page size", async () => {
    const statementsFor = async (first: number) => {
      stack.statements.reset()
      await stack.graphql(FirstShelterIdsOfEveryTownDocument, { first })
      return stack.statements.count('disaster')
    }
    expect(await statementsFor(1)).toBe(1)
    expect(await statementsFor(MAX_PAGE_SIZE)).toBe(1)
  })
})
