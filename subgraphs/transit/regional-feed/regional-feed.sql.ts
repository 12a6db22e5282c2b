/**
 * One SELECT per file of the merged regional GTFS-JP feed, over the ACTIVE version of every operator.
 * Ids that feeds may share (agency, stop, route, trip, service, shape, zone, block) get the source's
 * prefix (transit.feed_prefix), so the merged feed is valid by the same validator and re-importable.
 * Rows are ordered so the same data always gives the same bytes.
 */

const SOURCES = `sources AS (
  SELECT v.id AS version_id, transit.feed_prefix(v.municipality_code, v.operator_id) AS prefix
  FROM transit.feed_version v WHERE v.status = 'ACTIVE'
)`
const id = (column: string) => `CASE WHEN ${column} IS NULL OR ${column} = '' THEN NULL ELSE p.prefix || ${column} END`
const gtfsDate = (column: string) => `to_char(${column}, 'YYYYMMDD')`

export interface RegionalFeedFile {
  name: string
  select: string
}

export function regionalFeedFiles(publisher: { name: string; url: string; version: string }): RegionalFeedFile[] {
  const literal = (value: string) => `'${value.replaceAll("'", "''")}'`
  return [
    {
      name: 'agency.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || coalesce(nullif(a.agency_id, ''), 'agency') AS agency_id, a.agency_name, a.agency_url, a.agency_timezone,
               a.agency_lang, a.agency_phone, a.agency_fare_url, a.agency_email
        FROM sources p JOIN transit.gtfs_agency a ON a.feed_version_id = p.version_id ORDER BY 1`,
    },
    {
      name: 'stops.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || s.stop_id AS stop_id, s.stop_code, s.stop_name, s.stop_desc, s.stop_lat, s.stop_lon, ${id('s.zone_id')} AS zone_id,
               s.location_type, ${id('s.parent_station')} AS parent_station, s.platform_code, s.wheelchair_boarding
        FROM sources p JOIN transit.gtfs_stop s ON s.feed_version_id = p.version_id ORDER BY 1`,
    },
    {
      name: 'routes.txt',
      // A route without agency_id belongs to its feed's only agency; it must be named once feeds are merged.
      select: `WITH ${SOURCES}
        SELECT p.prefix || r.route_id AS route_id,
               p.prefix || coalesce(nullif(r.agency_id, ''), (SELECT coalesce(nullif(min(a.agency_id), ''), 'agency') FROM transit.gtfs_agency a WHERE a.feed_version_id = p.version_id)) AS agency_id,
               r.route_short_name, r.route_long_name, r.route_desc, r.route_type, r.route_url, r.route_color, r.route_text_color
        FROM sources p JOIN transit.gtfs_route r ON r.feed_version_id = p.version_id ORDER BY 1`,
    },
    {
      name: 'trips.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || t.route_id AS route_id, p.prefix || t.service_id AS service_id, p.prefix || t.trip_id AS trip_id,
               t.trip_headsign, t.trip_short_name, t.direction_id, ${id('t.block_id')} AS block_id, ${id('t.shape_id')} AS shape_id
        FROM sources p JOIN transit.gtfs_trip t ON t.feed_version_id = p.version_id ORDER BY 3`,
    },
    {
      name: 'stop_times.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || st.trip_id AS trip_id, transit.gtfs_time(st.arrival_seconds) AS arrival_time,
               transit.gtfs_time(st.departure_seconds) AS departure_time, p.prefix || st.stop_id AS stop_id, st.stop_sequence,
               st.stop_headsign, st.pickup_type, st.drop_off_type, st.shape_dist_traveled
        FROM sources p JOIN transit.gtfs_stop_time st ON st.feed_version_id = p.version_id ORDER BY 1, st.stop_sequence`,
    },
    {
      name: 'calendar.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || c.service_id AS service_id,
               c.weekdays[1]::int AS monday, c.weekdays[2]::int AS tuesday, c.weekdays[3]::int AS wednesday, c.weekdays[4]::int AS thursday,
               c.weekdays[5]::int AS friday, c.weekdays[6]::int AS saturday, c.weekdays[7]::int AS sunday,
               ${gtfsDate('c.start_date')} AS start_date, ${gtfsDate('c.end_date')} AS end_date
        FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id ORDER BY 1`,
    },
    {
      name: 'calendar_dates.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || x.service_id AS service_id, ${gtfsDate('x.date')} AS date, x.exception_type
        FROM sources p JOIN transit.gtfs_calendar_date x ON x.feed_version_id = p.version_id ORDER BY 1, 2`,
    },
    {
      name: 'shapes.txt',
      select: `WITH ${SOURCES}
        SELECT p.prefix || s.shape_id AS shape_id, s.shape_pt_lat, s.shape_pt_lon, s.shape_pt_sequence, s.shape_dist_traveled
        FROM sources p JOIN transit.gtfs_shape s ON s.feed_version_id = p.version_id ORDER BY 1, s.shape_pt_sequence`,
    },
    {
      name: 'feed_info.txt',
      // One row for the merged feed: the service period spans every source's calendar.
      select: `WITH ${SOURCES}, period AS (
          SELECT min(d) AS first_day, max(d) AS last_day FROM (
            SELECT c.start_date AS d FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id
            UNION ALL SELECT c.end_date FROM sources p JOIN transit.gtfs_calendar c ON c.feed_version_id = p.version_id
            UNION ALL SELECT x.date FROM sources p JOIN transit.gtfs_calendar_date x ON x.feed_version_id = p.version_id) days
        )
        SELECT ${literal(publisher.name)} AS feed_publisher_name, ${literal(publisher.url)} AS feed_publisher_url, 'ja' AS feed_lang,
               ${gtfsDate('first_day')} AS feed_start_date, ${gtfsDate('last_day')} AS feed_end_date, ${literal(publisher.version)} AS feed_version
        FROM period`,
    },
  ]
}
