import type { Transaction } from 'kysely'
import { z } from 'zod'
import { assertCanWriteFor, requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import type { DB } from '../../../lib/db/database.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput, conflict, forbidden, notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { DisasterContext } from '../context.js'
import { auditOf } from './stockpiles.service.js'
import {
  findLotsByIds,
  findSitesByIds,
  findTransferForUpdate,
  findTransfersByIds,
  insertLot,
  insertTransfer,
  lockLot,
  setLotQuantity,
  setTransferStatus,
  type StockTransferRow,
} from './stockpiles.repository.js'

const noteRule = inputRules.optionalText(1000).nullish()

/** Requested by the receiving town (the caller's), against another town's lot. */
export async function requestStockTransfer(
  ctx: DisasterContext,
  args: { lotId: string; quantity: number; note?: string | null },
) {
  const staff = requireStaff(ctx.viewer)
  const data = parseInput(
    z.object({ quantity: z.number().int().min(1, 'must be at least 1').max(10_000_000), note: noteRule }),
    args,
    'args',
  )
  const [lot] = isUuid(args.lotId) ? await findLotsByIds(ctx.db, [args.lotId]) : []
  if (!lot) throw notFound(`No stock lot with id ${JSON.stringify(args.lotId)}.`)
  if (lot.municipalityCode === staff.municipalityCode)
    throw badUserInput('lotId: a town cannot request its own stock.', { field: 'lotId' })
  if (data.quantity > lot.quantity)
    throw badUserInput(`quantity: the lot holds only ${lot.quantity}.`, { field: 'quantity' })
  const actor = assertCanWriteFor(ctx.viewer, staff.municipalityCode)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertTransfer(trx, {
      lotId: lot.id,
      itemId: lot.itemId,
      fromMunicipalityCode: lot.municipalityCode,
      toMunicipalityCode: staff.municipalityCode,
      quantity: data.quantity,
      status: 'REQUESTED',
      note: data.note ?? '',
    })
    await recordAudit(trx, auditOf(ctx, actor, 'request', 'StockTransfer', row.id, staff.municipalityCode, row))
    return row
  })
}

type Party = 'from' | 'to'

/** Locks the transfer, checks the caller acts for the right side and that the step is allowed from its status. */
async function lockTransfer(ctx: DisasterContext, trx: Transaction<DB>, id: string, party: Party, from: string) {
  // Read first, lock second: locking needs the UPDATE policy, which would hide the row from a third town.
  const [visible] = isUuid(id) ? await findTransfersByIds(trx, [id]) : []
  if (!visible) throw notFound(`No stock transfer with id ${JSON.stringify(id)}.`)
  const owner = party === 'from' ? visible.fromMunicipalityCode : visible.toMunicipalityCode
  const staff = requireStaff(ctx.viewer)
  if (staff.municipalityCode !== owner && !staff.roles.has('admin')) {
    throw forbidden(`Only the ${party === 'from' ? 'giving' : 'receiving'} town (${owner}) can take this step.`)
  }
  const actor = assertCanWriteFor(ctx.viewer, owner)
  const transfer = await findTransferForUpdate(trx, id)
  if (!transfer) throw notFound(`No stock transfer with id ${JSON.stringify(id)}.`)
  if (transfer.status !== from) throw conflict(`The transfer is ${transfer.status}; this step needs ${from}.`)
  return { transfer, actor, owner }
}

/**
 * The giving town approves: the lot is locked, so concurrent approvals against it run one after the
 * other and each sees what the previous one left; the quantity cannot go below zero (and the table's
 * CHECK would refuse it anyway).
 */
export function approveStockTransfer(ctx: DisasterContext, id: string) {
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { transfer, actor, owner } = await lockTransfer(ctx, trx, id, 'from', 'REQUESTED')
    const lot = await lockLot(trx, transfer.lotId)
    if (!lot || lot.quantity < transfer.quantity) {
      throw conflict(`Not enough stock: the lot holds ${lot?.quantity ?? 0}, the transfer needs ${transfer.quantity}.`)
    }
    await setLotQuantity(trx, lot.id, lot.quantity - transfer.quantity)
    return finish(ctx, trx, transfer, actor, owner, 'APPROVED')
  })
}

export function rejectStockTransfer(ctx: DisasterContext, id: string, note: string | null | undefined) {
  const reason = parseInput(z.object({ note: noteRule }), { note }, 'args').note ?? ''
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { transfer, actor, owner } = await lockTransfer(ctx, trx, id, 'from', 'REQUESTED')
    return finish(ctx, trx, transfer, actor, owner, 'REJECTED', reason)
  })
}

export function shipStockTransfer(ctx: DisasterContext, id: string) {
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { transfer, actor, owner } = await lockTransfer(ctx, trx, id, 'from', 'APPROVED')
    return finish(ctx, trx, transfer, actor, owner, 'SHIPPED')
  })
}

/** The receiving town stores the shipment at one of its sites, as a new lot with the same item and expiry. */
export function receiveStockTransfer(ctx: DisasterContext, id: string, siteId: string) {
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { transfer, actor, owner } = await lockTransfer(ctx, trx, id, 'to', 'SHIPPED')
    const [site] = isUuid(siteId) ? await findSitesByIds(trx, [siteId]) : []
    if (!site || site.municipalityCode !== owner)
      throw badUserInput('siteId must be a stockpile site of the receiving town.', { field: 'siteId' })
    const [source] = await findLotsByIds(trx, [transfer.lotId])
    await insertLot(trx, {
      siteId: site.id,
      municipalityCode: owner,
      itemId: transfer.itemId,
      quantity: transfer.quantity,
      expiresOn: source?.expiresOn ?? null,
    })
    return finish(ctx, trx, transfer, actor, owner, 'RECEIVED')
  })
}

async function finish(
  ctx: DisasterContext,
  trx: Transaction<DB>,
  transfer: StockTransferRow,
  actor: ReturnType<typeof assertCanWriteFor>,
  owner: string,
  status: StockTransferRow['status'],
  note?: string,
) {
  const row = await setTransferStatus(trx, transfer.id, status, note)
  await recordAudit(trx, auditOf(ctx, actor, status.toLowerCase(), 'StockTransfer', row.id, owner, row, transfer))
  return row
}
