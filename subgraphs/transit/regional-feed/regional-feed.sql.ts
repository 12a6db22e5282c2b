/**
 * The SELECTs of the merged regional GTFS-JP feed, over the ACTIVE version of every operator: fixed
 * SQL text, nothing from data in it (COPY takes no bind parameters, so what varies per run — the
 * publisher, the file being read — is passed with set_config() as parameters and read back with
 * current_setting()). Ids that feeds may share get the source's prefix (transit.feed_prefix), so the
 * merged feed is valid by the same validator and re-importable. Rows are ordered so the same data
 * always gives the same bytes.
 */

export const SOURCES = `sources AS (
  SELECT v.id AS version_id, transit.feed_prefix(v.municipality_code, v.operator_id) AS prefix
  FROM transit.feed_version v WHERE v.status = 'ACTIVE'
)`
const id = (column: string) => `CASE WHEN ${column} IS NULL OR ${column} = '' THEN NULL ELSE p.prefix || ${column} END`
const gtfsDate = (column: string) => `to_char(${column}, 'YYYYMMDD')`
/**
 * H:MM:SS past midnight as GTFS writes it (`25:01:01` after midnight): an interval of seconds prints exactly that
 * under IntervalStyle `postgres` (set for the feed's transaction), at half the cost of transit.gtfs_time()'s three
 * lpad()s — a million stop_times format two times each.
 */
const gtfsTime = (column: string) => `(${column} * interval '1 second')::text`

/** The settings the publisher's values travel in (set with parameters before the COPYs). */
export const SETTINGS = {
  publisherName: 'transit.regional_publisher_name',
  publisherUrl: 'transit.regional_publisher_url',
  version: 'transit.regional_feed_version',
  keptFile: 'transit.regional_kept_file',
  /** The source (feed version) a per-source file is being read for, and its prefix. */
  source: 'transit.regional_source',
  sourcePrefix: 'transit.regional_source_prefix',
} as const

/** The sources in the order their rows follow each other in every file (the prefix starts each row's id). */
export const SOURCES_IN_ORDER_SQL = `WITH ${SOURCES} SELECT version_id, prefix FROM sources ORDER BY prefix`

/** One modelled file: its columns, and the table alias whose `extra` holds the file's other columns. */
export interface ModelledFileSql {
  name: string
  /** Header of the modelled columns, in output order. */
  header: string[]
  /** `SELECT <select> <from> ORDER BY <order>`. */
  select: string
  from: string
  order: string
  /** The alias of the row's table (its `extra` column), or null for the merged feed_info. */
  alias: string | null
  /**
   * Set for a file read source by source, one COPY each in SOURCES_IN_ORDER_SQL's order (stop_times: a million
   * rows): `FROM` one source's rows and their `ORDER BY` within it, which the table's index gives without a sort.
   * `p.prefix` in `select` is then the source's prefix (a setting read once per COPY).
   */
  bySource?: { from: string; order: string }
}

/** In a per-source COPY, `p.prefix` is the source's prefix: an InitPlan, evaluated once, not once per row. */
const SOURCE_PREFIX = `(SELECT current_setting('${SETTINGS.sourcePrefix}'))`

/** The full SELECT of a file; with `extras`, the source's prefix and the row's extra columns follow. */
export function selectOf(file: ModelledFileSql, extras: boolean) {
  const extraColumns = extras && file.alias ? `, p.prefix, ${file.alias}.extra::text` : ''
  if (file.bySource) {
    const columns = `${file.select}${extraColumns}`.replaceAll('p.prefix', SOURCE_PREFIX)
    return `SELECT ${columns} ${file.bySource.from} ORDER BY ${file.bySource.order}`
  }
  return `WITH ${SOURCES} SELECT ${file.select}${extraColumns} ${file.from} ORDER BY ${file.order}`
}

export const MODELLED_FILES_SQL: ModelledFileSql[] = [
  {
    name: 'agency.txt',
    header: [
      'agency_id',
      'agency_name',
      'agency_url',
      'agency_timezone',
      'agency_lang',
      'agency_phone',
      'agency_fare_url',
      'agency_email',
    ],
    select: `p.prefix || coalesce(nullif(a.agency_id, ''), 'agency'), a.agency_name, a.agency_url, a.agency_timezone,
             a.agency_lang, a.agency_phone, a.agency_fare_url, a.agency_email`,
    from: 'FROM sources p JOIN transit.gtfs_agency a ON a.feed_version_id = p.version_id',
    order: '1',
    alias: 'a',
  },
  {
    name: 'stops.txt',
    header: [
      'stop_id',
      'stop_code',
      'stop_name',
      'stop_desc',
      'stop_lat',
      'stop_lon',
      'zone_id',
      'location_type',
      'parent_station',
      'platform_code',
      'wheelchair_boarding',
    ],
    select: `p.prefix || s.stop_id, s.stop_code, s.stop_name, s.stop_desc, s.stop_lat, s.stop_lon, ${id('s.zone_id')},
             s.location_type, ${id('s.parent_station')}, s.platform_code, s.wheelchair_boarding`,
    from: 'FROM sources p JOIN transit.gtfs_stop s ON s.feed_version_id = p.version_id',
    order: '1',
    alias: 's',
  },
  {
    name: 'routes.txt',
    header: [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_desc',
      'route_type',
      'route_url',
      'route_color',
      'route_text_color',
    ],
    // A route without agency_id belongs to its feed's only agency; it must be named once feeds are merged.
    select: `p.prefix || r.route_id,
             p.prefix || coalesce(nullif(r.agency_id, ''), (SELECT coalesce(nullif(min(a.agency_id), ''),
               'agency') FROM transit.gtfs_agency a WHERE a.feed_version_id = p.version_id)),
             r.route_short_name, r.route_long_name, r.route_desc, r.route_type, r.route_url, r.route_color,
               r.route_text_color`,
    from: 'FROM sources p JOIN transit.gtfs_route r ON r.feed_version_id = p.version_id',
    order: '1',
    alias: 'r',
  },
  {
    name: 'trips.txt',
    header: [
      'route_id',
      'service_id',
      'trip_id',
      'trip_headsign',
      'trip_short_name',
      'direction_id',
      'block_id',
      'shape_id',
    ],
    select: `p.prefix || t.route_id, p.prefix || t.service_id, p.prefix || t.trip_id,
             t.trip_headsign, t.trip_short_name, t.direction_id, ${id('t.block_id')}, ${id('t.shape_id')}`,
    from: 'FROM sources p JOIN transit.gtfs_trip t ON t.feed_version_id = p.version_id',
    order: '3',
    alias: 't',
  },
  {
    name: 'stop_times.txt',
    header: [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'stop_sequence',
      'stop_headsign',
      'pickup_type',
      'drop_off_type',
      'shape_dist_traveled',
    ],
    select: `p.prefix || st.trip_id, ${gtfsTime('st.arrival_seconds')}, ${gtfsTime('st.departure_seconds')},
             p.prefix || st.stop_id, st.stop_sequence, st.stop_headsign, st.pickup_type, st.drop_off_type,
               st.shape_dist_traveled`,
    from: 'FROM sources p JOIN transit.gtfs_stop_time st ON st.feed_version_id = p.version_id',
    order: '1, st.stop_sequence',
    alias: 'st',
    // The same order without sorting a million rows: a prefix ends in its only ':', so no prefix starts another
    // and `prefix || trip_id` orders by prefix (the sources' order), then trip_id — the primary key's order.
    bySource: {
      from: `FROM transit.gtfs_stop_time st
               WHERE st.feed_version_id = (SELECT current_setting('${SETTINGS.source}')::uuid)`,
      order: 'st.trip_id, st.stop_sequence',
    },
  },
  {
    name: 'calendar.txt',
    header: [
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
    select: `p.prefix || c.service_id,
             c.weekdays[1]::int, c.weekdays[2]::int, c.weekdays[3]::int, c.weekdays[4]::int,
             c.weekdays[5]::int, c.weekdays[6]::int, c.weekdays[7]::int,
             ${gtfsDate('c.start_date')}, ${gtfsDate('c.end_date')}`,
    from: 'FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id',
    order: '1',
    alias: 'c',
  },
  {
    name: 'calendar_dates.txt',
    header: ['service_id', 'date', 'exception_type'],
    select: `p.prefix || x.service_id, ${gtfsDate('x.date')}, x.exception_type`,
    from: 'FROM sources p JOIN transit.gtfs_calendar_date x ON x.feed_version_id = p.version_id',
    order: '1, 2',
    alias: 'x',
  },
  {
    name: 'shapes.txt',
    header: ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence', 'shape_dist_traveled'],
    select: 'p.prefix || s.shape_id, s.shape_pt_lat, s.shape_pt_lon, s.shape_pt_sequence, s.shape_dist_traveled',
    from: 'FROM sources p JOIN transit.gtfs_shape s ON s.feed_version_id = p.version_id',
    order: '1, s.shape_pt_sequence',
    alias: 's',
  },
  {
    // One row for the merged feed: the service period spans every source's calendar.
    name: 'feed_info.txt',
    header: [
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
    ],
    select: `current_setting('${SETTINGS.publisherName}'), current_setting('${SETTINGS.publisherUrl}'), 'ja',
             ${gtfsDate('min(d)')}, ${gtfsDate('max(d)')}, current_setting('${SETTINGS.version}')`,
    from: `FROM (
             SELECT c.start_date AS d FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id
             UNION ALL SELECT c.end_date FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id
             UNION ALL SELECT x.date FROM sources p
               JOIN transit.gtfs_calendar_date x ON x.feed_version_id = p.version_id) days`,
    order: '1',
    alias: null,
  },
]

/** Which modelled files have rows at all in the active feeds (no header-only files are written). */
export const NON_EMPTY_FILES_SQL = `WITH ${SOURCES}
  SELECT 'agency.txt' AS name WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_agency a ON a.feed_version_id = p.version_id)
  UNION ALL SELECT 'stops.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_stop s ON s.feed_version_id = p.version_id)
  UNION ALL SELECT 'routes.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_route r ON r.feed_version_id = p.version_id)
  UNION ALL SELECT 'trips.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_trip t ON t.feed_version_id = p.version_id)
  UNION ALL SELECT 'stop_times.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_stop_time st ON st.feed_version_id = p.version_id)
  UNION ALL SELECT 'calendar.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id)
  UNION ALL SELECT 'calendar_dates.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_calendar_date x ON x.feed_version_id = p.version_id)
  UNION ALL SELECT 'shapes.txt' WHERE EXISTS (SELECT FROM sources p
    JOIN transit.gtfs_shape s ON s.feed_version_id = p.version_id)
  UNION ALL SELECT 'feed_info.txt'`

/** Per file of the active feeds: the header and extra columns each source kept, in source order. */
export const FILE_COLUMNS_SQL = `WITH ${SOURCES}
  SELECT f.file_name, f.header, f.extra_columns, f.row_count
  FROM sources p JOIN transit.gtfs_file f ON f.feed_version_id = p.version_id
  ORDER BY p.prefix, f.file_name`

/** The rows of one kept file (named by the setting), with their source's prefix. */
export const KEPT_FILE_ROWS_SQL = `WITH ${SOURCES}
  SELECT p.prefix, r.record::text
  FROM sources p JOIN transit.gtfs_file_row r ON r.feed_version_id = p.version_id
    AND r.file_name = current_setting('${SETTINGS.keptFile}')
  ORDER BY p.prefix, r.line`
