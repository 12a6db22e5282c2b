import { sql, type RawBuilder } from 'kysely'
import type { Executor } from '../../../lib/db/database.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import { keyColumns, parseFeedKey } from './feed-keys.js'
import type {
  BusRouteModel,
  BusStopModel,
  RoutePatternModel,
  ShapePointRow,
  StopTimeModel,
  TripModel,
} from './timetable.model.js'

/**
 * Reads of the timetable of the ACTIVE feeds: stops, routes, trips with their stop times, the
 * route patterns and the shapes. Every batch function takes `version|id` keys and runs one
 * statement for all of them (an unnest join), whatever the number of parents.
 */

const STOP_COLUMNS = sql`s.feed_version_id, s.stop_id, s.stop_name, s.stop_lat, s.stop_lon, s.stop_code, s.platform_code, v.operator_id, s.municipality_code`
const ROUTE_COLUMNS = sql`r.feed_version_id, r.route_id, r.agency_id, r.route_short_name, r.route_long_name, r.route_type, r.route_color, r.route_text_color, r.route_url, v.operator_id`
const TRIP_COLUMNS = sql`t.feed_version_id, t.trip_id, t.route_id, t.service_id, t.trip_headsign, t.trip_short_name, t.direction_id, t.shape_id`

const keysTable = (keys: readonly string[]) => {
  const { versions, ids } = keyColumns(keys)
  return sql`unnest(${versions}::uuid[], ${ids}::text[]) as k (feed_version_id, id)`
}

export const findStopsByKeys = (db: Executor, keys: readonly string[]) =>
  sql<BusStopModel>`select ${STOP_COLUMNS} from ${keysTable(keys)}
    join transit.gtfs_stop s on s.feed_version_id = k.feed_version_id and s.stop_id = k.id
    join transit.feed_version v on v.id = s.feed_version_id`
    .execute(db)
    .then((result) => result.rows)

export const findRoutesByKeys = (db: Executor, keys: readonly string[]) =>
  sql<BusRouteModel>`select ${ROUTE_COLUMNS} from ${keysTable(keys)}
    join transit.gtfs_route r on r.feed_version_id = k.feed_version_id and r.route_id = k.id
    join transit.feed_version v on v.id = r.feed_version_id`
    .execute(db)
    .then((result) => result.rows)

export const findTripsByKeys = (db: Executor, keys: readonly string[]) =>
  sql<TripModel>`select ${TRIP_COLUMNS} from ${keysTable(keys)}
    join transit.gtfs_trip t on t.feed_version_id = k.feed_version_id and t.trip_id = k.id`
    .execute(db)
    .then((result) => result.rows)

/** A route or trip by its GTFS id in the operator's ACTIVE feed, as a `version|id` key. */
const ID_COLUMNS = { gtfs_route: 'route_id', gtfs_trip: 'trip_id', gtfs_stop: 'stop_id' } as const

export async function findActiveKey(db: Executor, operatorId: string, table: keyof typeof ID_COLUMNS, id: string) {
  const column = ID_COLUMNS[table]
  const result = await sql<{ feedVersionId: string }>`select x.feed_version_id from transit.feed_version v
    join ${sql.table(`transit.${table}`)} x on x.feed_version_id = v.id and ${sql.ref(`x.${column}`)} = ${id}
    where v.operator_id = ${operatorId} and v.status = 'ACTIVE'`.execute(db)
  return result.rows[0] ? `${result.rows[0].feedVersionId}|${id}` : null
}

/** Trips of each route, one page per route (ordered by trip_id), in one statement. */
export function findTripsByRoutes(db: Executor, routeKeys: readonly string[], page: PageRequest) {
  const after = page.afterKey === null ? null : parseFeedKey(page.afterKey).id
  return sql<TripModel & { routeKey: string }>`
    select * from (
      select ${TRIP_COLUMNS}, t.feed_version_id || '|' || t.route_id as route_key,
             row_number() over (partition by t.feed_version_id, t.route_id order by t.trip_id) as row_number
      from ${keysTable(routeKeys)}
      join transit.gtfs_trip t on t.feed_version_id = k.feed_version_id and t.route_id = k.id
      where ${after === null ? sql`true` : sql`t.trip_id > ${after}`}
    ) page where row_number <= ${page.limit + 1}
    order by route_key, trip_id`
    .execute(db)
    .then((result) => result.rows)
}

/** How many trips each route (`version|id`) has, in one statement. */
export const countTripsByRoutes = (db: Executor, routeKeys: readonly string[]) =>
  sql<{ key: string; count: number }>`
    select k.feed_version_id || '|' || k.id as key, count(t.trip_id)::int as count
    from ${keysTable(routeKeys)}
    join transit.gtfs_trip t on t.feed_version_id = k.feed_version_id and t.route_id = k.id
    group by k.feed_version_id, k.id`
    .execute(db)
    .then((result) => result.rows)

export const findStopTimesByTrips = (db: Executor, tripKeys: readonly string[]) =>
  sql<StopTimeModel>`select st.feed_version_id, st.trip_id, st.stop_sequence, st.stop_id, st.arrival_seconds,
           st.departure_seconds, st.stop_headsign, st.pickup_type, st.drop_off_type
    from ${keysTable(tripKeys)}
    join transit.gtfs_stop_time st on st.feed_version_id = k.feed_version_id and st.trip_id = k.id
    order by st.feed_version_id, st.trip_id, st.stop_sequence`
    .execute(db)
    .then((result) => result.rows)

/**
 * The route patterns (運行パターン) of each route: its trips grouped by the exact sequence of stops
 * they serve and their direction, the most frequent first.
 */
export const findPatternsByRoutes = (db: Executor, routeKeys: readonly string[]) =>
  sql<RoutePatternModel>`
    with trip_stops as (
      select t.feed_version_id, t.route_id, t.trip_id, t.direction_id, t.shape_id,
             array_agg(st.stop_id order by st.stop_sequence) as stop_ids
      from ${keysTable(routeKeys)}
      join transit.gtfs_trip t on t.feed_version_id = k.feed_version_id and t.route_id = k.id
      join transit.gtfs_stop_time st on st.feed_version_id = t.feed_version_id and st.trip_id = t.trip_id
      group by t.feed_version_id, t.route_id, t.trip_id, t.direction_id, t.shape_id
    )
    select feed_version_id, route_id, stop_ids, direction_id, min(shape_id) as shape_id, array_agg(trip_id order by trip_id) as trip_ids
    from trip_stops
    group by feed_version_id, route_id, stop_ids, direction_id
    order by feed_version_id, route_id, count(*) desc, min(trip_id)`
    .execute(db)
    .then((result) => result.rows)

export const findShapePoints = (db: Executor, shapeKeys: readonly string[]) =>
  sql<ShapePointRow>`select p.feed_version_id, p.shape_id, p.shape_pt_lat as latitude, p.shape_pt_lon as longitude
    from ${keysTable(shapeKeys)}
    join transit.gtfs_shape p on p.feed_version_id = k.feed_version_id and p.shape_id = k.id
    order by p.feed_version_id, p.shape_id, p.shape_pt_sequence`
    .execute(db)
    .then((result) => result.rows)

/**
 * `s` lies within `metres` of the point: a latitude band (the B-tree on stop_lat) and a longitude
 * band narrow the candidates, the exact distance decides.
 */
export const stopWithin = (
  latitude: RawBuilder<unknown>,
  longitude: RawBuilder<unknown>,
  metres: RawBuilder<unknown>,
  stop = 's',
) => {
  const [lat, lon] = [sql.ref(`${stop}.stop_lat`), sql.ref(`${stop}.stop_lon`)]
  return sql<boolean>`${lat} between ${latitude} - ${metres} / 111195.0 and ${latitude} + ${metres} / 111195.0
    and ${lon} between ${longitude} - ${metres} / (111195.0 * cos(radians(${latitude}))) and ${longitude} + ${metres} / (111195.0 * cos(radians(${latitude})))
    and transit.metres_between(${latitude}, ${longitude}, ${lat}, ${lon}) <= ${metres}`
}

/** Stops of ACTIVE feeds within `radiusMeters` of a point, nearest first. */
export const findStopsNear = (
  db: Executor,
  args: { latitude: number; longitude: number; radiusMeters: number; limit: number },
) => {
  const [latitude, longitude] = [sql`${args.latitude}::float8`, sql`${args.longitude}::float8`]
  return sql<BusStopModel & { distanceMeters: number }>`
    select ${STOP_COLUMNS}, transit.metres_between(${latitude}, ${longitude}, s.stop_lat, s.stop_lon) as distance_meters
    from transit.gtfs_stop s
    join transit.feed_version v on v.id = s.feed_version_id and v.status = 'ACTIVE'
    where ${stopWithin(latitude, longitude, sql`${args.radiusMeters}::float8`)}
    order by distance_meters, s.stop_id
    limit ${args.limit}`
    .execute(db)
    .then((result) => result.rows)
}
