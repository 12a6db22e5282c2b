import { csvField } from '../../../lib/text/csv-field.js'
import { isGtfsDate, parseGtfsTime } from '../gtfs/gtfs-values.js'

export type Value = string | number | null

/**
 * How each modelled GTFS file lands in its table: the columns COPY fills and how one CSV record (by
 * column index) maps to them. Rows only reach COPY once validation found no error up to them, so
 * values here are well-formed. Columns named like the GTFS field take the text as it is (empty =
 * NULL); the rest are converted. Columns of the file the table does not model go to `extra`.
 */
export type GtfsTable = StagedTable | PartitionedTable

interface GtfsTableShape {
  file: string
  table: string
  /** The table's columns for the file's own fields (feed_version_id and extra are added around them). */
  columns: readonly string[]
  /** GTFS columns this table models (the rest of a file's header goes to `extra`). */
  modelled: readonly string[]
}

/** A table loaded through a temporary stage (row-level security checks the INSERT … SELECT from it). */
interface StagedTable extends GtfsTableShape {
  /** Builds the row mapper for a file with this header. */
  mapper: (at: (column: string) => number) => (fields: string[], line: number) => Value[]
  csvLine?: never
}

/**
 * The partitioned table (one partition per feed version, COPYed into directly, migration 0124; the others go
 * through a stage).
 */
interface PartitionedTable extends GtfsTableShape {
  /**
   * Builds a writer of one record's COPY CSV line (the columns, then `extra`; no feed_version_id, which the version's
   * table has as its default), straight from the fields with no array per row.
   */
  csvLine: (at: (column: string) => number) => (fields: string[], extra: string | null) => string
  mapper?: never
}

/** A text value as a COPY CSV field: NULL is an empty unquoted field, '' a quoted empty one. */
export const csvText = (value: string | null | undefined): string =>
  value === null || value === undefined ? '' : value === '' ? '""' : csvField(value)
/** A number as a COPY CSV field (NULL when absent). */
const csvNumber = (value: number | null) => (value === null ? '' : String(value))
/**
 * One row's values as COPY CSV fields joined by commas, no newline. Hand-written because it runs per row of a
 * million-row feed: csv-stringify costs several times more here.
 */
export function csvFields(values: readonly Value[]): string {
  let out = ''
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (i > 0) out += ','
    if (value === null || value === undefined) continue
    out += typeof value === 'number' ? String(value) : csvText(value)
  }
  return out
}

export const isoDate = (gtfs: string | undefined) =>
  gtfs !== undefined && isGtfsDate(gtfs) ? `${gtfs.slice(0, 4)}-${gtfs.slice(4, 6)}-${gtfs.slice(6, 8)}` : null
const text = (value: string | undefined) => (value === undefined || value === '' ? null : value)
const number = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value))
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** A table whose columns are GTFS fields: text as it is, or numbers for the listed fields. */
function fieldTable(file: string, table: string, fields: { text: string[]; number?: string[] }): GtfsTable {
  const numeric = new Set(fields.number ?? [])
  const columns = [...fields.text, ...(fields.number ?? [])]
  return {
    file,
    table,
    columns,
    modelled: columns,
    mapper: (at) => {
      const indexes = columns.map(at)
      return (f) => columns.map((column, i) => (numeric.has(column) ? number : text)(f[indexes[i] ?? -1]))
    },
  }
}

const AGENCY_FIELDS = [
  'agency_name',
  'agency_url',
  'agency_timezone',
  'agency_lang',
  'agency_phone',
  'agency_fare_url',
  'agency_email',
]

const agencyTable: GtfsTable = {
  // A single agency may omit agency_id; '' keeps it addressable in the primary key.
  file: 'agency.txt',
  table: 'transit.gtfs_agency',
  columns: ['agency_id', ...AGENCY_FIELDS],
  modelled: ['agency_id', ...AGENCY_FIELDS],
  mapper: (at) => {
    const [id, ...rest] = ['agency_id', ...AGENCY_FIELDS].map(at)
    // NOT NULL columns take '' as it is: validation has checked the ones that must not be empty.
    return (f) => [f[id ?? -1] ?? '', ...rest.map((index, i) => (i < 3 ? (f[index] ?? '') : text(f[index])))]
  },
}

const STOP_TIME_FIELDS = [
  'trip_id',
  'stop_sequence',
  'stop_id',
  'arrival_time',
  'departure_time',
  'stop_headsign',
  'pickup_type',
  'drop_off_type',
  'shape_dist_traveled',
]
const stopTimeTable: PartitionedTable = {
  file: 'stop_times.txt',
  table: 'transit.gtfs_stop_time',
  columns: [
    'trip_id',
    'stop_sequence',
    'stop_id',
    'arrival_seconds',
    'departure_seconds',
    'stop_headsign',
    'pickup_type',
    'drop_off_type',
    'shape_dist_traveled',
  ],
  modelled: STOP_TIME_FIELDS,
  // Validation has checked the numbers and times before a row gets here: they are written as read (times in seconds).
  csvLine: (at) => {
    const [trip, sequence, stop, arrival, departure, headsign, pickup, dropOff, distance] = STOP_TIME_FIELDS.map(at)
    return (f, extra) => {
      const arrivalText = f[arrival ?? -1] ?? ''
      const departureText = f[departure ?? -1] ?? ''
      const arrivalSeconds = csvNumber(parseGtfsTime(arrivalText))
      // Most rows arrive and depart at the same time: parsed once.
      const departureSeconds = departureText === arrivalText ? arrivalSeconds : csvNumber(parseGtfsTime(departureText))
      return (
        `${csvText(f[trip ?? -1] ?? '')},${csvNumber(Number(f[sequence ?? -1]))},${csvText(f[stop ?? -1] ?? '')},` +
        `${arrivalSeconds},${departureSeconds},` +
        `${csvText(text(f[headsign ?? -1]))},${csvNumber(number(f[pickup ?? -1]))},` +
        `${csvNumber(number(f[dropOff ?? -1]))},${csvNumber(number(f[distance ?? -1]))},${csvText(extra)}\n`
      )
    }
  },
}

const calendarTable: GtfsTable = {
  file: 'calendar.txt',
  table: 'transit.gtfs_calendar',
  columns: ['service_id', 'weekdays', 'start_date', 'end_date'],
  modelled: ['service_id', ...DAYS, 'start_date', 'end_date'],
  mapper: (at) => {
    const [service, start, end, ...days] = ['service_id', 'start_date', 'end_date', ...DAYS].map(at)
    return (f) => [
      f[service ?? -1] ?? '',
      `{${days.map((index) => (f[index] === '1' ? 't' : 'f')).join(',')}}`,
      isoDate(f[start ?? -1]),
      isoDate(f[end ?? -1]),
    ]
  },
}

const calendarDateTable: GtfsTable = {
  file: 'calendar_dates.txt',
  table: 'transit.gtfs_calendar_date',
  columns: ['service_id', 'date', 'exception_type'],
  modelled: ['service_id', 'date', 'exception_type'],
  mapper: (at) => {
    const [service, date, type] = ['service_id', 'date', 'exception_type'].map(at)
    return (f) => [f[service ?? -1] ?? '', isoDate(f[date ?? -1]), Number(f[type ?? -1])]
  },
}

const FEED_INFO_FIELDS = ['feed_publisher_name', 'feed_publisher_url', 'feed_lang']
const FEED_INFO_DATES = ['feed_start_date', 'feed_end_date']
const feedInfoTable: GtfsTable = {
  file: 'feed_info.txt',
  table: 'transit.gtfs_feed_info',
  columns: ['line', ...FEED_INFO_FIELDS, ...FEED_INFO_DATES, 'feed_version'],
  modelled: [...FEED_INFO_FIELDS, ...FEED_INFO_DATES, 'feed_version'],
  mapper: (at) => {
    const fields = FEED_INFO_FIELDS.map(at)
    const dates = FEED_INFO_DATES.map(at)
    const version = at('feed_version')
    return (f, line) => [
      line,
      ...fields.map((index) => f[index] ?? ''),
      ...dates.map((index) => isoDate(f[index])),
      text(f[version]),
    ]
  },
}

export const GTFS_TABLES: GtfsTable[] = [
  agencyTable,
  fieldTable('stops.txt', 'transit.gtfs_stop', {
    text: ['stop_id', 'stop_code', 'stop_name', 'stop_desc', 'zone_id', 'parent_station', 'platform_code'],
    number: ['stop_lat', 'stop_lon', 'location_type', 'wheelchair_boarding'],
  }),
  fieldTable('routes.txt', 'transit.gtfs_route', {
    text: [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_desc',
      'route_url',
      'route_color',
      'route_text_color',
    ],
    number: ['route_type'],
  }),
  fieldTable('trips.txt', 'transit.gtfs_trip', {
    text: ['trip_id', 'route_id', 'service_id', 'trip_headsign', 'trip_short_name', 'block_id', 'shape_id'],
    number: ['direction_id'],
  }),
  stopTimeTable,
  calendarTable,
  calendarDateTable,
  fieldTable('shapes.txt', 'transit.gtfs_shape', {
    text: ['shape_id'],
    number: ['shape_pt_sequence', 'shape_pt_lat', 'shape_pt_lon', 'shape_dist_traveled'],
  }),
  feedInfoTable,
]

export const gtfsTableOf = (file: string) => GTFS_TABLES.find((table) => table.file === file)
