import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import { feedKey } from './feed-keys.js'
import {
  countTripsByRoutes,
  findPatternsByRoutes,
  findRoutesByKeys,
  findShapePoints,
  findStopsByKeys,
  findStopTimesByTrips,
  findTripsByKeys,
  findTripsByRoutes,
} from './timetable.repository.js'

/** Timetable loaders, all keyed by `version|id` (GTFS ids are unique only within a feed version). */
export function createTimetableLoaders(db: Database) {
  return {
    stopByKey: rowLoader(
      (keys: readonly string[]) => findStopsByKeys(db, keys),
      (row) => feedKey(row.feedVersionId, row.stopId),
    ),
    routeByKey: rowLoader(
      (keys: readonly string[]) => findRoutesByKeys(db, keys),
      (row) => feedKey(row.feedVersionId, row.routeId),
    ),
    tripByKey: rowLoader(
      (keys: readonly string[]) => findTripsByKeys(db, keys),
      (row) => feedKey(row.feedVersionId, row.tripId),
    ),
    tripsByRoute: connectionLoader(
      (keys: readonly string[], page) => findTripsByRoutes(db, keys, page),
      (row) => row.routeKey,
      (row) => feedKey(row.feedVersionId, row.tripId),
      (keys) => countTripsByRoutes(db, keys),
    ),
    stopTimesByTrip: groupLoader(
      (keys: readonly string[]) => findStopTimesByTrips(db, keys),
      (row) => feedKey(row.feedVersionId, row.tripId),
    ),
    patternsByRoute: groupLoader(
      (keys: readonly string[]) => findPatternsByRoutes(db, keys),
      (row) => feedKey(row.feedVersionId, row.routeId),
    ),
    shapePointsByKey: groupLoader(
      (keys: readonly string[]) => findShapePoints(db, keys),
      (row) => feedKey(row.feedVersionId, row.shapeId),
    ),
  }
}
