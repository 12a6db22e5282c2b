import { businessDate } from '../../../lib/business-date.js'
import type { StockLotInput, StockpileSiteInput } from '../../../codegen/disaster-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import type { StockCoverageModel } from './stockpiles.model.js'
import {
  findCoverage,
  findExpiringLots,
  findSitesByIds,
  findSupplyItemsByIds,
  findTransfersOf,
  insertLot,
  insertSite,
  upsertTarget,
} from './stockpiles.repository.js'
import { stockLotRules, stockpileSiteRules, stockTargetRules } from './stockpiles.rules.js'

const LIST_LIMIT = 200

/** Town rows as stored; region rows summed per item over those towns (target null when no town set one). */
export async function stockCoverage(ctx: DisasterContext, municipalityCode: string | null | undefined) {
  const code = municipalityCode ? assertMunicipalityCode(municipalityCode, 'municipalityCode') : null
  const towns = await findCoverage(ctx.db, code, businessDate())
  const byItem = new Map<string, StockCoverageModel>()
  for (const row of towns) {
    const total = byItem.get(row.itemId) ?? {
      municipalityCode: null,
      itemId: row.itemId,
      quantity: 0,
      jointQuantity: 0,
      target: null,
    }
    total.quantity += row.quantity
    total.jointQuantity += row.jointQuantity
    if (row.target !== null) total.target = (total.target ?? 0) + row.target
    byItem.set(row.itemId, total)
  }
  return { towns, region: [...byItem.values()] }
}

export function expiringStock(ctx: DisasterContext, withinDays: number, municipalityCode: string | null | undefined) {
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) {
    throw badUserInput('withinDays must be between 0 and 3650.', { field: 'withinDays' })
  }
  const code = municipalityCode ? assertMunicipalityCode(municipalityCode, 'municipalityCode') : null
  return findExpiringLots(ctx.db, withinDays, code, LIST_LIMIT, businessDate())
}

export const stockTransfersOf = (ctx: DisasterContext, municipalityCode: string) =>
  findTransfersOf(ctx.db, assertMunicipalityCode(municipalityCode, 'municipalityCode'), LIST_LIMIT)

export function createStockpileSite(ctx: DisasterContext, input: StockpileSiteInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(input.municipalityCode, 'input.municipalityCode')
    const data = parseInput(stockpileSiteRules.input, input)
    const row = await insertSite(w.trx, {
      municipalityCode: owner,
      name: data.name,
      address: data.address ?? '',
      isJoint: data.isJoint ?? false,
    })
    await w.changedRow('StockpileSite', 'create', row)
    return row
  })
}

export function addStockLot(ctx: DisasterContext, input: StockLotInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(stockLotRules.input, input)
    const [site] = isUuid(data.siteId) ? await findSitesByIds(w.trx, [data.siteId]) : []
    if (!site) throw notFound(`No stockpile site with id ${JSON.stringify(data.siteId)}.`)
    w.assertOwns(site.municipalityCode)
    const [item] = await findSupplyItemsByIds(w.trx, [data.itemId])
    if (!item)
      throw badUserInput(`input.itemId: ${JSON.stringify(data.itemId)} is not in the catalogue (see supplyItems).`, {
        field: 'input.itemId',
      })
    const row = await insertLot(w.trx, {
      siteId: site.id,
      municipalityCode: site.municipalityCode,
      itemId: item.id,
      quantity: data.quantity,
      expiresOn: data.expiresOn ?? null,
    })
    await w.changedRow('StockLot', 'create', row)
    return row
  })
}

export async function setStockTarget(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; itemId: string; quantity: number },
) {
  const { owner, itemId, target } = await runWrite(ctx, async (w) => {
    const owner = w.ownerFor(args.municipalityCode, 'municipalityCode')
    const target = parseInput(stockTargetRules.input, { quantity: args.quantity }, 'args').quantity
    const [item] = await findSupplyItemsByIds(w.trx, [args.itemId])
    if (!item) throw badUserInput(`itemId ${JSON.stringify(args.itemId)} is not in the catalogue.`, { field: 'itemId' })
    await upsertTarget(w.trx, { municipalityCode: owner, itemId: item.id, quantity: target })
    await w.changed({
      operation: 'set-target',
      entity: 'StockTarget',
      entityId: `${owner}:${item.id}`,
      ownerCode: owner,
      after: { quantity: target },
    })
    return { owner, itemId: item.id, target }
  })
  const { towns } = await stockCoverage(ctx, owner)
  return (
    towns.find((row) => row.itemId === itemId) ?? {
      municipalityCode: owner,
      itemId,
      quantity: 0,
      jointQuantity: 0,
      target,
    }
  )
}
