import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CostAllocationDocument,
  CostTotalsDocument,
  CreateJointProjectDocument,
  JointProjectsDocument,
  type CreateJointProjectInput,
} from '../../../codegen/operations.js'
import { createDatabase } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { allocateCost } from './cost-allocation.js'

const IWAMIZAWA = '012106'
const TSUKIGATA = '014303'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const project = (overrides: Partial<CreateJointProjectInput> = {}): CreateJointProjectInput => ({
  title: '共同備蓄 段ボールベッド購入',
  initiativeId: 'disaster-2',
  fiscalYear: 2026,
  totalCostYen: 12_345_679,
  equalPercent: 20,
  populationPercent: 80,
  usagePercent: 0,
  ...overrides,
})
const coordinator = () => stack.token(IWAMIZAWA, ['coordinator'])
const projectCount = async () =>
  (await stack.database.admin.selectFrom('agreement.jointProject').select('id').execute()).length

async function create(input: CreateJointProjectInput) {
  const { body } = await stack.graphql(CreateJointProjectDocument, { input }, { token: await coordinator() })
  const id = body.data?.createJointProject.id
  if (!id) throw new Error(JSON.stringify(body.errors))
  return id
}

describe('cost sharing (第4条2)', () => {
  it('splits a 20/80/0 project in integer yen summing to the total, with the population inputs shown', async () => {
    const id = await create(project())
    const { body } = await stack.graphql(CostAllocationDocument, { projectId: id })
    const allocation = body.data?.costAllocation
    expect(allocation).toMatchObject({
      totalYen: 12_345_679,
      populationYear: 2020,
      rule: { equalPercent: 20, populationPercent: 80, usagePercent: 0 },
    })
    expect(allocation?.populationSource).toContain('国勢調査')
    const shares = allocation?.shares ?? []
    expect(shares.map((share) => share.municipality.code)).toEqual([...PARTY_CODES])
    expect(shares.reduce((sum, share) => sum + share.amountYen, 0)).toBe(12_345_679)
    // The same figures as the pure function over the populations in the database.
    const populations = await stack.database.admin
      .selectFrom('agreement.municipality')
      .select(['code', 'population'])
      .execute()
    const expected = allocateCost(
      12_345_679,
      { equalPercent: 20, populationPercent: 80, usagePercent: 0 },
      PARTY_CODES.map((code) => ({
        code,
        population: populations.find((p) => p.code === code)?.population ?? 0,
        usage: 0,
      })),
    )
    expect(shares.map((share) => share.amountYen)).toEqual(expected.map((share) => share.amountYen))
    expect(shares.map((share) => share.population)).toEqual(
      PARTY_CODES.map((code) => populations.find((p) => p.code === code)?.population),
    )
    const iwamizawa = shares.find((share) => share.municipality.code === IWAMIZAWA)?.amountYen ?? 0
    expect(shares.every((share) => share.amountYen <= iwamizawa)).toBe(true)
  })

  it('uses recorded usage figures for 利用割 and shows them next to the result', async () => {
    const id = await create(
      project({
        equalPercent: 0,
        populationPercent: 0,
        usagePercent: 100,
        usageUnit: '利用件数',
        totalCostYen: 1000,
        usage: [
          { municipalityCode: IWAMIZAWA, amount: 3 },
          { municipalityCode: TSUKIGATA, amount: 1 },
        ],
      }),
    )
    const { body } = await stack.graphql(CostAllocationDocument, { projectId: id })
    const byCode = Object.fromEntries(
      (body.data?.costAllocation?.shares ?? []).map((share) => [
        share.municipality.code,
        [share.amountYen, share.usage],
      ]),
    )
    expect(byCode[IWAMIZAWA]).toEqual([750, 3])
    expect(byCode[TSUKIGATA]).toEqual([250, 1])
    expect(byCode['014290']).toEqual([0, 0])
  })

  it('totals each town across the projects of a fiscal year, with a constant number of statements', async () => {
    const year = 2031
    const statementsFor = async () => {
      stack.statements.reset()
      const { body } = await stack.graphql(CostTotalsDocument, { fiscalYear: year })
      return { count: stack.statements.count('agreement'), totals: body.data?.costTotalsByFiscalYear ?? [] }
    }
    await create(project({ fiscalYear: year, totalCostYen: 900, equalPercent: 100, populationPercent: 0 }))
    const one = await statementsFor()
    expect(one.totals.map((t) => t.totalYen)).toEqual(PARTY_CODES.map(() => 100))
    await create(project({ fiscalYear: year, totalCostYen: 1_000_001 }))
    await create(project({ fiscalYear: year, totalCostYen: 77, equalPercent: 50, populationPercent: 50 }))
    const three = await statementsFor()
    expect(three.totals.reduce((sum, t) => sum + t.totalYen, 0)).toBe(900 + 1_000_001 + 77)
    expect(three.totals.every((t) => t.projectCount === 3 && t.fiscalYear === year)).toBe(true)
    expect(three.count).toBe(one.count)

    const page = await stack.graphql(JointProjectsDocument, { fiscalYear: year, first: 2 })
    expect(page.body.data?.jointProjects.nodes).toHaveLength(2)
    expect(page.body.data?.jointProjects.pageInfo.hasNextPage).toBe(true)
    const rest = await stack.graphql(JointProjectsDocument, {
      fiscalYear: year,
      first: 2,
      after: page.body.data?.jointProjects.pageInfo.endCursor,
    })
    expect(rest.body.data?.jointProjects.nodes).toHaveLength(1)
  })

  it('lets only the coordinator (or an admin) create projects: an editor is FORBIDDEN, nothing written', async () => {
    const before = await projectCount()
    const editor = await stack.graphql(
      CreateJointProjectDocument,
      { input: project() },
      { token: await stack.token(TSUKIGATA) },
    )
    expect(errorCodes(editor.body)).toEqual(['FORBIDDEN'])
    const otherCoordinator = await stack.graphql(
      CreateJointProjectDocument,
      { input: project() },
      { token: await stack.token(TSUKIGATA, ['coordinator']) },
    )
    expect(errorCodes(otherCoordinator.body)).toEqual(['FORBIDDEN'])
    expect(await projectCount()).toBe(before)
  })

  it('rejects bad rules with field paths and writes nothing', async () => {
    const before = await projectCount()
    const token = await coordinator()
    const weights = await stack.graphql(CreateJointProjectDocument, { input: project({ usagePercent: 10 }) }, { token })
    expect(weights.body.errors?.[0]?.extensions?.['field']).toBe('input.usagePercent')
    const noUsage = await stack.graphql(
      CreateJointProjectDocument,
      { input: project({ populationPercent: 70, usagePercent: 10, usageUnit: '件' }) },
      { token },
    )
    expect(noUsage.body.errors?.[0]?.extensions?.['field']).toBe('input.usage')
    const initiative = await stack.graphql(
      CreateJointProjectDocument,
      { input: project({ initiativeId: 'disaster-99' }) },
      { token },
    )
    expect(initiative.body.errors?.[0]?.extensions?.['field']).toBe('input.initiativeId')
    expect(await projectCount()).toBe(before)
  })

  it('is refused by row-level security for an editor writing region-wide projects in SQL (42501)', async () => {
    const role = createDatabase({ url: stack.database.roleUrls.agreement, poolMax: 1 })
    try {
      const attempt = role.transaction().execute(async (trx) => {
        await sql`select set_config('app.municipality_code', ${TSUKIGATA}, true),
          set_config('app.role', 'editor', true)`.execute(trx)
        await sql`insert into agreement.joint_project (title, initiative_id, fiscal_year, total_cost_yen,
          equal_percent, population_percent, usage_percent)
                  values ('x', 'disaster-1', 2026, 1, 100, 0, 0)`.execute(trx)
      })
      await expect(attempt).rejects.toMatchObject({ code: '42501' })
    } finally {
      await role.destroy()
    }
  })
})
