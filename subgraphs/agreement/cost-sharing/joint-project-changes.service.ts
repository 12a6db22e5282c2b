import type { UpdateJointProjectInput } from '../../../codegen/agreement-resolvers.js'
import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { conflict, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import type { AgreementContext } from '../context.js'
import type { JointProjectModel } from './cost-sharing.model.js'
import {
  findUsageByProjects,
  lockProject,
  markProjectWithdrawn,
  replaceUsage,
  updateProject,
} from './cost-sharing.repository.js'
import { jointProjectRules } from './cost-sharing.rules.js'
import { assertPartiesOnly, assertSplittable, currentParties } from './cost-sharing.service.js'

/**
 * Before the councils agree on a joint project its amount, split and years change, and a project may be
 * dropped: these are the two changes. Both lock the row, refuse a withdrawn project, and audit before/after.
 */
async function lockStanding(w: Write, id: string): Promise<JointProjectModel> {
  w.assertRegional()
  const project = isUuid(id) ? await lockProject(w.trx, id) : undefined
  if (!project) throw notFound(`id: no joint project ${JSON.stringify(id)}`)
  if (project.withdrawnAt)
    throw conflict(`id: joint project ${id} was withdrawn at ${project.withdrawnAt.toISOString()}; it cannot change`, {
      field: 'id',
    })
  return project
}

/** Fields left out keep their value; the merged project is checked by the same rules as a new one. */
export async function updateJointProject(ctx: AgreementContext, id: string, input: UpdateJointProjectInput) {
  // A public read, before the transaction: the loaders run on their own connections.
  const parties = await currentParties(ctx)
  return runWrite(ctx, async (w) => {
    const before = await lockStanding(w, id)
    const usageBefore = await findUsageByProjects(w.trx, [before.id])
    const data = parseInput(jointProjectRules.input, {
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      initiativeId: before.initiativeId,
      fiscalYear: input.fiscalYear ?? before.fiscalYear,
      totalCostYen: input.totalCostYen ?? before.totalCostYen,
      equalPercent: input.equalPercent ?? before.equalPercent,
      populationPercent: input.populationPercent ?? before.populationPercent,
      usagePercent: input.usagePercent ?? before.usagePercent,
      usageUnit: input.usageUnit ?? before.usageUnit,
      usage: input.usage ?? usageBefore.map(({ municipalityCode, amount }) => ({ municipalityCode, amount })),
      isSample: before.isSample,
    })
    const usage = data.usage ?? []
    assertPartiesOnly(usage, new Set(parties.map((party) => party.code)))
    const project = await updateProject(w.trx, before.id, {
      title: data.title,
      description: data.description ?? '',
      fiscalYear: data.fiscalYear,
      totalCostYen: data.totalCostYen,
      equalPercent: data.equalPercent,
      populationPercent: data.populationPercent,
      usagePercent: data.usagePercent,
      usageUnit: data.usageUnit ?? null,
    })
    const usageAfter = input.usage
      ? await replaceUsage(
          w.trx,
          project.id,
          usage.map((figure) => ({ projectId: project.id, ...figure })),
        )
      : usageBefore
    assertSplittable(project, parties, usageAfter)
    await w.changed({
      operation: 'update',
      entity: 'JointProject',
      entityId: project.id,
      ownerCode: null,
      before: { project: before, usage: usageBefore },
      after: { project, usage: usageAfter },
    })
    w.refresh(ctx.loaders.jointProjectById, project.id, project)
    w.refresh(ctx.loaders.usageByProject, project.id, usageAfter)
    return project
  })
}

export async function withdrawJointProject(ctx: AgreementContext, id: string) {
  return runWrite(ctx, async (w) => {
    const before = await lockStanding(w, id)
    const project = await markProjectWithdrawn(w.trx, before.id)
    await w.changed({
      operation: 'withdraw',
      entity: 'JointProject',
      entityId: project.id,
      ownerCode: null,
      before: { project: before },
      after: { project },
    })
    w.refresh(ctx.loaders.jointProjectById, project.id, project)
    return project
  })
}
