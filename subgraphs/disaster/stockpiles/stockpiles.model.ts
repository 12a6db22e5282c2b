import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A catalogue entry (防寒着, 段ボールベッド…): the model of SupplyItem. */
export type SupplyItemModel = Selectable<DB['disaster.supplyItem']>
/** A town's stockpile site: the model of StockpileSite. */
export type StockpileSiteModel = Selectable<DB['disaster.stockpileSite']>
/** A quantity of one item at one site, with its expiry: the model of StockLot. */
export type StockLotModel = Selectable<DB['disaster.stockLot']>
/** A request between two towns and its state: the model of StockTransfer. */
export type StockTransferModel = Selectable<DB['disaster.stockTransfer']>

/** A coverage row for a town, or (municipalityCode null) the region: the model of StockCoverage. */
export interface StockCoverageModel {
  municipalityCode: string | null
  itemId: string
  quantity: number
  jointQuantity: number
  target: number | null
}

/** A town's coverage of one item as the query computes it. */
export interface TownCoverageRow extends StockCoverageModel {
  municipalityCode: string
}
