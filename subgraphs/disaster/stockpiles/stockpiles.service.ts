import { z } from 'zod'
import type { StockLotInput, StockpileSiteInput } from '../../../codegen/disaster-resolvers.js'
import { ownerForWrite } from '../../../lib/auth/ownership.js'
import { assertCanWriteFor, requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import {
  findCoverage,
  findExpiringLots,
  findSitesByIds,
  findSupplyItemsByIds,
  findTransfersOf,
  insertLot,
  insertSite,
  upsertTarget,
  type CoverageModel,
} from './stockpiles.repository.js'

const LIST_LIMIT = 200
const quantity = z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000_000)

export function auditOf(
  ctx: DisasterContext,
  actor: StaffViewer,
  operation: string,
  entity: string,
  entityId: string,
  ownerCode: string,
  after: unknown,
  before?: unknown,
) {
  return {
    actor,
    subgraph: 'disaster' as const,
    operation,
    entity,
    entityId,
    ownerCode,
    after,
    before,
    requestId: ctx.requestId,
  }
}

/** Town rows as stored; region rows summed per item over those towns (target null when no town set one). */
export async function stockCoverage(ctx: DisasterContext, municipalityCode: string | null | undefined) {
  const code = municipalityCode ? assertMunicipalityCode(municipalityCode, 'municipalityCode') : null
  const towns = await findCoverage(ctx.db, code)
  const byItem = new Map<string, CoverageModel>()
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
  return findExpiringLots(ctx.db, withinDays, code, LIST_LIMIT)
}

export const stockTransfersOf = (ctx: DisasterContext, municipalityCode: string) =>
  findTransfersOf(ctx.db, assertMunicipalityCode(municipalityCode, 'municipalityCode'), LIST_LIMIT)

export async function createStockpileSite(ctx: DisasterContext, input: StockpileSiteInput) {
  const { actor, owner } = ownerForWrite(ctx.viewer, input.municipalityCode, 'input.municipalityCode')
  const data = parseInput(
    z.object({
      name: inputRules.text(200),
      address: inputRules.optionalText(300).nullish(),
      isJoint: z.boolean().nullish(),
    }),
    input,
  )
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertSite(trx, {
      municipalityCode: owner,
      name: data.name,
      address: data.address ?? '',
      isJoint: data.isJoint ?? false,
    })
    await recordAudit(trx, auditOf(ctx, actor, 'create', 'StockpileSite', row.id, owner, row))
    return row
  })
}

export async function addStockLot(ctx: DisasterContext, input: StockLotInput) {
  requireStaff(ctx.viewer)
  const data = parseInput(
    z.object({ siteId: z.string(), itemId: z.string(), quantity, expiresOn: inputRules.isoDate.nullish() }),
    input,
  )
  const [site] = isUuid(data.siteId) ? await findSitesByIds(ctx.db, [data.siteId]) : []
  if (!site) throw notFound(`No stockpile site with id ${JSON.stringify(data.siteId)}.`)
  const actor = assertCanWriteFor(ctx.viewer, site.municipalityCode)
  const [item] = await findSupplyItemsByIds(ctx.db, [data.itemId])
  if (!item)
    throw badUserInput(`input.itemId: ${JSON.stringify(data.itemId)} is not in the catalogue (see supplyItems).`, {
      field: 'input.itemId',
    })
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertLot(trx, {
      siteId: site.id,
      municipalityCode: site.municipalityCode,
      itemId: item.id,
      quantity: data.quantity,
      expiresOn: data.expiresOn ?? null,
    })
    await recordAudit(trx, auditOf(ctx, actor, 'create', 'StockLot', row.id, site.municipalityCode, row))
    return row
  })
}

export async function setStockTarget(
  ctx: DisasterContext,
  args: { municipalityCode?: string | null; itemId: string; quantity: number },
) {
  const { actor, owner } = ownerForWrite(ctx.viewer, args.municipalityCode, 'municipalityCode')
  const target = parseInput(z.object({ quantity }), { quantity: args.quantity }, 'args').quantity
  const [item] = await findSupplyItemsByIds(ctx.db, [args.itemId])
  if (!item) throw badUserInput(`itemId ${JSON.stringify(args.itemId)} is not in the catalogue.`, { field: 'itemId' })
  await withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    await upsertTarget(trx, { municipalityCode: owner, itemId: item.id, quantity: target })
    await recordAudit(
      trx,
      auditOf(ctx, actor, 'set-target', 'StockTarget', `${owner}:${item.id}`, owner, { quantity: target }),
    )
  })
  const { towns } = await stockCoverage(ctx, owner)
  return (
    towns.find((row) => row.itemId === item.id) ?? {
      municipalityCode: owner,
      itemId: item.id,
      quantity: 0,
      jointQuantity: 0,
      target,
    }
  )
}
