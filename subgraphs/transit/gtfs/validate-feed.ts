import { csvHeader, csvRows, type CsvRow } from './csv-rows.js'
import { isCoordinate, isGtfsDate, isRouteType, parseGtfsTime } from './gtfs-values.js'
import type { ZipArchive } from './zip-archive.js'

export type Severity = 'ERROR' | 'WARNING'
export interface FeedProblem {
  file: string
  line: number
  severity: Severity
  reason: string
}

export interface FeedReport {
  problems: FeedProblem[]
  /** Problems beyond the first MAX_PROBLEMS are only counted. */
  errorCount: number
  warningCount: number
  rowCounts: Record<string, number>
}

const MAX_PROBLEMS = 1000
const REQUIRED_FILES = ['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'] as const
const REQUIRED_COLUMNS: Record<string, string[]> = {
  'agency.txt': ['agency_name', 'agency_url', 'agency_timezone'],
  'stops.txt': ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  'routes.txt': ['route_id', 'route_type'],
  'trips.txt': ['route_id', 'service_id', 'trip_id'],
  'stop_times.txt': ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
  'calendar.txt': [
    'service_id',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'start_date',
    'end_date',
  ],
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'feed_info.txt': ['feed_publisher_name', 'feed_publisher_url', 'feed_lang'],
  'shapes.txt': ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence'],
}
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/**
 * Validates a GTFS / GTFS-JP feed as the canonical validators do — errors make the feed unusable,
 * warnings do not — reading each file once, as a stream, in dependency order. Memory grows with the
 * number of ids (stops, routes, trips, services), never with the number of stop_times.
 */
export async function validateFeed(archive: ZipArchive): Promise<FeedReport> {
  const report: FeedReport = { problems: [], errorCount: 0, warningCount: 0, rowCounts: {} }
  const add = (file: string, line: number, severity: Severity, reason: string) => {
    if (severity === 'ERROR') report.errorCount++
    else report.warningCount++
    if (report.problems.length < MAX_PROBLEMS) report.problems.push({ file, line, severity, reason })
  }
  const has = (name: string) => archive.names.includes(name)
  for (const name of REQUIRED_FILES) if (!has(name)) add(name, 0, 'ERROR', 'required file is missing')
  if (!has('calendar.txt') && !has('calendar_dates.txt'))
    add('calendar.txt', 0, 'ERROR', 'calendar.txt or calendar_dates.txt is required')
  if (!has('feed_info.txt')) add('feed_info.txt', 0, 'WARNING', 'required by GTFS-JP (accepted as plain GTFS)')

  /** Streams one file's rows after checking its required columns; skips the file if a column is missing. */
  async function* rowsOf(name: string): AsyncGenerator<CsvRow> {
    if (!has(name)) return
    const header = await csvHeader(await archive.open(name))
    const missing = (REQUIRED_COLUMNS[name] ?? []).filter((column) => !header.includes(column))
    for (const column of missing) add(name, 1, 'ERROR', `required column ${column} is missing`)
    if (missing.length > 0) return
    let count = 0
    for await (const row of csvRows(await archive.open(name), (line, reason) => add(name, line, 'ERROR', reason))) {
      count++
      yield row
    }
    report.rowCounts[name] = count
  }
  const unique = (name: string, seen: Set<string>, id: string, row: CsvRow, column: string) => {
    if (id === '') add(name, row.line, 'ERROR', `${column} is empty`)
    else if (seen.has(id)) add(name, row.line, 'ERROR', `duplicate ${column} ${JSON.stringify(id)}`)
    else seen.add(id)
  }

  const agencies = new Set<string>()
  let agencyRows = 0
  for await (const row of rowsOf('agency.txt')) {
    agencyRows++
    if (row.values['agency_id']) unique('agency.txt', agencies, row.values['agency_id'], row, 'agency_id')
    if (!/^https?:\/\//.test(row.values['agency_url'] ?? ''))
      add('agency.txt', row.line, 'ERROR', 'agency_url must be an http(s) URL')
  }

  const stops = new Set<string>()
  const parentStations: { line: number; id: string }[] = []
  for await (const row of rowsOf('stops.txt')) {
    unique('stops.txt', stops, row.values['stop_id'] ?? '', row, 'stop_id')
    if (row.values['parent_station']) parentStations.push({ line: row.line, id: row.values['parent_station'] })
    if (!isOneOf(row.values['location_type'], ['0', '1', '2', '3', '4']))
      add('stops.txt', row.line, 'ERROR', `location_type ${JSON.stringify(row.values['location_type'])} must be 0–4`)
    const [lat, lon] = [row.values['stop_lat'] ?? '', row.values['stop_lon'] ?? '']
    if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180))
      add('stops.txt', row.line, 'ERROR', `stop_lat/stop_lon out of range: ${lat}, ${lon}`)
    else if (Number(lat) === 0 && Number(lon) === 0) add('stops.txt', row.line, 'WARNING', 'stop at 0,0')
  }

  // Parents may come after their children in the file: resolved once all stops are known.
  for (const parent of parentStations)
    if (!stops.has(parent.id))
      add('stops.txt', parent.line, 'ERROR', `parent_station ${JSON.stringify(parent.id)} is not in stops.txt`)

  const shapes = new Map<string, number>()
  for await (const row of rowsOf('shapes.txt')) {
    const [lat, lon, sequence] = [
      row.values['shape_pt_lat'] ?? '',
      row.values['shape_pt_lon'] ?? '',
      row.values['shape_pt_sequence'] ?? '',
    ]
    if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180))
      add('shapes.txt', row.line, 'ERROR', `shape_pt_lat/shape_pt_lon out of range: ${lat}, ${lon}`)
    if (!/^\d+$/.test(sequence))
      add('shapes.txt', row.line, 'ERROR', 'shape_pt_sequence must be a non-negative integer')
    const shape = row.values['shape_id'] ?? ''
    const previous = shapes.get(shape)
    if (previous !== undefined && Number(sequence) <= previous)
      add('shapes.txt', row.line, 'ERROR', `shape_pt_sequence ${sequence} does not increase within shape ${shape}`)
    shapes.set(shape, Number(sequence))
  }

  const routes = new Set<string>()
  for await (const row of rowsOf('routes.txt')) {
    unique('routes.txt', routes, row.values['route_id'] ?? '', row, 'route_id')
    if (!isRouteType(row.values['route_type'] ?? ''))
      add(
        'routes.txt',
        row.line,
        'ERROR',
        `route_type ${JSON.stringify(row.values['route_type'])} is not a GTFS route type`,
      )
    if (!row.values['route_short_name'] && !row.values['route_long_name'])
      add('routes.txt', row.line, 'ERROR', 'route_short_name or route_long_name is required')
    const agency = row.values['agency_id'] ?? ''
    if (agency ? !agencies.has(agency) : agencyRows > 1)
      add(
        'routes.txt',
        row.line,
        'ERROR',
        agency
          ? `agency_id ${JSON.stringify(agency)} is not in agency.txt`
          : 'agency_id is required when agency.txt has several agencies',
      )
  }

  const services = new Set<string>()
  for await (const row of rowsOf('calendar.txt')) {
    unique('calendar.txt', services, row.values['service_id'] ?? '', row, 'service_id')
    if (DAYS.some((day) => !['0', '1'].includes(row.values[day] ?? '')))
      add('calendar.txt', row.line, 'ERROR', 'day columns must be 0 or 1')
    const [start, end] = [row.values['start_date'] ?? '', row.values['end_date'] ?? '']
    if (!isGtfsDate(start) || !isGtfsDate(end))
      add('calendar.txt', row.line, 'ERROR', `start_date/end_date must be YYYYMMDD dates: ${start}, ${end}`)
    else if (start > end) add('calendar.txt', row.line, 'ERROR', `start_date ${start} is after end_date ${end}`)
  }
  const exceptionKeys = new Set<string>()
  for await (const row of rowsOf('calendar_dates.txt')) {
    const [service, date, type] = [
      row.values['service_id'] ?? '',
      row.values['date'] ?? '',
      row.values['exception_type'] ?? '',
    ]
    if (!isGtfsDate(date))
      add('calendar_dates.txt', row.line, 'ERROR', `date ${JSON.stringify(date)} is not a YYYYMMDD date`)
    if (type !== '1' && type !== '2')
      add(
        'calendar_dates.txt',
        row.line,
        'ERROR',
        `exception_type must be 1 (added) or 2 (removed), got ${JSON.stringify(type)}`,
      )
    if (exceptionKeys.has(`${service}|${date}`))
      add('calendar_dates.txt', row.line, 'ERROR', `duplicate exception for ${service} on ${date}`)
    exceptionKeys.add(`${service}|${date}`)
    services.add(service)
  }

  const trips = new Map<string, number>()
  for await (const row of rowsOf('trips.txt')) {
    const trip = row.values['trip_id'] ?? ''
    if (trip === '' || trips.has(trip))
      add(
        'trips.txt',
        row.line,
        'ERROR',
        trip === '' ? 'trip_id is empty' : `duplicate trip_id ${JSON.stringify(trip)}`,
      )
    else trips.set(trip, 0)
    if (!routes.has(row.values['route_id'] ?? ''))
      add('trips.txt', row.line, 'ERROR', `route_id ${JSON.stringify(row.values['route_id'])} is not in routes.txt`)
    if (!services.has(row.values['service_id'] ?? ''))
      add(
        'trips.txt',
        row.line,
        'ERROR',
        `service_id ${JSON.stringify(row.values['service_id'])} is in neither calendar.txt nor calendar_dates.txt`,
      )
    const shape = row.values['shape_id'] ?? ''
    if (shape !== '' && !shapes.has(shape))
      add('trips.txt', row.line, 'ERROR', `shape_id ${JSON.stringify(shape)} is not in shapes.txt`)
    if (!isOneOf(row.values['direction_id'], ['0', '1']))
      add('trips.txt', row.line, 'ERROR', `direction_id ${JSON.stringify(row.values['direction_id'])} must be 0 or 1`)
  }

  // Per trip: the last stop_sequence and time seen, to check order without holding the rows.
  const lastOfTrip = new Map<string, { sequence: number; time: number }>()
  for await (const row of rowsOf('stop_times.txt')) {
    const trip = row.values['trip_id'] ?? ''
    if (!trips.has(trip))
      add('stop_times.txt', row.line, 'ERROR', `trip_id ${JSON.stringify(trip)} is not in trips.txt`)
    else trips.set(trip, (trips.get(trip) ?? 0) + 1)
    if (!stops.has(row.values['stop_id'] ?? ''))
      add('stop_times.txt', row.line, 'ERROR', `stop_id ${JSON.stringify(row.values['stop_id'])} is not in stops.txt`)
    const sequence = Number(row.values['stop_sequence'])
    if (!/^\d+$/.test(row.values['stop_sequence'] ?? ''))
      add('stop_times.txt', row.line, 'ERROR', 'stop_sequence must be a non-negative integer')
    for (const field of ['pickup_type', 'drop_off_type']) {
      if (!isOneOf(row.values[field], ['0', '1', '2', '3']))
        add('stop_times.txt', row.line, 'ERROR', `${field} ${JSON.stringify(row.values[field])} must be 0–3`)
    }
    if (row.values['shape_dist_traveled'] && !Number.isFinite(Number(row.values['shape_dist_traveled'])))
      add('stop_times.txt', row.line, 'ERROR', 'shape_dist_traveled must be a number')
    const [arrivalText, departureText] = [row.values['arrival_time'] ?? '', row.values['departure_time'] ?? '']
    const arrival = arrivalText === '' ? null : parseGtfsTime(arrivalText)
    const departure = departureText === '' ? null : parseGtfsTime(departureText)
    if ((arrivalText !== '' && arrival === null) || (departureText !== '' && departure === null)) {
      add(
        'stop_times.txt',
        row.line,
        'ERROR',
        `times must be H:MM:SS (past 24:00:00 allowed): ${arrivalText}, ${departureText}`,
      )
      continue
    }
    if (arrival !== null && departure !== null && departure < arrival)
      add('stop_times.txt', row.line, 'ERROR', `departure_time ${departureText} is before arrival_time ${arrivalText}`)
    const previous = lastOfTrip.get(trip)
    const time = arrival ?? departure
    if (previous && sequence <= previous.sequence)
      add('stop_times.txt', row.line, 'ERROR', `stop_sequence ${sequence} does not increase within trip ${trip}`)
    else if (previous && time !== null && time < previous.time)
      add(
        'stop_times.txt',
        row.line,
        'ERROR',
        `time ${arrivalText || departureText} goes back in time within trip ${trip}`,
      )
    if (Number.isFinite(sequence)) lastOfTrip.set(trip, { sequence, time: time ?? previous?.time ?? 0 })
  }
  for (const [trip, count] of trips)
    if (count < 2) add('trips.txt', 0, 'WARNING', `trip ${trip} has ${count} stop_times: riders cannot use it`)

  let feedInfoRows = 0
  for await (const row of rowsOf('feed_info.txt')) {
    if (!/^https?:\/\//.test(row.values['feed_publisher_url'] ?? ''))
      add('feed_info.txt', row.line, 'ERROR', 'feed_publisher_url must be an http(s) URL')
    for (const field of ['feed_start_date', 'feed_end_date']) {
      if (row.values[field] && !isGtfsDate(row.values[field] ?? ''))
        add('feed_info.txt', row.line, 'ERROR', `${field} must be a YYYYMMDD date`)
    }
    if (++feedInfoRows > 1) add('feed_info.txt', row.line, 'ERROR', 'feed_info.txt must have exactly one row')
  }
  return report
}

/** An optional enumerated field: empty, or one of the allowed values. */
const isOneOf = (value: string | undefined, allowed: readonly string[]) =>
  value === undefined || value === '' || allowed.includes(value)

/** `file:line: reason` lines, errors first, the way validators print them. */
export const formatProblems = (problems: readonly FeedProblem[]) =>
  [...problems]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1))
    .map((p) => `${p.severity.toLowerCase()}: ${p.file}:${p.line}: ${p.reason}`)
