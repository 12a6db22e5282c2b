import { createHash } from 'node:crypto'
import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { formatSeconds } from '../feeds/departures.service.js'
import { feedKey, isFeedKey } from './feed-keys.js'
import { activeRoute, activeStop, activeTrip, shapeOf, stopsNear } from './timetable.service.js'

const time = (seconds: number | null) => (seconds === null ? null : formatSeconds(seconds))

export const timetableResolvers: Resolvers = {
  Query: {
    stopsNear: (_, args, ctx) => stopsNear(ctx, args),
    route: (_, args, ctx) => activeRoute(ctx, args.operatorId, args.routeId),
    stop: (_, args, ctx) => activeStop(ctx, args.operatorId, args.stopId),
    trip: (_, args, ctx) => activeTrip(ctx, args.operatorId, args.tripId),
  },
  BusStop: {
    code: (stop) => stop.stopCode,
    municipality: (stop) => (stop.municipalityCode ? { code: stop.municipalityCode } : null),
  },
  BusRoute: {
    color: (route) => route.routeColor,
    textColor: (route) => route.routeTextColor,
    url: (route) => route.routeUrl,
    trips: (route, args, ctx) =>
      ctx.loaders.tripsByRoute.load({
        key: feedKey(route.feedVersionId, route.routeId),
        page: pageRequest(args, isFeedKey),
      }),
    patterns: (route, _, ctx) => ctx.loaders.patternsByRoute.load(feedKey(route.feedVersionId, route.routeId)),
  },
  Trip: {
    route: (trip, _, ctx) =>
      required(ctx.loaders.routeByKey.load(feedKey(trip.feedVersionId, trip.routeId)), `route ${trip.routeId}`),
    headsign: (trip) => trip.tripHeadsign,
    shortName: (trip) => trip.tripShortName,
    shape: (trip, _, ctx) => shapeOf(ctx, trip.feedVersionId, trip.shapeId),
    stopTimes: (trip, _, ctx) => ctx.loaders.stopTimesByTrip.load(feedKey(trip.feedVersionId, trip.tripId)),
  },
  StopTime: {
    sequence: (call) => call.stopSequence,
    stop: (call, _, ctx) =>
      required(ctx.loaders.stopByKey.load(feedKey(call.feedVersionId, call.stopId)), `stop ${call.stopId}`),
    arrival: (call) => time(call.arrivalSeconds),
    departure: (call) => time(call.departureSeconds),
    headsign: (call) => call.stopHeadsign,
  },
  RoutePattern: {
    id: (pattern) =>
      `${pattern.routeId}:${pattern.directionId ?? '-'}:${createHash('sha256').update(pattern.stopIds.join('\u0000')).digest('hex').slice(0, 12)}`,
    stops: (pattern, _, ctx) =>
      Promise.all(
        pattern.stopIds.map((stopId) =>
          required(ctx.loaders.stopByKey.load(feedKey(pattern.feedVersionId, stopId)), `stop ${stopId}`),
        ),
      ),
    tripCount: (pattern) => pattern.tripIds.length,
    shape: (pattern, _, ctx) => shapeOf(ctx, pattern.feedVersionId, pattern.shapeId),
  },
}
