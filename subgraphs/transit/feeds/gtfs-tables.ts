import { isGtfsDate, parseGtfsTime } from '../gtfs/gtfs-values.js'

type Value = string | number | null

/**
 * How each GTFS file lands in its table: the columns COPY fills and the mapping of one CSV row to
 * them. Only runs after the feed validated, so values here are known to be well-formed. Columns
 * named like the GTFS field take the text as it is (empty = NULL); the rest are converted.
 */
export interface GtfsTable {
  file: string
  table: string
  columns: string[]
  row: (values: Record<string, string>, line: number) => Value[]
}

export const isoDate = (gtfs: string | undefined) =>
  gtfs !== undefined && isGtfsDate(gtfs) ? `${gtfs.slice(0, 4)}-${gtfs.slice(4, 6)}-${gtfs.slice(6, 8)}` : null
const text = (value: string | undefined) => (value === undefined || value === '' ? null : value)
const number = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value))
const AGENCY_FIELDS = [
  'agency_name',
  'agency_url',
  'agency_timezone',
  'agency_lang',
  'agency_phone',
  'agency_fare_url',
  'agency_email',
]
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** A table whose columns are GTFS fields: text as it is, or numbers for the listed fields. */
function fieldTable(file: string, table: string, fields: { text?: string[]; number?: string[] }): GtfsTable {
  const numeric = new Set(fields.number ?? [])
  const columns = [...(fields.text ?? []), ...(fields.number ?? [])]
  return {
    file,
    table,
    columns,
    row: (v) => columns.map((column) => (numeric.has(column) ? number(v[column]) : text(v[column]))),
  }
}

export const GTFS_TABLES: GtfsTable[] = [
  {
    // A single agency may omit agency_id; '' keeps it addressable in the primary key.
    file: 'agency.txt',
    table: 'transit.gtfs_agency',
    columns: ['agency_id', ...AGENCY_FIELDS],
    row: (v) => [v['agency_id'] ?? '', ...AGENCY_FIELDS.map((field) => text(v[field]))],
  },
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
  {
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
    row: (v) => [
      v['trip_id'] ?? '',
      Number(v['stop_sequence']),
      v['stop_id'] ?? '',
      parseGtfsTime(v['arrival_time'] ?? ''),
      parseGtfsTime(v['departure_time'] ?? ''),
      text(v['stop_headsign']),
      number(v['pickup_type']),
      number(v['drop_off_type']),
      number(v['shape_dist_traveled']),
    ],
  },
  {
    file: 'calendar.txt',
    table: 'transit.gtfs_calendar',
    columns: ['service_id', 'weekdays', 'start_date', 'end_date'],
    row: (v) => [
      v['service_id'] ?? '',
      `{${DAYS.map((day) => (v[day] === '1' ? 't' : 'f')).join(',')}}`,
      isoDate(v['start_date']),
      isoDate(v['end_date']),
    ],
  },
  {
    file: 'calendar_dates.txt',
    table: 'transit.gtfs_calendar_date',
    columns: ['service_id', 'date', 'exception_type'],
    row: (v) => [v['service_id'] ?? '', isoDate(v['date']), Number(v['exception_type'])],
  },
  fieldTable('shapes.txt', 'transit.gtfs_shape', {
    text: ['shape_id'],
    number: ['shape_pt_sequence', 'shape_pt_lat', 'shape_pt_lon', 'shape_dist_traveled'],
  }),
  {
    file: 'feed_info.txt',
    table: 'transit.gtfs_feed_info',
    columns: [
      'line',
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
    ],
    row: (v, line) => [
      line,
      v['feed_publisher_name'] ?? '',
      v['feed_publisher_url'] ?? '',
      v['feed_lang'] ?? '',
      isoDate(v['feed_start_date']),
      isoDate(v['feed_end_date']),
      text(v['feed_version']),
    ],
  },
]
