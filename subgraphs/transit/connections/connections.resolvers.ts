import type { Resolvers } from '../../../codegen/transit-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { connections } from './connections.service.js'

export const connectionResolvers: Resolvers = {
  Query: {
    connections: (_, args, ctx) => connections(ctx, args),
  },
  JourneyLeg: {
    trip: (leg, _, ctx) => required(ctx.loaders.tripByKey.load(leg.tripKey), `trip ${leg.tripKey}`),
    from: (leg, _, ctx) => required(ctx.loaders.stopByKey.load(leg.fromKey), `stop ${leg.fromKey}`),
    to: (leg, _, ctx) => required(ctx.loaders.stopByKey.load(leg.toKey), `stop ${leg.toKey}`),
  },
}
