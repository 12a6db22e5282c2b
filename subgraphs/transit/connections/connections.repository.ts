import { sql } from 'kysely'
import type { Executor } from '../../../lib/db/database.js'
import { stopWithin } from '../timetable/timetable.repository.js'
import type { JourneyRow } from './connections.model.js'

export interface JourneySearch {
  from: string
  to: string
  date: string
  /** Seconds after midnight of `date`: the earliest departure. */
  after: number
  /** Only departures within this many seconds after `after` are considered. */
  windowSeconds: number
  walkingMeters: number
  minTransferSeconds: number
  maxTransfers: number
  limit: number
}

/**
 * Walking pace for transfers between nearby stops: 80 m a minute, the figure used in Japanese 不動産 and transit guides.
 */
const WALKING_METERS_PER_SECOND = 80 / 60

/**
 * The next journeys from one town to another in ONE statement, over every operator's ACTIVE feed:
 *
 * - trips running on the date (calendar, exceptions, and the previous service day's trips past
 *   midnight), boarded at a stop in `from` within the window;
 * - direct: the same trip later calls at a stop in `to`;
 * - one change: get off anywhere else, walk to a stop within `walkingMeters` (the same stop
 *   included), and board another running trip at least the walk plus `minTransferSeconds` later
 *   that calls at a stop in `to` — for each first trip, the change that arrives first;
 * - journeys another one beats (leaves no earlier, arrives no later, no more changes) are dropped.
 *
 * Times are seconds on the clock of `date` (past 86400 = the next day). Stops belong to a town by
 * location (transit.gtfs_stop.municipality_code).
 */
export function findJourneys(db: Executor, search: JourneySearch) {
  return sql<JourneyRow>`
    with ${runningServices(search.date)},
    ${boardingCalls(search)},
    ${laterCalls(search)},
    ${directRides(search)},
    ${oneChangeRides(search)},
    ${journeyUnion()}
    select * from journeys j
    where not exists (
      select 1 from journeys better
      where better.departure >= j.departure and better.arrival <= j.arrival and better.transfers <= j.transfers
        and (better.departure, -better.arrival, -better.transfers) <> (j.departure, -j.arrival, -j.transfers)
    )
    order by arrival, transfers, departure desc, leg1_trip_id
    limit ${search.limit}`
    .execute(db)
    .then((result) => result.rows)
}

/**
 * `days`, `active`, `running`: the services running on `date`, and the previous service day's (offset 1) whose
 * trips run past midnight, over every ACTIVE feed.
 */
function runningServices(date: string) {
  return sql`
    days (offset_days, service_date) as (values (0, ${date}::date), (1, ${date}::date - 1)),
    active as (select id from transit.feed_version where status = 'ACTIVE'),
    running as (
      select d.offset_days, d.service_date, c.feed_version_id, c.service_id
      from days d join transit.gtfs_calendar c on c.feed_version_id in (select id from active)
      where d.service_date between c.start_date and c.end_date and c.weekdays[extract(isodow from d.service_date)::int]
      union
      select d.offset_days, d.service_date, x.feed_version_id, x.service_id
      from days d join transit.gtfs_calendar_date x on x.feed_version_id in (select id from active)
      where x.date = d.service_date and x.exception_type = 1
      except
      select d.offset_days, d.service_date, x.feed_version_id, x.service_id
      from days d join transit.gtfs_calendar_date x on x.feed_version_id in (select id from active)
      where x.date = d.service_date and x.exception_type = 2
    )`
}

/** `boards`: where one can board: calls at stops in the origin town, in the window, pickup allowed. */
function boardingCalls(search: JourneySearch) {
  return sql`
    boards as (
      select st.feed_version_id, st.trip_id, st.stop_sequence, st.stop_id, r.service_date, r.offset_days,
             st.departure_seconds - r.offset_days * 86400 as dep
      from transit.gtfs_stop s
      join transit.gtfs_stop_time st on st.feed_version_id = s.feed_version_id and st.stop_id = s.stop_id
      join transit.gtfs_trip t on t.feed_version_id = st.feed_version_id and t.trip_id = st.trip_id
      join running r on r.feed_version_id = t.feed_version_id and r.service_id = t.service_id
      where s.municipality_code = ${search.from} and s.feed_version_id in (select id from active)
        and st.departure_seconds - r.offset_days * 86400
          between ${search.after} and ${search.after + search.windowSeconds}
        and coalesce(st.pickup_type, 0) <> 1
    )`
}

/** `rides`: every later call of a boarded trip outside the origin town: where one can get off. */
function laterCalls(search: JourneySearch) {
  return sql`
    rides as (
      select b.feed_version_id, b.trip_id, b.service_date, b.stop_id as from_stop, b.dep, b.offset_days,
             st.stop_id as to_stop, coalesce(st.arrival_seconds, st.departure_seconds) - b.offset_days * 86400 as arr,
             s.municipality_code as to_town, s.stop_lat, s.stop_lon
      from boards b
      join transit.gtfs_stop_time st on st.feed_version_id = b.feed_version_id and st.trip_id = b.trip_id
        and st.stop_sequence > b.stop_sequence
      join transit.gtfs_stop s on s.feed_version_id = st.feed_version_id and s.stop_id = st.stop_id
      where coalesce(st.drop_off_type, 0) <> 1 and s.municipality_code is distinct from ${search.from}
    )`
}

/** `direct`: the boarded trip itself reaches the destination town; its first arrival there. */
function directRides(search: JourneySearch) {
  return sql`
    direct as (
      select distinct on (feed_version_id, trip_id, service_date) *
      from rides where to_town = ${search.to}
      order by feed_version_id, trip_id, service_date, arr, dep desc
    )`
}

/**
 * `changes`: for each first trip not reaching the destination, the one change (walk within `walkingMeters`, board
 * at least the walk plus `minTransferSeconds` later) that arrives there first.
 */
function oneChangeRides(search: JourneySearch) {
  return sql`
    changes as (
      select distinct on (r.feed_version_id, r.trip_id, r.service_date) r.*, n.*
      from rides r
      cross join lateral (
        select b2.feed_version_id as leg2_version_id, b2.trip_id as leg2_trip_id, r2.service_date as leg2_service_date,
               b2.stop_id as leg2_from_stop, e2.stop_id as leg2_to_stop,
               b2.departure_seconds - r2.offset_days * 86400 as leg2_departure,
               coalesce(e2.arrival_seconds, e2.departure_seconds) - r2.offset_days * 86400 as leg2_arrival,
               round(transit.metres_between(r.stop_lat, r.stop_lon, y.stop_lat, y.stop_lon))::int as walk_meters
        from transit.gtfs_stop y
        join transit.gtfs_stop_time b2 on b2.feed_version_id = y.feed_version_id and b2.stop_id = y.stop_id
        join transit.gtfs_trip t2 on t2.feed_version_id = b2.feed_version_id and t2.trip_id = b2.trip_id
        join running r2 on r2.feed_version_id = t2.feed_version_id and r2.service_id = t2.service_id
        join transit.gtfs_stop_time e2 on e2.feed_version_id = b2.feed_version_id and e2.trip_id = b2.trip_id
          and e2.stop_sequence > b2.stop_sequence
        join transit.gtfs_stop s2 on s2.feed_version_id = e2.feed_version_id and s2.stop_id = e2.stop_id
        where ${search.maxTransfers} >= 1
          and y.feed_version_id in (select id from active)
          and ${stopWithin(sql`r.stop_lat`, sql`r.stop_lon`, sql`${search.walkingMeters}::float8`, 'y')}
          and b2.departure_seconds - r2.offset_days * 86400
              >= r.arr + ${search.minTransferSeconds} + ceil(transit.metres_between(r.stop_lat, r.stop_lon, y.stop_lat,
                y.stop_lon) / ${WALKING_METERS_PER_SECOND})
          and not (b2.feed_version_id = r.feed_version_id and b2.trip_id = r.trip_id)
          and coalesce(b2.pickup_type, 0) <> 1 and coalesce(e2.drop_off_type, 0) <> 1
          and s2.municipality_code = ${search.to}
        order by leg2_arrival, leg2_departure desc
        limit 1
      ) n
      where r.to_town is distinct from ${search.to}
      order by r.feed_version_id, r.trip_id, r.service_date, n.leg2_arrival, r.dep desc
    )`
}

/** `journeys`: direct and one-change journeys in one shape (leg 2 null for direct ones). */
function journeyUnion() {
  return sql`
    journeys as (
      select 0 as transfers, dep as departure, arr as arrival,
             feed_version_id as leg1_version_id, trip_id as leg1_trip_id, service_date::text as leg1_service_date,
             from_stop as leg1_from_stop, to_stop as leg1_to_stop, dep as leg1_departure, arr as leg1_arrival,
             null::uuid as leg2_version_id, null::text as leg2_trip_id, null::text as leg2_service_date,
             null::text as leg2_from_stop, null::text as leg2_to_stop, null::int as leg2_departure, null::int
               as leg2_arrival,
             null::int as walk_meters
      from direct
      union all
      select 1, dep, leg2_arrival,
             feed_version_id, trip_id, service_date::text, from_stop, to_stop, dep, arr,
             leg2_version_id, leg2_trip_id, leg2_service_date::text, leg2_from_stop, leg2_to_stop, leg2_departure,
               leg2_arrival,
             walk_meters
      from changes
    )`
}

/** Routes of ACTIVE feeds one of whose trips calls in both towns, as `version|route_id` keys. */
export function findRoutesServing(db: Executor, townA: string, townB: string) {
  return sql<{ feedVersionId: string; routeId: string }>`
    with calls as (
      select distinct st.feed_version_id, st.trip_id, s.municipality_code
      from transit.gtfs_stop s
      join transit.gtfs_stop_time st on st.feed_version_id = s.feed_version_id and st.stop_id = s.stop_id
      where s.municipality_code in (${townA}, ${townB})
        and s.feed_version_id in (select id from transit.feed_version where status = 'ACTIVE')
    )
    select distinct t.feed_version_id, t.route_id
    from calls a join calls b on b.feed_version_id = a.feed_version_id and b.trip_id = a.trip_id
    join transit.gtfs_trip t on t.feed_version_id = a.feed_version_id and t.trip_id = a.trip_id
    where a.municipality_code = ${townA} and b.municipality_code = ${townB}
    order by t.feed_version_id, t.route_id`
    .execute(db)
    .then((result) => result.rows)
}
