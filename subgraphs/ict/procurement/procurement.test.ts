import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JointProcurementDocument, SystemMatrixDocument, type SystemMatrixQuery } from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { STANDARD_BUSINESSES } from '../systems/standard-businesses.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('systemMatrix', () => {
  it('shows business × town for the whole region', async () => {
    const { body } = await stack.graphql(SystemMatrixDocument, {})
    expect(body.errors).toBeUndefined()
    const matrix = body.data?.systemMatrix
    expect(matrix?.businesses).toEqual([...STANDARD_BUSINESSES])
    for (const row of matrix?.rows ?? []) {
      expect(row.cells.map((cell) => cell.municipality.code)).toEqual([...PARTY_CODES])
      for (const cell of row.cells) expect(cell.systems.length).toBeGreaterThanOrEqual(1)
    }
    expect(matrix?.rows[0]?.cells[0]?.municipality.name).toBe('岩見沢市')
  })

  it('pages the towns: every served town once, in the served order, each cell with its own systems', async () => {
    const codes: string[] = []
    const pages: number[] = []
    let after: string | null = null
    do {
      const { body }: { body: { data?: SystemMatrixQuery | null; errors?: unknown } } = await stack.graphql(
        SystemMatrixDocument,
        { first: 4, after },
      )
      expect(body.errors).toBeUndefined()
      const matrix: SystemMatrixQuery['systemMatrix'] | undefined = body.data?.systemMatrix
      expect(matrix?.towns.totalCount).toBe(PARTY_CODES.length)
      const pageCodes = matrix?.rows[0]?.cells.map((cell) => cell.municipality.code) ?? []
      for (const row of matrix?.rows ?? []) expect(row.cells.map((cell) => cell.municipality.code)).toEqual(pageCodes)
      codes.push(...pageCodes)
      pages.push(pageCodes.length)
      after = matrix?.towns.pageInfo.hasNextPage ? (matrix.towns.pageInfo.endCursor ?? null) : null
    } while (after !== null)
    expect(pages).toEqual([4, 4, 1])
    expect(codes).toEqual([...PARTY_CODES])
  })

  it('refuses a page size out of range and a cursor it did not hand out, naming the argument', async () => {
    for (const variables of [{ first: 0 }, { first: 201 }, { after: 'not-a-cursor' }]) {
      const { body } = await stack.graphql(SystemMatrixDocument, variables)
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    }
  })

  it('costs the same SQL statements with more systems recorded', async () => {
    const statements = async () => {
      stack.statements.reset()
      await stack.graphql(SystemMatrixDocument, { standardOnly: false })
      return { ict: stack.statements.count('ict'), agreement: stack.statements.count('agreement') }
    }
    const before = await statements()
    await stack.database.admin
      .insertInto('ict.system')
      .values(
        PARTY_CODES.flatMap((code) =>
          ['文書管理', '財務会計', '人事給与'].map((business) => ({
            municipalityCode: code,
            business,
            vendor: 'テスト社',
            product: 'T',
            deployment: 'ON_PREMISES',
          })),
        ),
      )
      .execute()
    const after = await statements()
    // Two ict statements: the systems, and the served towns (agreement.served_municipality) the matrix spans.
    expect(before).toEqual({ ict: 2, agreement: 1 })
    expect(after).toEqual(before)
  })
})

describe('jointProcurementCandidates', () => {
  it('finds groups of two or more towns with the same business and vendor within the window', async () => {
    const { body } = await stack.graphql(JointProcurementDocument, {})
    const groups = body.data?.jointProcurementCandidates ?? []
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) {
      expect(new Set(group.municipalities.map((m) => m.code)).size).toBeGreaterThanOrEqual(2)
      const ends = group.systems.map((s) => s.contractEndsOn ?? '')
      expect(ends).toEqual([...ends].sort())
      expect(group.earliestContractEnd).toBe(ends[0])
      expect(group.latestContractEnd).toBe(ends.at(-1))
      expect(group.combinedAnnualCostYen).toBeNull()
    }
    // The nine towns are one 圏域: the agreement in force, named by its title.
    const { title } = await stack.database.admin
      .selectFrom('agreement.agreement')
      .select('title')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow()
    expect(new Set(groups.map((group) => JSON.stringify(group.region)))).toEqual(
      new Set([JSON.stringify({ id: 'agreement', name: title })]),
    )
  })

  it("reaches the agreement subgraph for the rest of a group's region", async () => {
    const { body } = await stack.graphql(
      `{ jointProcurementCandidates(windowMonths: 60) { region { id kind municipalities { code } } } }`,
    )
    expect(body.errors).toBeUndefined()
    const [group] = (body.data as { jointProcurementCandidates: { region: unknown }[] }).jointProcurementCandidates
    expect(group?.region).toEqual({
      id: 'agreement',
      kind: null,
      municipalities: PARTY_CODES.map((code) => ({ code })),
    })
  })

  it('shows the combined cost to the coordinator only, equal to the sum of the contracts', async () => {
    const business = '住民基本台帳'
    const asCoordinator = await stack.graphql(
      JointProcurementDocument,
      { business },
      { token: await stack.token('012106', ['coordinator']) },
    )
    const asEditor = await stack.graphql(JointProcurementDocument, { business }, { token: await stack.token('012106') })
    const group = asCoordinator.body.data?.jointProcurementCandidates[0]
    expect(group).toBeDefined()
    const costs = await stack.database.admin
      .selectFrom('ict.systemContract')
      .select('annualCostYen')
      .where('systemId', 'in', group?.systems.map((s) => s.id) ?? [])
      .execute()
    expect(group?.combinedAnnualCostYen).toBe(costs.reduce((sum, row) => sum + (row.annualCostYen ?? 0), 0))
    expect(asEditor.body.data?.jointProcurementCandidates.every((g) => g.combinedAnnualCostYen === null)).toBe(true)
  })

  it('rejects a window outside 1–60 months', async () => {
    const { body } = await stack.graphql(JointProcurementDocument, { windowMonths: 0 })
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
  })
})
