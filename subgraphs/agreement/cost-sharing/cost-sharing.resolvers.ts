import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { isUuid } from '../../../lib/ids.js'
import { REMAINDER_RULE } from './cost-allocation.js'
import {
  costAllocationOf,
  costTotalsByFiscalYear,
  createJointProject,
  listJointProjects,
} from './cost-sharing.service.js'
import { updateJointProject, withdrawJointProject } from './joint-project-changes.service.js'

export const costSharingResolvers: Resolvers = {
  Query: {
    jointProjects: (_, args, ctx) => listJointProjects(ctx, args),
    jointProject: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.jointProjectById.load(id) : null),
    costAllocation: async (_, { projectId }, ctx) => {
      const project = isUuid(projectId) ? await ctx.loaders.jointProjectById.load(projectId) : null
      return project ? costAllocationOf(ctx, project) : null
    },
    costTotalsByFiscalYear: (_, { fiscalYear }, ctx) => costTotalsByFiscalYear(ctx, fiscalYear),
  },
  Mutation: {
    createJointProject: (_, { input }, ctx) => createJointProject(ctx, input),
    updateJointProject: (_, { id, input }, ctx) => updateJointProject(ctx, id, input),
    withdrawJointProject: (_, { id }, ctx) => withdrawJointProject(ctx, id),
  },
  JointProject: {
    initiative: async (project, _, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.initiativeById.load({ agreementId: agreement.id, id: project.initiativeId })
    },
    rule: (project) => project,
    usage: (project, _, ctx) => ctx.loaders.usageByProject.load(project.id),
    allocation: (project, _, ctx) => costAllocationOf(ctx, project),
    updatedAt: (project) => project.updatedAt.toISOString(),
    withdrawnAt: (project) => project.withdrawnAt?.toISOString() ?? null,
  },
  UsageFigure: {
    municipality: (row, _, ctx) =>
      required(ctx.loaders.municipalityByCode.load(row.municipalityCode), `municipality ${row.municipalityCode}`),
  },
  CostAllocation: {
    totalYen: (allocation) => allocation.project.totalCostYen,
    rule: (allocation) => allocation.project,
    remainderRule: () => REMAINDER_RULE,
  },
  CostShare: {
    municipality: (share, _, ctx) =>
      required(ctx.loaders.municipalityByCode.load(share.code), `municipality ${share.code}`),
  },
  MunicipalCostTotal: {
    municipality: (total, _, ctx) =>
      required(ctx.loaders.municipalityByCode.load(total.code), `municipality ${total.code}`),
  },
}
