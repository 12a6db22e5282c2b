import { argumentInRange } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { TransitContext } from '../context.js'
import { feedKey } from './feed-keys.js'
import type { NearbyStopModel, ShapeModel } from './timetable.model.js'
import { findActiveKey, findStopsNear } from './timetable.repository.js'

const MAX_RADIUS_METERS = 5000
const MAX_NEARBY = 100

export async function stopsNear(
  ctx: TransitContext,
  args: { latitude: number; longitude: number; radiusMeters?: number | null; first?: number | null },
): Promise<NearbyStopModel[]> {
  const rows = await findStopsNear(ctx.db, {
    latitude: argumentInRange(args.latitude, 'latitude', -90, 90, false),
    longitude: argumentInRange(args.longitude, 'longitude', -180, 180, false),
    radiusMeters: argumentInRange(args.radiusMeters ?? 500, 'radiusMeters', 1, MAX_RADIUS_METERS),
    limit: argumentInRange(args.first ?? 20, 'first', 1, MAX_NEARBY),
  })
  return rows.map(({ distanceMeters, ...stop }) => ({ stop, distanceMeters: Math.round(distanceMeters) }))
}

/** A route, stop or trip of the operator's active feed, through the batch loader so its fields cost nothing extra. */
export async function activeRoute(ctx: TransitContext, operatorId: string, routeId: string) {
  const key = isUuid(operatorId) ? await findActiveKey(ctx.db, operatorId, 'gtfs_route', routeId) : null
  return key ? ctx.loaders.routeByKey.load(key) : null
}

export async function activeStop(ctx: TransitContext, operatorId: string, stopId: string) {
  const key = isUuid(operatorId) ? await findActiveKey(ctx.db, operatorId, 'gtfs_stop', stopId) : null
  return key ? ctx.loaders.stopByKey.load(key) : null
}

export async function activeTrip(ctx: TransitContext, operatorId: string, tripId: string) {
  const key = isUuid(operatorId) ? await findActiveKey(ctx.db, operatorId, 'gtfs_trip', tripId) : null
  return key ? ctx.loaders.tripByKey.load(key) : null
}

/** A shape with its points, or null when the trip has no shape_id. */
export async function shapeOf(
  ctx: TransitContext,
  feedVersionId: string,
  shapeId: string | null,
): Promise<ShapeModel | null> {
  if (!shapeId) return null
  const points = await ctx.loaders.shapePointsByKey.load(feedKey(feedVersionId, shapeId))
  return { shapeId, points: points.map(({ latitude, longitude }) => ({ latitude, longitude })) }
}
