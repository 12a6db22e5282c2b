import { readTable, type FeedReadContext } from '../feed-reader.js'
import { isGtfsDate } from '../gtfs-values.js'
import { checkUnique, fieldReader, type FeedState } from './feed-state.js'

/**
 * The GTFS-JP extension files. Their rows are kept as they are; a reference that leads nowhere is a
 * warning naming file:line (consumers can still use the rest of the feed), a duplicate id an error.
 */

/** agency_jp.txt (事業者追加情報): one row per agency of agency.txt. */
export async function checkAgencyJp(ctx: FeedReadContext, state: FeedState) {
  const file = 'agency_jp.txt'
  const seen = new Set<string>()
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['agency_id', 'agency_official_name'])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, file, seen, v.agency_id, record.line, 'agency_id')
      state.names.add(v.agency_official_name)
      if (v.agency_id && !state.agencies.has(v.agency_id))
        ctx.log.warning(file, record.line, `agency_id ${JSON.stringify(v.agency_id)} is not in agency.txt`)
    }
  })
}

/** routes_jp.txt (GTFS-JP 第2版 経路追加情報): each row about a route of routes.txt. */
export async function checkRoutesJp(ctx: FeedReadContext, state: FeedState) {
  const file = 'routes_jp.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['route_id', 'route_update_date'])
    for (const record of records) {
      const v = read(record)
      if (!state.routes.has(v.route_id))
        ctx.log.warning(file, record.line, `route_id ${JSON.stringify(v.route_id)} is not in routes.txt`)
      if (v.route_update_date && !isGtfsDate(v.route_update_date))
        ctx.log.warning(file, record.line, `route_update_date ${JSON.stringify(v.route_update_date)} is not YYYYMMDD`)
    }
  })
}

/**
 * office_jp.txt (営業所) and pattern_jp.txt (GTFS-JP 第3版 運行パターン): the ids trips.txt refers to with
 * jp_office_id and jp_pattern_id. Read before trips.txt, so those references are checked as trips stream by.
 */
export async function checkOfficesAndPatterns(ctx: FeedReadContext, state: FeedState) {
  const offices = new Set<string>()
  const officeTable = await readTable(ctx, 'office_jp.txt', (records, table) => {
    const read = fieldReader(table, ['office_id', 'office_name'])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, 'office_jp.txt', offices, v.office_id, record.line, 'office_id')
      state.names.add(v.office_name)
    }
  })
  if (officeTable) state.offices = offices
  const patterns = new Set<string>()
  const patternTable = await readTable(ctx, 'pattern_jp.txt', (records, table) => {
    const read = fieldReader(table, ['jp_pattern_id', 'route_update_date'])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, 'pattern_jp.txt', patterns, v.jp_pattern_id, record.line, 'jp_pattern_id')
      if (v.route_update_date && !isGtfsDate(v.route_update_date))
        ctx.log.warning(
          'pattern_jp.txt',
          record.line,
          `route_update_date ${JSON.stringify(v.route_update_date)} is not YYYYMMDD`,
        )
    }
  })
  if (patternTable) state.patterns = patterns
}

/** fare_attributes.txt and fare_rules.txt: GTFS-JP 第2版 requires fares (運賃). */
export async function checkFares(ctx: FeedReadContext, state: FeedState) {
  const file = 'fare_attributes.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['fare_id', 'price', 'currency_type', 'payment_method', 'transfers', 'agency_id'])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, file, state.fares, v.fare_id, record.line, 'fare_id')
      if (!/^\d+(\.\d+)?$/.test(v.price))
        ctx.log.error(file, record.line, `price ${JSON.stringify(v.price)} is not an amount`)
      if (!/^[A-Z]{3}$/.test(v.currency_type))
        ctx.log.error(
          file,
          record.line,
          `currency_type ${JSON.stringify(v.currency_type)} is not an ISO 4217 code (JPY)`,
        )
      if (v.payment_method !== '0' && v.payment_method !== '1')
        ctx.log.error(file, record.line, `payment_method ${JSON.stringify(v.payment_method)} must be 0 or 1`)
      if (!['', '0', '1', '2'].includes(v.transfers))
        ctx.log.error(file, record.line, `transfers ${JSON.stringify(v.transfers)} must be empty, 0, 1 or 2`)
      if (v.agency_id && !state.agencies.has(v.agency_id))
        ctx.log.warning(file, record.line, `agency_id ${JSON.stringify(v.agency_id)} is not in agency.txt`)
    }
  })
  await readTable(ctx, 'fare_rules.txt', (records, table) => {
    const read = fieldReader(table, ['fare_id', 'route_id', 'origin_id', 'destination_id', 'contains_id'])
    for (const record of records) {
      const v = read(record)
      const warn = (reason: string) => {
        ctx.log.warning('fare_rules.txt', record.line, reason)
      }
      if (!state.fares.has(v.fare_id)) warn(`fare_id ${JSON.stringify(v.fare_id)} is not in fare_attributes.txt`)
      if (v.route_id && !state.routes.has(v.route_id))
        warn(`route_id ${JSON.stringify(v.route_id)} is not in routes.txt`)
      for (const zone of ['origin_id', 'destination_id', 'contains_id'] as const)
        if (v[zone] && !state.zones.has(v[zone])) warn(`${zone} ${JSON.stringify(v[zone])} is no zone_id of stops.txt`)
    }
  })
}
