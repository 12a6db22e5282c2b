import { isGtfsDate, parseGtfsTime } from '../gtfs/gtfs-values.js'

/**
 * How each GTFS file lands in its table: the columns COPY fills and the mapping of one CSV row to
 * them. Only runs after the feed validated, so values here are known to be well-formed.
 */
export interface GtfsTable {
  file: string
  table: string
  columns: string[]
  row: (values: Record<string, string>) => (string | number | null)[]
}

const isoDate = (gtfs: string) => (isGtfsDate(gtfs) ? `${gtfs.slice(0, 4)}-${gtfs.slice(4, 6)}-${gtfs.slice(6, 8)}` : null)
const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value)
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

export const GTFS_TABLES: GtfsTable[] = [
  {
    file: 'stops.txt',
    table: 'transit.gtfs_stop',
    columns: ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
    row: (v) => [v['stop_id'] ?? '', v['stop_name'] ?? '', Number(v['stop_lat']), Number(v['stop_lon'])],
  },
  {
    file: 'routes.txt',
    table: 'transit.gtfs_route',
    columns: ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'],
    row: (v) => [v['route_id'] ?? '', orNull(v['agency_id']), orNull(v['route_short_name']), orNull(v['route_long_name']), Number(v['route_type'])],
  },
  {
    file: 'trips.txt',
    table: 'transit.gtfs_trip',
    columns: ['trip_id', 'route_id', 'service_id', 'trip_headsign'],
    row: (v) => [v['trip_id'] ?? '', v['route_id'] ?? '', v['service_id'] ?? '', orNull(v['trip_headsign'])],
  },
  {
    file: 'stop_times.txt',
    table: 'transit.gtfs_stop_time',
    columns: ['trip_id', 'stop_sequence', 'stop_id', 'arrival_seconds', 'departure_seconds'],
    row: (v) => [
      v['trip_id'] ?? '',
      Number(v['stop_sequence']),
      v['stop_id'] ?? '',
      parseGtfsTime(v['arrival_time'] ?? ''),
      parseGtfsTime(v['departure_time'] ?? ''),
    ],
  },
  {
    file: 'calendar.txt',
    table: 'transit.gtfs_calendar',
    columns: ['service_id', 'weekdays', 'start_date', 'end_date'],
    row: (v) => [v['service_id'] ?? '', `{${DAYS.map((day) => (v[day] === '1' ? 't' : 'f')).join(',')}}`, isoDate(v['start_date'] ?? ''), isoDate(v['end_date'] ?? '')],
  },
  {
    file: 'calendar_dates.txt',
    table: 'transit.gtfs_calendar_date',
    columns: ['service_id', 'date', 'exception_type'],
    row: (v) => [v['service_id'] ?? '', isoDate(v['date'] ?? ''), Number(v['exception_type'])],
  },
]
