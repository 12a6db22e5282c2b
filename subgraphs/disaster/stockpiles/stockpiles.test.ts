import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ApproveStockTransferDocument,
  ExpiringStockDocument,
  ReceiveStockTransferDocument,
  RequestStockTransferDocument,
  ShipStockTransferDocument,
  StockCoverageDocument,
  StockpileSitesOfEveryTownDocument,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const GIVER = '012106'
const TAKERS = ['012092', '012157', '012220', '014231', '014273', '014281', '014290', '014303']
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const lotOf = (code: string, itemId: string) =>
  stack.database.admin
    .selectFrom('disaster.stockLot')
    .selectAll()
    .where('municipalityCode', '=', code)
    .where('itemId', '=', itemId)
    .executeTakeFirstOrThrow()

describe('stock coverage', () => {
  it('compares unexpired stock with targets per town and for the region', async () => {
    const { body } = await stack.graphql(StockCoverageDocument, {})
    const report = body.data?.stockCoverage
    const blanket = report?.towns.find((row) => row.municipality?.code === GIVER && row.item.id === 'blanket')
    const lot = await lotOf(GIVER, 'blanket')
    expect(blanket).toMatchObject({ quantity: lot.quantity, jointQuantity: lot.quantity, item: { category: '防寒着' } })
    expect(blanket?.coverageRatio).toBeCloseTo(lot.quantity / (blanket?.target ?? 1))
    const region = report?.region.find((row) => row.item.id === 'blanket')
    const sum = report?.towns.filter((row) => row.item.id === 'blanket').reduce((total, row) => total + row.quantity, 0)
    expect(region?.quantity).toBe(sum)
  })

  it('leaves expired lots out of coverage and lists lots about to expire', async () => {
    const lot = await lotOf('014303', 'water-2l')
    await stack.database.admin
      .updateTable('disaster.stockLot')
      .set({ expiresOn: '2000-01-01' })
      .where('id', '=', lot.id)
      .execute()
    const { body } = await stack.graphql(StockCoverageDocument, { municipalityCode: '014303' })
    expect(body.data?.stockCoverage.towns.find((row) => row.item.id === 'water-2l')?.quantity).toBe(0)
    const expiring = await stack.graphql(ExpiringStockDocument, { withinDays: 0, municipalityCode: '014303' })
    expect(expiring.body.data?.expiringStock.map((row) => row.id)).toEqual([lot.id])
  })
})

describe('Municipality.stockpileSites', () => {
  it('lists every town’s sites and their lots through federation, with one statement per level', async () => {
    stack.statements.reset()
    const { body } = await stack.graphql(StockpileSitesOfEveryTownDocument, {})
    const towns = body.data?.municipalities ?? []
    expect(towns).toHaveLength(9)
    expect(towns[0]?.stockpileSites[0]?.isJoint).toBe(true)
    expect(towns.every((town) => (town.stockpileSites[0]?.lots.length ?? 0) > 0)).toBe(true)
    expect(stack.statements.count('disaster')).toBe(2)
  })
})

describe('stock transfers', () => {
  it('moves stock through request → approve → ship → receive', async () => {
    const lot = await lotOf(GIVER, 'cardboard-bed')
    const taker = '014303'
    const request = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: lot.id, quantity: 5 },
      { token: await stack.token(taker) },
    )
    const id = request.body.data?.requestStockTransfer.id ?? ''
    const giver = await stack.token(GIVER)
    expect(
      errorCodes((await stack.graphql(ApproveStockTransferDocument, { id }, { token: await stack.token(taker) })).body),
    ).toEqual(['FORBIDDEN'])
    expect(
      (await stack.graphql(ApproveStockTransferDocument, { id }, { token: giver })).body.data?.approveStockTransfer
        .status,
    ).toBe('APPROVED')
    expect((await lotOf(GIVER, 'cardboard-bed')).quantity).toBe(lot.quantity - 5)
    expect(
      (await stack.graphql(ShipStockTransferDocument, { id }, { token: giver })).body.data?.shipStockTransfer.status,
    ).toBe('SHIPPED')
    const site = await stack.database.admin
      .selectFrom('disaster.stockpileSite')
      .select('id')
      .where('municipalityCode', '=', taker)
      .executeTakeFirstOrThrow()
    const received = await stack.graphql(
      ReceiveStockTransferDocument,
      { id, siteId: site.id },
      { token: await stack.token(taker) },
    )
    expect(received.body.data?.receiveStockTransfer).toEqual({ status: 'RECEIVED', to: { code: taker } })
    const lots = await stack.database.admin
      .selectFrom('disaster.stockLot')
      .select('quantity')
      .where('siteId', '=', site.id)
      .where('itemId', '=', 'cardboard-bed')
      .execute()
    expect(lots.map((row) => row.quantity)).toContain(5)
    expect(errorCodes((await stack.graphql(ShipStockTransferDocument, { id }, { token: giver })).body)).toEqual([
      'CONFLICT',
    ])
  })

  it('never oversells a lot under concurrent approvals', async () => {
    const lot = await lotOf(GIVER, 'blanket')
    await stack.database.admin.updateTable('disaster.stockLot').set({ quantity: 25 }).where('id', '=', lot.id).execute()
    const ids: string[] = []
    for (const taker of TAKERS) {
      const { body } = await stack.graphql(
        RequestStockTransferDocument,
        { lotId: lot.id, quantity: 10 },
        { token: await stack.token(taker) },
      )
      ids.push(body.data?.requestStockTransfer.id ?? '')
    }
    const giver = await stack.token(GIVER)
    const results = await Promise.all(
      ids.map((id) => stack.graphql(ApproveStockTransferDocument, { id }, { token: giver })),
    )
    const approved = results.filter((result) => result.body.data?.approveStockTransfer.status === 'APPROVED')
    const refused = results.filter((result) => errorCodes(result.body)[0] === 'CONFLICT')
    expect(approved).toHaveLength(2)
    expect(refused).toHaveLength(TAKERS.length - 2)
    expect((await lotOf(GIVER, 'blanket')).quantity).toBe(5)
  })

  it("keeps third towns out: only the parties' staff can move a transfer", async () => {
    const lot = await lotOf(GIVER, 'emergency-food')
    const { body } = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: lot.id, quantity: 1 },
      { token: await stack.token('014281') },
    )
    const id = body.data?.requestStockTransfer.id ?? ''
    const outsider = await stack.graphql(ApproveStockTransferDocument, { id }, { token: await stack.token('014290') })
    expect(errorCodes(outsider.body)).toEqual(['FORBIDDEN'])
    const own = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: lot.id, quantity: 1 },
      { token: await stack.token(GIVER) },
    )
    expect(errorCodes(own.body)).toEqual(['BAD_USER_INPUT'])
    const tooMuch = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: lot.id, quantity: lot.quantity + 1 },
      { token: await stack.token('014281') },
    )
    expect(errorCodes(tooMuch.body)).toEqual(['BAD_USER_INPUT'])
  })
})
