import { readTable, type FeedReadContext } from '../feed-reader.js'
import { FILE_SPECS, isTableFile } from '../feed-spec.js'
import { parseGtfsTime } from '../gtfs-values.js'
import { closestName } from '../suggest.js'
import { fieldReader, type FeedState } from './feed-state.js'

/** frequencies.txt (headway-based trips) and transfers.txt (where changing is possible). */
export async function checkFrequenciesAndTransfers(ctx: FeedReadContext, state: FeedState) {
  await readTable(ctx, 'frequencies.txt', (records, table) => {
    const read = fieldReader(table, ['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times'])
    for (const record of records) {
      const v = read(record)
      const error = (reason: string) => {
        ctx.log.error('frequencies.txt', record.line, reason)
      }
      if (!state.trips.has(v.trip_id))
        ctx.log.warning('frequencies.txt', record.line, `trip_id ${JSON.stringify(v.trip_id)} is not in trips.txt`)
      const [start, end] = [parseGtfsTime(v.start_time), parseGtfsTime(v.end_time)]
      if (start === null || end === null) error(`start_time/end_time must be H:MM:SS: ${v.start_time}, ${v.end_time}`)
      else if (end <= start) error(`end_time ${v.end_time} is not after start_time ${v.start_time}`)
      if (!/^[1-9]\d*$/.test(v.headway_secs)) error('headway_secs must be a positive whole number of seconds')
      if (!['', '0', '1'].includes(v.exact_times)) error('exact_times must be empty, 0 or 1')
    }
  })
  await readTable(ctx, 'transfers.txt', (records, table) => {
    const columns = [
      'from_stop_id',
      'to_stop_id',
      'from_route_id',
      'to_route_id',
      'from_trip_id',
      'to_trip_id',
    ] as const
    const read = fieldReader(table, [...columns, 'transfer_type'])
    for (const record of records) {
      const v = read(record)
      for (const column of columns) {
        const ids = column.endsWith('stop_id') ? state.stops : column.endsWith('route_id') ? state.routes : state.trips
        if (v[column] && !ids.has(v[column]))
          ctx.log.warning('transfers.txt', record.line, `${column} ${JSON.stringify(v[column])} is not in the feed`)
      }
      if (!['', '0', '1', '2', '3', '4', '5'].includes(v.transfer_type))
        ctx.log.error('transfers.txt', record.line, `transfer_type ${JSON.stringify(v.transfer_type)} must be 0–5`)
    }
  })
}

/** Files the validator reads with checks of their own (validate-feed.ts); every other file is read here. */
export const CHECKED_FILES = new Set([
  'agency.txt',
  'agency_jp.txt',
  'stops.txt',
  'shapes.txt',
  'routes.txt',
  'routes_jp.txt',
  'office_jp.txt',
  'pattern_jp.txt',
  'calendar.txt',
  'calendar_dates.txt',
  'trips.txt',
  'stop_times.txt',
  'frequencies.txt',
  'transfers.txt',
  'fare_attributes.txt',
  'fare_rules.txt',
  'feed_info.txt',
  'translations.txt',
])

/**
 * Every other entry of the zip: GTFS files the importer keeps without checks (levels, pathways,
 * attributions) and extension files (rider categories, operators' own tables) are read and kept as they
 * are, named as warnings when not part of GTFS/GTFS-JP; entries that are not CSV tables are named as
 * not imported. Nothing is passed over in silence.
 */
export async function keepOtherFiles(ctx: FeedReadContext) {
  const known = Object.keys(FILE_SPECS)
  for (const name of ctx.archive.names) {
    if (CHECKED_FILES.has(name)) continue
    if (!isTableFile(name)) {
      ctx.log.warning(name, 0, 'is not a CSV table (.txt): not imported')
      continue
    }
    if (!FILE_SPECS[name]) {
      const meant = closestName(name, known)
      ctx.log.warning(
        name,
        0,
        meant && !ctx.archive.names.includes(meant)
          ? `is not a GTFS or GTFS-JP file: did you mean ${meant}? Kept as it is and re-exported under its own name`
          : 'is not a GTFS or GTFS-JP file: kept as it is and re-exported in the regional feed',
      )
    }
    await readTable(ctx, name, () => {})
  }
}
