import type { Resolvers, TransferStatus } from '../../../codegen/disaster-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { findSupplyItems } from './stockpiles.repository.js'
import {
  approveStockTransfer,
  receiveStockTransfer,
  rejectStockTransfer,
  requestStockTransfer,
  shipStockTransfer,
} from './stock-transfers.service.js'
import {
  addStockLot,
  createStockpileSite,
  expiringStock,
  setStockTarget,
  stockCoverage,
  stockTransfersOf,
} from './stockpiles.service.js'

export const stockpileResolvers: Resolvers = {
  Query: {
    supplyItems: (_, __, ctx) => findSupplyItems(ctx.db),
    stockCoverage: (_, { municipalityCode }, ctx) => stockCoverage(ctx, municipalityCode),
    expiringStock: (_, { withinDays, municipalityCode }, ctx) =>
      // Codegen types an argument with a default as non-null, but a client may still send an explicit null.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
      expiringStock(ctx, withinDays ?? 30, municipalityCode),
    stockTransfers: (_, { municipalityCode }, ctx) => stockTransfersOf(ctx, municipalityCode),
  },
  Mutation: {
    createStockpileSite: (_, { input }, ctx) => createStockpileSite(ctx, input),
    addStockLot: (_, { input }, ctx) => addStockLot(ctx, input),
    setStockTarget: (_, args, ctx) => setStockTarget(ctx, args),
    requestStockTransfer: (_, args, ctx) => requestStockTransfer(ctx, args),
    approveStockTransfer: (_, { id }, ctx) => approveStockTransfer(ctx, id),
    rejectStockTransfer: (_, { id, note }, ctx) => rejectStockTransfer(ctx, id, note),
    shipStockTransfer: (_, { id }, ctx) => shipStockTransfer(ctx, id),
    receiveStockTransfer: (_, { id, siteId }, ctx) => receiveStockTransfer(ctx, id, siteId),
  },
  Municipality: {
    stockpileSites: (municipality, _, ctx) => ctx.loaders.sitesByMunicipality.load(municipality.code),
  },
  StockpileSite: {
    municipality: (site) => ({ code: site.municipalityCode }),
    lots: (site, _, ctx) => ctx.loaders.lotsBySite.load(site.id),
  },
  StockLot: {
    site: (lot, _, ctx) => required(ctx.loaders.siteById.load(lot.siteId), `site ${lot.siteId}`),
    item: (lot, _, ctx) => required(ctx.loaders.supplyItemById.load(lot.itemId), `item ${lot.itemId}`),
  },
  StockCoverage: {
    municipality: (row) => (row.municipalityCode ? { code: row.municipalityCode } : null),
    item: (row, _, ctx) => required(ctx.loaders.supplyItemById.load(row.itemId), `item ${row.itemId}`),
    coverageRatio: (row) => (row.target ? row.quantity / row.target : null),
  },
  StockTransfer: {
    lot: (transfer, _, ctx) => required(ctx.loaders.lotById.load(transfer.lotId), `lot ${transfer.lotId}`),
    item: (transfer, _, ctx) => required(ctx.loaders.supplyItemById.load(transfer.itemId), `item ${transfer.itemId}`),
    from: (transfer) => ({ code: transfer.fromMunicipalityCode }),
    to: (transfer) => ({ code: transfer.toMunicipalityCode }),
    status: (transfer) => transfer.status as TransferStatus,
    requestedAt: (transfer) => transfer.requestedAt.toISOString(),
  },
}
