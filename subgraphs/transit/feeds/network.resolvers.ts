import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { pageRequest } from '../../../lib/graphql/pagination.js'
import { isFeedKey } from '../timetable/feed-keys.js'

export const networkResolvers: Resolvers = {
  Municipality: {
    busStops: (municipality, args, ctx) =>
      ctx.loaders.stopsByMunicipality.load({ key: municipality.code, page: pageRequest(args, isFeedKey) }),
    routes: (municipality, args, ctx) =>
      ctx.loaders.routesByMunicipality.load({ key: municipality.code, page: pageRequest(args, isFeedKey) }),
  },
  BusStop: {
    name: (stop) => stop.stopName,
    location: (stop) => ({ latitude: stop.stopLat, longitude: stop.stopLon }),
    operator: (stop, _, ctx) => required(ctx.loaders.operatorById.load(stop.operatorId), `operator ${stop.operatorId}`),
  },
  BusRoute: {
    shortName: (route) => route.routeShortName,
    longName: (route) => route.routeLongName,
    operator: (route, _, ctx) =>
      required(ctx.loaders.operatorById.load(route.operatorId), `operator ${route.operatorId}`),
  },
}
