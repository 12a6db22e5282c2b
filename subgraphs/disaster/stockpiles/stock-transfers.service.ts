import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { badUserInput, conflict, forbidden, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { DisasterContext } from '../context.js'
import type { StockTransferModel } from './stockpiles.model.js'
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
} from './stockpiles.repository.js'
import { stockTransferRules, transferNoteRules } from './stockpiles.rules.js'

/** Requested by the receiving town (the caller's), against another town's lot. */
export function requestStockTransfer(
  ctx: DisasterContext,
  args: { lotId: string; quantity: number; note?: string | null },
) {
  return runWrite(ctx, async (w) => {
    const receiver = w.actor.municipalityCode
    const data = parseInput(stockTransferRules.input, args, 'args')
    const [lot] = isUuid(args.lotId) ? await findLotsByIds(w.trx, [args.lotId]) : []
    if (!lot) throw notFound(`No stock lot with id ${JSON.stringify(args.lotId)}.`)
    if (lot.municipalityCode === receiver)
      throw badUserInput('lotId: a town cannot request its own stock.', { field: 'lotId' })
    if (data.quantity > lot.quantity)
      throw badUserInput(`quantity: the lot holds only ${lot.quantity}.`, { field: 'quantity' })
    w.assertOwns(receiver)
    const row = await insertTransfer(w.trx, {
      lotId: lot.id,
      itemId: lot.itemId,
      fromMunicipalityCode: lot.municipalityCode,
      toMunicipalityCode: receiver,
      quantity: data.quantity,
      status: 'REQUESTED',
      note: data.note ?? '',
    })
    await w.changed({
      operation: 'request',
      entity: 'StockTransfer',
      entityId: row.id,
      ownerCode: receiver,
      after: row,
    })
    return row
  })
}

type Party = 'from' | 'to'

/** Locks the transfer, checks the caller acts for the right side and that the step is allowed from its status. */
async function lockTransfer(w: Write, id: string, party: Party, from: string) {
  // Read first, lock second: locking needs the UPDATE policy, which would hide the row from a third town.
  const [visible] = isUuid(id) ? await findTransfersByIds(w.trx, [id]) : []
  if (!visible) throw notFound(`No stock transfer with id ${JSON.stringify(id)}.`)
  const owner = party === 'from' ? visible.fromMunicipalityCode : visible.toMunicipalityCode
  if (w.actor.municipalityCode !== owner && !w.actor.roles.has('admin')) {
    throw forbidden(`Only the ${party === 'from' ? 'giving' : 'receiving'} town (${owner}) can take this step.`)
  }
  w.assertOwns(owner)
  const transfer = await findTransferForUpdate(w.trx, id)
  if (!transfer) throw notFound(`No stock transfer with id ${JSON.stringify(id)}.`)
  if (transfer.status !== from) throw conflict(`The transfer is ${transfer.status}; this step needs ${from}.`)
  return { transfer, owner }
}

/**
 * The giving town approves: the lot is locked, so concurrent approvals against it run one after the
 * other and each sees what the previous one left; the quantity cannot go below zero (and the table's
 * CHECK would refuse it anyway).
 */
export function approveStockTransfer(ctx: DisasterContext, id: string) {
  return runWrite(ctx, async (w) => {
    const { transfer, owner } = await lockTransfer(w, id, 'from', 'REQUESTED')
    const lot = await lockLot(w.trx, transfer.lotId)
    if (!lot || lot.quantity < transfer.quantity) {
      throw conflict(`Not enough stock: the lot holds ${lot?.quantity ?? 0}, the transfer needs ${transfer.quantity}.`)
    }
    await setLotQuantity(w.trx, lot.id, lot.quantity - transfer.quantity)
    return finish(w, transfer, owner, 'APPROVED')
  })
}

export function rejectStockTransfer(ctx: DisasterContext, id: string, note: string | null | undefined) {
  return runWrite(ctx, async (w) => {
    const reason = parseInput(transferNoteRules, { note }, 'args').note ?? ''
    const { transfer, owner } = await lockTransfer(w, id, 'from', 'REQUESTED')
    return finish(w, transfer, owner, 'REJECTED', reason)
  })
}

export function shipStockTransfer(ctx: DisasterContext, id: string) {
  return runWrite(ctx, async (w) => {
    const { transfer, owner } = await lockTransfer(w, id, 'from', 'APPROVED')
    return finish(w, transfer, owner, 'SHIPPED')
  })
}

/** The receiving town stores the shipment at one of its sites, as a new lot with the same item and expiry. */
export function receiveStockTransfer(ctx: DisasterContext, id: string, siteId: string) {
  return runWrite(ctx, async (w) => {
    const { transfer, owner } = await lockTransfer(w, id, 'to', 'SHIPPED')
    const [site] = isUuid(siteId) ? await findSitesByIds(w.trx, [siteId]) : []
    if (!site || site.municipalityCode !== owner)
      throw badUserInput('siteId must be a stockpile site of the receiving town.', { field: 'siteId' })
    const [source] = await findLotsByIds(w.trx, [transfer.lotId])
    await insertLot(w.trx, {
      siteId: site.id,
      municipalityCode: owner,
      itemId: transfer.itemId,
      quantity: transfer.quantity,
      expiresOn: source?.expiresOn ?? null,
    })
    return finish(w, transfer, owner, 'RECEIVED')
  })
}

async function finish(
  w: Write,
  transfer: StockTransferModel,
  owner: string,
  status: StockTransferModel['status'],
  note?: string,
) {
  const row = await setTransferStatus(w.trx, transfer.id, status, note)
  await w.changed({
    operation: status.toLowerCase(),
    entity: 'StockTransfer',
    entityId: row.id,
    ownerCode: owner,
    before: transfer,
    after: row,
  })
  return row
}
