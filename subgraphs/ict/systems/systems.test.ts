import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateSystemDocument,
  RetireSystemDocument,
  SetSystemContractDocument,
  SystemContractDocument,
  SystemCostsOfTownDocument,
  UpdateSystemDocument,
} from '../../../codegen/operations.js'
import { createDatabase } from '../../../lib/db/database.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const TSUKIGATA = '014303'
const NAGANUMA = '014281'
let stack: TestStack
let tsukigataSystemId: string
beforeAll(async () => {
  stack = await startTestStack()
  const row = await stack.database.admin
    .selectFrom('ict.system')
    .select('id')
    .where('municipalityCode', '=', TSUKIGATA)
    .where('business', '=', '介護保険')
    .executeTakeFirstOrThrow()
  tsukigataSystemId = row.id
})
afterAll(() => stack.stop())

const contractAs = async (token?: string) =>
  (await stack.graphql(SystemContractDocument, { id: tsukigataSystemId }, token ? { token } : {})).body

describe('restricted contract details', () => {
  it('are invisible to anonymous callers and to other towns’ editors, without an error', async () => {
    for (const body of [await contractAs(), await contractAs(await stack.token(NAGANUMA))]) {
      expect(body.errors).toBeUndefined()
      expect(body.data?.system?.business).toBe('介護保険')
      expect(body.data?.system?.contract).toBeNull()
    }
  })

  it('are visible to the owning town, the coordinator and admins', async () => {
    for (const token of [
      await stack.token(TSUKIGATA),
      await stack.token('012106', ['coordinator']),
      await stack.token(NAGANUMA, ['admin']),
    ]) {
      const body = await contractAs(token)
      expect(body.data?.system?.contract?.annualCostYen).toBeGreaterThan(0)
    }
  })

  it('are refused by row-level security to the ict login role acting for another town', async () => {
    const role = createDatabase({ url: stack.database.roleUrls.ict, poolMax: 1 })
    try {
      const count = (municipality: string, viewerRole: string) =>
        role.transaction().execute(async (trx) => {
          await sql`select set_config('app.municipality_code', ${municipality}, true),
            set_config('app.role', ${viewerRole}, true)`.execute(trx)
          const result = await sql<{
            n: number
          }>`select count(*)::int as n from ict.system_contract where municipality_code = ${TSUKIGATA}`.execute(trx)
          return result.rows[0]?.n
        })
      expect(await count(NAGANUMA, 'editor')).toBe(0)
      expect(await count('', 'anonymous')).toBe(0)
      expect(await count(TSUKIGATA, 'editor')).toBe(20)
    } finally {
      await role.destroy()
    }
  })

  it('never leak through the public inventory query of another town', async () => {
    const { body } = await stack.graphql(SystemCostsOfTownDocument, { code: TSUKIGATA })
    expect(JSON.stringify(body)).not.toMatch(/annualCostYen":\d/)
  })
})

describe('system inventory writes', () => {
  it('lets an editor record, update, retire and price a system of their own town, with audit rows', async () => {
    const token = await stack.token(TSUKIGATA)
    const created = await stack.graphql(
      CreateSystemDocument,
      {
        input: {
          business: '文書管理',
          vendor: 'テスト社',
          product: 'DocBox',
          deployment: 'MUNICIPAL_CLOUD',
          contractEndsOn: '2028-03-31',
        },
      },
      { token },
    )
    const id = created.body.data?.createSystem.id ?? ''
    expect(created.body.data?.createSystem).toMatchObject({
      isStandardBusiness: false,
      migrationStatus: 'NOT_STARTED',
      municipality: { code: TSUKIGATA },
    })
    const updated = await stack.graphql(UpdateSystemDocument, { id, input: { migrationStatus: 'PLANNING' } }, { token })
    expect(updated.body.data?.updateSystem.migrationStatus).toBe('PLANNING')
    const priced = await stack.graphql(
      SetSystemContractDocument,
      { systemId: id, input: { startsOn: '2023-04-01', annualCostYen: 1_200_000 } },
      { token },
    )
    expect(priced.body.data?.setSystemContract.contract).toEqual({ startsOn: '2023-04-01', annualCostYen: 1_200_000 })
    const retired = await stack.graphql(RetireSystemDocument, { id }, { token })
    expect(retired.body.data?.retireSystem.isRetired).toBe(true)
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .select('operation')
      .where('entityId', '=', id)
      .orderBy('id')
      .execute()
    expect(audit.map((row) => row.operation)).toEqual(['create', 'update', 'set-contract', 'retire'])
  })

  it("refuses every write to another town's system with FORBIDDEN and changes nothing", async () => {
    const token = await stack.token(NAGANUMA)
    const snapshot = () =>
      stack.database.admin
        .selectFrom('ict.system as s')
        .leftJoin('ict.systemContract as c', 'c.systemId', 's.id')
        .select(['s.vendor', 's.migrationStatus', 's.retiredAt', 'c.annualCostYen'])
        .where('s.id', '=', tsukigataSystemId)
        .executeTakeFirst()
    const before = await snapshot()
    const attempts = [
      await stack.graphql(
        CreateSystemDocument,
        {
          input: {
            municipalityCode: TSUKIGATA,
            business: '戸籍',
            vendor: 'x',
            product: 'y',
            deployment: 'ON_PREMISES',
          },
        },
        { token },
      ),
      await stack.graphql(UpdateSystemDocument, { id: tsukigataSystemId, input: { vendor: 'hijacked' } }, { token }),
      await stack.graphql(
        SetSystemContractDocument,
        { systemId: tsukigataSystemId, input: { annualCostYen: 1 } },
        { token },
      ),
      await stack.graphql(RetireSystemDocument, { id: tsukigataSystemId }, { token }),
    ]
    for (const attempt of attempts) expect(errorCodes(attempt.body)).toEqual(['FORBIDDEN'])
    expect(await snapshot()).toEqual(before)
  })

  it('refuses anonymous writes and bad input', async () => {
    const anonymous = await stack.graphql(RetireSystemDocument, { id: tsukigataSystemId })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    const token = await stack.token(TSUKIGATA)
    const bad = await stack.graphql(
      SetSystemContractDocument,
      { systemId: tsukigataSystemId, input: { annualCostYen: -5, startsOn: '2023-02-30' } },
      { token },
    )
    expect(errorCodes(bad.body)).toEqual(['BAD_USER_INPUT'])
    expect(bad.body.errors?.[0]?.message).toMatch(
      /input\.annualCostYen.*input\.startsOn|input\.startsOn.*input\.annualCostYen/,
    )
  })
})
