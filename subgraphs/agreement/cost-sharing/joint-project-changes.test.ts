import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CostTotalsDocument,
  CreateJointProjectDocument,
  JointProjectsDocument,
  UpdateJointProjectDocument,
  WithdrawJointProjectDocument,
  type CreateJointProjectInput,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

/** Issue #21: before the councils consent, a project's amount, split and years change, or it is dropped. */

const IWAMIZAWA = '012106'
const TSUKIGATA = '014303'
const YEAR = 2033

let stack: TestStack
let token: string
beforeAll(async () => {
  stack = await startTestStack()
  token = await stack.token(IWAMIZAWA, ['coordinator'])
})
afterAll(() => stack.stop())

const input: CreateJointProjectInput = {
  title: '共同備蓄 発電機購入',
  initiativeId: 'disaster-2',
  fiscalYear: YEAR,
  totalCostYen: 900,
  equalPercent: 100,
  populationPercent: 0,
  usagePercent: 0,
}

async function create() {
  const { body } = await stack.graphql(CreateJointProjectDocument, { input }, { token })
  const id = body.data?.createJointProject.id
  if (!id) throw new Error(JSON.stringify(body.errors))
  return id
}

const stored = (id: string) =>
  stack.database.admin.selectFrom('agreement.jointProject').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const storedUsage = (id: string) =>
  stack.database.admin
    .selectFrom('agreement.jointProjectUsage')
    .select(['municipalityCode', 'amount'])
    .where('projectId', '=', id)
    .orderBy('municipalityCode')
    .execute()

describe('changing a joint project before consent', () => {
  it('changes the amount, split and year; fields left out keep their value; the change is audited', async () => {
    const id = await create()
    const { body } = await stack.graphql(
      UpdateJointProjectDocument,
      { id, input: { totalCostYen: 1_000_000, equalPercent: 50, populationPercent: 50, fiscalYear: YEAR + 1 } },
      { token },
    )
    expect(body.errors).toBeUndefined()
    const project = body.data?.updateJointProject
    expect(project).toMatchObject({ title: input.title, totalCostYen: 1_000_000, fiscalYear: YEAR + 1 })
    expect(project?.rule).toMatchObject({ equalPercent: 50, populationPercent: 50, usagePercent: 0 })
    expect(project?.allocation.shares.reduce((sum, share) => sum + share.amountYen, 0)).toBe(1_000_000)
    expect(await stored(id)).toMatchObject({ totalCostYen: 1_000_000, fiscalYear: YEAR + 1, withdrawnAt: null })
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .selectAll()
      .where('entityId', '=', id)
      .where('operation', '=', 'update')
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit[0]?.before)).toContain('"totalCostYen":900')
  })

  it('replaces the usage figures when given, and keeps them when not', async () => {
    const id = await create()
    const usage = [
      { municipalityCode: IWAMIZAWA, amount: 3 },
      { municipalityCode: TSUKIGATA, amount: 1 },
    ]
    const withUsage = await stack.graphql(
      UpdateJointProjectDocument,
      { id, input: { equalPercent: 0, usagePercent: 100, usageUnit: '利用件数', usage } },
      { token },
    )
    expect(withUsage.body.errors).toBeUndefined()
    expect(await storedUsage(id)).toEqual(usage)
    const renamed = await stack.graphql(UpdateJointProjectDocument, { id, input: { title: '改名' } }, { token })
    expect(renamed.body.data?.updateJointProject.usage.map((figure) => figure.amount)).toEqual([3, 1])
    const replaced = await stack.graphql(
      UpdateJointProjectDocument,
      { id, input: { usage: [{ municipalityCode: TSUKIGATA, amount: 5 }] } },
      { token },
    )
    expect(replaced.body.errors).toBeUndefined()
    expect(await storedUsage(id)).toEqual([{ municipalityCode: TSUKIGATA, amount: 5 }])
  })

  it('refuses a result that breaks the rules, naming the field, and leaves the project as it was', async () => {
    const id = await create()
    const before = await stored(id)
    const weights = await stack.graphql(UpdateJointProjectDocument, { id, input: { populationPercent: 10 } }, { token })
    expect(weights.body.errors?.[0]?.extensions?.['field']).toBe('input.usagePercent')
    const noUsage = await stack.graphql(
      UpdateJointProjectDocument,
      { id, input: { equalPercent: 0, usagePercent: 100, usageUnit: '件', usage: [] } },
      { token },
    )
    expect(noUsage.body.errors?.[0]?.extensions?.['field']).toBe('input.usage')
    const stranger = await stack.graphql(
      UpdateJointProjectDocument,
      { id, input: { usage: [{ municipalityCode: '011002', amount: 1 }] } },
      { token },
    )
    expect(stranger.body.errors?.[0]?.extensions?.['field']).toBe('input.usage.0.municipalityCode')
    expect(await stored(id)).toEqual(before)
    expect(await storedUsage(id)).toEqual([])
  })

  it('is region-wide: an editor or another town’s coordinator is FORBIDDEN; an unknown id is NOT_FOUND', async () => {
    const id = await create()
    for (const other of [await stack.token(TSUKIGATA), await stack.token(TSUKIGATA, ['coordinator'])]) {
      const update = await stack.graphql(
        UpdateJointProjectDocument,
        { id, input: { totalCostYen: 1 } },
        { token: other },
      )
      expect(errorCodes(update.body)).toEqual(['FORBIDDEN'])
      const withdraw = await stack.graphql(WithdrawJointProjectDocument, { id }, { token: other })
      expect(errorCodes(withdraw.body)).toEqual(['FORBIDDEN'])
    }
    expect(await stored(id)).toMatchObject({ totalCostYen: 900, withdrawnAt: null })
    const unknown = await stack.graphql(
      WithdrawJointProjectDocument,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token },
    )
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND'])
  })

  it('withdraws: out of the list and the fiscal-year totals, still readable by id, and then frozen', async () => {
    const year = YEAR + 5
    const { body: created } = await stack.graphql(
      CreateJointProjectDocument,
      { input: { ...input, fiscalYear: year } },
      { token },
    )
    const id = created.data?.createJointProject.id ?? ''
    const listed = async () =>
      (await stack.graphql(JointProjectsDocument, { fiscalYear: year })).body.data?.jointProjects
    expect((await listed())?.totalCount).toBe(1)
    const withdrawn = await stack.graphql(WithdrawJointProjectDocument, { id }, { token })
    expect(withdrawn.body.data?.withdrawJointProject.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect((await listed())?.nodes).toEqual([])
    expect((await listed())?.totalCount).toBe(0)
    const totals = (await stack.graphql(CostTotalsDocument, { fiscalYear: year })).body.data?.costTotalsByFiscalYear
    expect(totals?.every((total) => total.totalYen === 0 && total.projectCount === 0)).toBe(true)
    const again = await stack.graphql(WithdrawJointProjectDocument, { id }, { token })
    expect(errorCodes(again.body)).toEqual(['CONFLICT'])
    const update = await stack.graphql(UpdateJointProjectDocument, { id, input: { totalCostYen: 1 } }, { token })
    expect(errorCodes(update.body)).toEqual(['CONFLICT'])
    expect(await stored(id)).toMatchObject({ totalCostYen: 900 })
  })
})
