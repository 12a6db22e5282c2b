import type { Resolvers } from '../../../codegen/ict-resolvers.js'
import { isUuid } from '../../../lib/ids.js'
import type { PilotModel } from '../pilots/pilots.model.js'
import { createRegionalIssue, linkPilotToIssue, listRegionalIssues } from './regional-issues.service.js'

export const regionalIssueResolvers: Resolvers = {
  Query: {
    regionalIssues: (_, args, ctx) => listRegionalIssues(ctx, args),
  },
  Mutation: {
    createRegionalIssue: (_, { input }, ctx) => createRegionalIssue(ctx, input),
    linkPilotToIssue: (_, { pilotId, issueId }, ctx) => linkPilotToIssue(ctx, pilotId, issueId),
  },
  RegionalIssue: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.issueById.load(ref.id) : null),
    pilots: async (issue, _, ctx) => {
      const links = await ctx.loaders.pilotIdsByIssue.load(issue.id)
      const pilots = await ctx.loaders.pilotById.loadMany(links.map((link) => link.pilotId))
      return pilots.filter((pilot): pilot is PilotModel => pilot !== null && !(pilot instanceof Error))
    },
  },
  Pilot: {
    issues: (pilot, _, ctx) => ctx.loaders.issuesByPilot.load(pilot.id),
  },
}
