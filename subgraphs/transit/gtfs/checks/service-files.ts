import type { CsvRecord } from '../csv-rows.js'
import { columnOf, readTable, type FeedReadContext, type TableFile } from '../feed-reader.js'
import { isGtfsDate, parseGtfsTime } from '../gtfs-values.js'
import { checkUnique, fieldReader, isHttpUrl, isOneOf, type FeedState } from './feed-state.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** calendar.txt and calendar_dates.txt: the services trips may run on. */
export async function checkCalendars(ctx: FeedReadContext, state: FeedState) {
  await readTable(ctx, 'calendar.txt', (records, table) => {
    const read = fieldReader(table, ['service_id', 'start_date', 'end_date', ...DAYS])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, 'calendar.txt', state.services, v.service_id, record.line, 'service_id')
      if (DAYS.some((day) => v[day] !== '0' && v[day] !== '1'))
        ctx.log.error('calendar.txt', record.line, 'day columns must be 0 or 1')
      if (!isGtfsDate(v.start_date) || !isGtfsDate(v.end_date))
        ctx.log.error(
          'calendar.txt',
          record.line,
          `start_date/end_date must be YYYYMMDD dates: ${v.start_date}, ${v.end_date}`,
        )
      else if (v.start_date > v.end_date)
        ctx.log.error('calendar.txt', record.line, `start_date ${v.start_date} is after end_date ${v.end_date}`)
    }
  })
  const exceptions = new Set<string>()
  const file = 'calendar_dates.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['service_id', 'date', 'exception_type'])
    for (const record of records) {
      const v = read(record)
      if (!isGtfsDate(v.date)) ctx.log.error(file, record.line, `date ${JSON.stringify(v.date)} is not a YYYYMMDD date`)
      if (v.exception_type !== '1' && v.exception_type !== '2')
        ctx.log.error(
          file,
          record.line,
          `exception_type must be 1 (added) or 2 (removed), got ${JSON.stringify(v.exception_type)}`,
        )
      const key = `${v.service_id}|${v.date}`
      if (exceptions.has(key)) ctx.log.error(file, record.line, `duplicate exception for ${v.service_id} on ${v.date}`)
      exceptions.add(key)
      state.services.add(v.service_id)
    }
  })
}

/** A GTFS-JP reference from trips.txt to office_jp.txt or pattern_jp.txt: dangling ones are warnings. */
function checkJpReference(ctx: FeedReadContext, line: number, column: string, id: string, ids: Set<string> | null) {
  if (id === '' || ids?.has(id)) return
  const file = column === 'jp_office_id' ? 'office_jp.txt' : 'pattern_jp.txt'
  ctx.log.warning('trips.txt', line, `${column} ${JSON.stringify(id)} is not in ${file}`)
}

/** trips.txt: ids and references to routes, services, shapes and the GTFS-JP office and pattern files. */
export async function checkTrips(ctx: FeedReadContext, state: FeedState) {
  const file = 'trips.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, [
      'trip_id',
      'route_id',
      'service_id',
      'shape_id',
      'direction_id',
      'trip_headsign',
      'jp_office_id',
      'jp_pattern_id',
    ])
    for (const record of records) {
      const v = read(record)
      if (v.trip_id === '' || state.trips.has(v.trip_id))
        ctx.log.error(
          file,
          record.line,
          v.trip_id === '' ? 'trip_id is empty' : `duplicate trip_id ${JSON.stringify(v.trip_id)}`,
        )
      else state.trips.set(v.trip_id, state.trips.size)
      state.names.add(v.trip_headsign)
      if (!state.routes.has(v.route_id))
        ctx.log.error(file, record.line, `route_id ${JSON.stringify(v.route_id)} is not in routes.txt`)
      if (!state.services.has(v.service_id))
        ctx.log.error(
          file,
          record.line,
          `service_id ${JSON.stringify(v.service_id)} is in neither calendar.txt nor calendar_dates.txt`,
        )
      if (v.shape_id !== '' && !state.shapes.has(v.shape_id))
        ctx.log.error(file, record.line, `shape_id ${JSON.stringify(v.shape_id)} is not in shapes.txt`)
      if (!isOneOf(v.direction_id, ['0', '1']))
        ctx.log.error(file, record.line, `direction_id ${JSON.stringify(v.direction_id)} must be 0 or 1`)
      checkJpReference(ctx, record.line, 'jp_office_id', v.jp_office_id, state.offices)
      checkJpReference(ctx, record.line, 'jp_pattern_id', v.jp_pattern_id, state.patterns)
    }
  })
}

const PICKUP_TYPES = ['0', '1', '2', '3']

interface TripOrder {
  sequence: number
  time: number
}

/**
 * The per-trip state of the stop_times check: each trip's row count and last stop_sequence and time, in typed arrays
 * indexed by the trip's index in trips.txt (`state.trips`). A 5M-row feed has ~100k trips: an object and a map entry
 * per trip, made while the rows stream by, lived for the whole file and so were all promoted to the old generation,
 * where they stayed as garbage after the import until a full GC (typed arrays are one allocation each, off the heap).
 * Rows come grouped by trip in practice: while the trip stays the one of the row before, its index is at hand (no
 * map lookup per row). Trips not in trips.txt (each row of them is an error already) keep their order in a map.
 */
function tripRuns(state: FeedState) {
  const trips = state.trips.size
  const counts = new Int32Array(trips)
  const sequences = new Float64Array(trips)
  const times = new Float64Array(trips)
  const started = new Uint8Array(trips)
  const unknown = new Map<string, TripOrder>()
  let trip: string | undefined
  let index = -1
  let order: TripOrder | undefined
  return {
    /** Stop_times counted per trip in trips.txt order. */
    counts,
    /** Counts a row of `tripId`; whether trips.txt has the trip. */
    enter: (tripId: string): boolean => {
      if (tripId !== trip) {
        trip = tripId
        index = state.trips.get(tripId) ?? -1
        order = index < 0 ? unknown.get(tripId) : undefined
      }
      if (index < 0) return false
      counts[index] = (counts[index] ?? 0) + 1
      return true
    },
    /** Whether a row of the trip entered last was ordered before; then its stop_sequence and time are the last. */
    started: () => (index < 0 ? order !== undefined : started[index] === 1),
    lastSequence: () => (index < 0 ? (order?.sequence ?? 0) : (sequences[index] ?? 0)),
    lastTime: () => (index < 0 ? (order?.time ?? 0) : (times[index] ?? 0)),
    /** Records the ordered row just checked as the trip's last. */
    advance: (tripId: string, sequence: number, time: number) => {
      if (index >= 0) {
        started[index] = 1
        sequences[index] = sequence
        times[index] = time
      } else if (order) {
        order.sequence = sequence
        order.time = time
      } else {
        order = { sequence, time }
        unknown.set(tripId, order)
      }
    },
  }
}

const STOP_TIME_COLUMNS = [
  'trip_id',
  'stop_id',
  'stop_sequence',
  'arrival_time',
  'departure_time',
  'pickup_type',
  'drop_off_type',
  'shape_dist_traveled',
  'stop_headsign',
] as const

/** The checks of one stop_times row's own fields (references and values), by column index. */
function stopTimeFieldChecker(ctx: FeedReadContext, state: FeedState, table: TableFile) {
  const [, stop, sequence, , , pickup, dropOff, distance, headsign] = STOP_TIME_COLUMNS.map((name) =>
    columnOf(table, name),
  )
  const error = (line: number, reason: string) => {
    ctx.log.error('stop_times.txt', line, reason)
  }
  return (f: string[], line: number) => {
    if (!state.stops.has(f[stop ?? -1] ?? ''))
      error(line, `stop_id ${JSON.stringify(f[stop ?? -1])} is not in stops.txt`)
    if (!/^\d+$/.test(f[sequence ?? -1] ?? '')) error(line, 'stop_sequence must be a non-negative integer')
    if (!isOneOf(f[pickup ?? -1], PICKUP_TYPES))
      error(line, `pickup_type ${JSON.stringify(f[pickup ?? -1])} must be 0–3`)
    if (!isOneOf(f[dropOff ?? -1], PICKUP_TYPES))
      error(line, `drop_off_type ${JSON.stringify(f[dropOff ?? -1])} must be 0–3`)
    const distanceText = f[distance ?? -1] ?? ''
    if (distanceText && !Number.isFinite(Number(distanceText))) error(line, 'shape_dist_traveled must be a number')
    const headsignText = f[headsign ?? -1]
    if (headsignText) state.names.add(headsignText)
  }
}

/**
 * Checks stop_times.txt rows by column index (a million rows: no object per row). Per trip only the
 * last stop_sequence and time are kept, to check order without holding the rows.
 */
function stopTimeChecker(ctx: FeedReadContext, state: FeedState, table: TableFile) {
  const [trip, , sequence, arrival, departure] = STOP_TIME_COLUMNS.map((name) => columnOf(table, name))
  const checkFields = stopTimeFieldChecker(ctx, state, table)
  const runs = tripRuns(state)
  const error = (line: number, reason: string) => {
    ctx.log.error('stop_times.txt', line, reason)
  }
  const check = (record: CsvRecord) => {
    const f = record.fields
    const tripId = f[trip ?? -1] ?? ''
    if (!runs.enter(tripId)) error(record.line, `trip_id ${JSON.stringify(tripId)} is not in trips.txt`)
    checkFields(f, record.line)
    const arrivalText = f[arrival ?? -1] ?? ''
    const departureText = f[departure ?? -1] ?? ''
    const arrivalAt = arrivalText === '' ? null : parseGtfsTime(arrivalText)
    // Most rows arrive and depart at the same time: parsed once.
    const departureAt =
      departureText === '' ? null : departureText === arrivalText ? arrivalAt : parseGtfsTime(departureText)
    if ((arrivalText !== '' && arrivalAt === null) || (departureText !== '' && departureAt === null)) {
      error(record.line, `times must be H:MM:SS (past 24:00:00 allowed): ${arrivalText}, ${departureText}`)
      return
    }
    if (arrivalAt !== null && departureAt !== null && departureAt < arrivalAt)
      error(record.line, `departure_time ${departureText} is before arrival_time ${arrivalText}`)
    const started = runs.started()
    const time = arrivalAt ?? departureAt
    const order = Number(f[sequence ?? -1] ?? '')
    if (started && order <= runs.lastSequence())
      error(record.line, `stop_sequence ${order} does not increase within trip ${tripId}`)
    else if (started && time !== null && time < runs.lastTime())
      error(record.line, `time ${arrivalText || departureText} goes back in time within trip ${tripId}`)
    if (!Number.isFinite(order)) return
    runs.advance(tripId, order, time ?? (started ? runs.lastTime() : 0))
  }
  return { check, counts: runs.counts }
}

export async function checkStopTimes(ctx: FeedReadContext, state: FeedState) {
  let checker: ReturnType<typeof stopTimeChecker> | undefined
  await readTable(ctx, 'stop_times.txt', (records, table) => {
    checker ??= stopTimeChecker(ctx, state, table)
    for (const record of records) checker.check(record)
  })
  const counts = checker?.counts
  for (const [trip, index] of state.trips) {
    const count = counts?.[index] ?? 0
    if (count < 2) ctx.log.warning('trips.txt', 0, `trip ${trip} has ${count} stop_times: riders cannot use it`)
  }
}

/** feed_info.txt: one row, the publisher's URL and the dates (GTFS-JP asks for them). */
export async function checkFeedInfo(ctx: FeedReadContext, state: FeedState) {
  let rows = 0
  const file = 'feed_info.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['feed_publisher_url', 'feed_start_date', 'feed_end_date', 'feed_publisher_name'])
    for (const record of records) {
      const v = read(record)
      state.names.add(v.feed_publisher_name)
      if (!isHttpUrl(v.feed_publisher_url))
        ctx.log.error(file, record.line, 'feed_publisher_url must be an http(s) URL')
      for (const field of ['feed_start_date', 'feed_end_date'] as const)
        if (v[field] && !isGtfsDate(v[field])) ctx.log.error(file, record.line, `${field} must be a YYYYMMDD date`)
      if (++rows > 1) ctx.log.error(file, record.line, 'feed_info.txt must have exactly one row')
    }
  })
}
