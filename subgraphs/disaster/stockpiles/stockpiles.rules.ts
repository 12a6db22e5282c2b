import { z } from 'zod'
import { defineEntityRules } from '../../../lib/rules/entity-rules.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

const quantity = z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000_000)
const note = fieldRules.optionalText(1000).nullish()

/** StockpileSiteInput (the owner is checked by the write path). */
export const stockpileSiteRules = defineEntityRules({
  entity: 'StockpileSite',
  table: 'disaster.stockpile_site',
  input: z.object({
    name: fieldRules.text(200),
    address: fieldRules.optionalText(300).nullish(),
    isJoint: z.boolean().nullish(),
  }),
})

/** StockLotInput: a quantity of a catalogue item at one of the town's sites. */
export const stockLotRules = defineEntityRules({
  entity: 'StockLot',
  table: 'disaster.stock_lot',
  input: z.object({ siteId: z.string(), itemId: z.string(), quantity, expiresOn: fieldRules.isoDate.nullish() }),
})

/** setStockTarget's arguments: how much of an item the town means to hold. */
export const stockTargetRules = defineEntityRules({
  entity: 'StockCoverage',
  table: 'disaster.stock_target',
  input: z.object({ quantity }),
})

/** requestStockTransfer's arguments (and the note of a rejection). */
export const stockTransferRules = defineEntityRules({
  entity: 'StockTransfer',
  table: 'disaster.stock_transfer',
  input: z.object({ quantity: z.number().int().min(1, 'must be at least 1').max(10_000_000), note }),
})

export const transferNoteRules = z.object({ note })
