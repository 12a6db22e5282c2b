import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { importShelters } from './shelter-import.service.js'

export const shelterImportResolvers: Resolvers = {
  Mutation: {
    importShelters: (_, args, ctx) => importShelters(ctx, args),
  },
}
