import { preparedRows, type Executor, type PreparedRead } from '../../../lib/db/database.js'

export interface DepartureRow {
  tripId: string
  serviceDate: string
  departureSeconds: number
  secondsAfterMidnight: number
  tripHeadsign: string | null
  routeId: string
  routeShortName: string | null
  routeLongName: string | null
}

/**
 * The next departures from a stop of an operator's ACTIVE feed, on a calendar date and after a time,
 * in ONE statement. Trips of the previous service day whose times run past 24:00:00 count as well
 * (a 25:10:00 departure of Monday's service leaves at 01:10 on Tuesday). A service runs on a day when
 * calendar.txt says so (date range and weekday) or calendar_dates.txt adds it, unless
 * calendar_dates.txt removes it.
 *
 * A prepared statement (`preparedRows`): its planning (every stop_times partition, the calendar set operations)
 * cost three times its execution, on every departures board of every stop.
 */
const DEPARTURES: PreparedRead = {
  name: 'transit-departures',
  text: `
    with version as (
      select id from transit.feed_version where operator_id = $1::uuid and status = 'ACTIVE'
    ),
    days (offset_days, service_date) as (
      values (0, $3::date), (1, $3::date - 1)
    ),
    running as (
      select d.offset_days, d.service_date, c.service_id
      from days d join transit.gtfs_calendar c on c.feed_version_id = (select id from version)
      where d.service_date between c.start_date and c.end_date and c.weekdays[extract(isodow from d.service_date)::int]
      union
      select d.offset_days, d.service_date, x.service_id
      from days d join transit.gtfs_calendar_date x on x.feed_version_id = (select id from version)
      where x.date = d.service_date and x.exception_type = 1
      except
      select d.offset_days, d.service_date, x.service_id
      from days d join transit.gtfs_calendar_date x on x.feed_version_id = (select id from version)
      where x.date = d.service_date and x.exception_type = 2
    )
    select st.trip_id as "tripId", r.service_date::text as "serviceDate", st.departure_seconds as "departureSeconds",
           st.departure_seconds - r.offset_days * 86400 as "secondsAfterMidnight",
           t.trip_headsign as "tripHeadsign", t.route_id as "routeId", ro.route_short_name as "routeShortName",
           ro.route_long_name as "routeLongName"
    from transit.gtfs_stop_time st
    join transit.gtfs_trip t on t.feed_version_id = st.feed_version_id and t.trip_id = st.trip_id
    join running r on r.service_id = t.service_id
    join transit.gtfs_route ro on ro.feed_version_id = t.feed_version_id and ro.route_id = t.route_id
    where st.feed_version_id = (select id from version)
      and st.stop_id = $2::text
      and st.departure_seconds - r.offset_days * 86400 >= $4::int
      -- A 24:30:00 departure of this date's own service leaves tomorrow: it belongs to tomorrow's list.
      and st.departure_seconds - r.offset_days * 86400 < 86400
    order by "secondsAfterMidnight", st.trip_id
    limit $5::int`,
}

export function findDepartures(
  db: Executor,
  args: { operatorId: string; stopId: string; date: string; seconds: number; limit: number },
): Promise<DepartureRow[]> {
  return preparedRows<DepartureRow>(db, DEPARTURES, [args.operatorId, args.stopId, args.date, args.seconds, args.limit])
}
