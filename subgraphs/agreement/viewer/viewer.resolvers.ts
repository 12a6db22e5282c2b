import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { isCoordinator } from '../../../lib/auth/viewer.js'

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => (ctx.viewer.kind === 'anonymous' ? null : ctx.viewer),
  },
  Viewer: {
    municipality: (viewer, _, ctx) =>
      viewer.kind === 'staff' ? ctx.loaders.municipalityByCode.load(viewer.municipalityCode) : null,
    roles: (viewer) => [...viewer.roles].sort(),
    isCoordinator: (viewer) => isCoordinator(viewer),
  },
}
