import type { CreateJointProjectInput } from '../../../codegen/agreement-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import type { AgreementContext } from '../context.js'
import type { MunicipalityModel } from '../municipalities/municipalities.model.js'
import { findInitiativesByIds } from '../policy-fields/policy-fields.repository.js'
import { allocateCost, AllocationInputError } from './cost-allocation.js'
import type {
  CostAllocationModel,
  JointProjectModel,
  MunicipalCostTotalModel,
  UsageFigureModel,
} from './cost-sharing.model.js'
import {
  countProjects,
  findProjectsPage,
  insertProject,
  insertUsage,
  isProjectSortKey,
  projectSortKey,
} from './cost-sharing.repository.js'
import { jointProjectRules } from './cost-sharing.rules.js'

/** The participants of every project are the parties of the agreement in force (第4条2: 連携市町). */
export async function currentParties(ctx: AgreementContext): Promise<MunicipalityModel[]> {
  const agreement = await ctx.loaders.currentAgreement.load('current')
  return ctx.loaders.municipalitiesByAgreement.load(agreement.id)
}

function allocationOf(
  project: JointProjectModel,
  parties: readonly MunicipalityModel[],
  usage: readonly UsageFigureModel[],
): CostAllocationModel {
  const usageByCode = new Map(usage.map((row) => [row.municipalityCode, row.amount]))
  const inputs = parties.map((party) => ({
    code: party.code,
    population: party.population,
    usage: usageByCode.get(party.code) ?? 0,
  }))
  const shares = allocateCost(project.totalCostYen, project, inputs)
  const [first] = parties
  return {
    project,
    shares: shares.map((share, index) => ({
      ...share,
      population: inputs[index]?.population ?? 0,
      usage: inputs[index]?.usage ?? 0,
    })),
    populationSource: first?.populationSource ?? '',
    populationYear: first?.populationYear ?? 0,
  }
}

export async function costAllocationOf(
  ctx: AgreementContext,
  project: JointProjectModel,
): Promise<CostAllocationModel> {
  const [parties, usage] = await Promise.all([currentParties(ctx), ctx.loaders.usageByProject.load(project.id)])
  return allocationOf(project, parties, usage)
}

/** Per-town totals of one fiscal year: three statements (projects, usage, parties) however many projects. */
export async function costTotalsByFiscalYear(
  ctx: AgreementContext,
  fiscalYear: number,
): Promise<MunicipalCostTotalModel[]> {
  const projects = await ctx.loaders.jointProjectsByFiscalYear.load(fiscalYear)
  const [parties, usage] = await Promise.all([
    currentParties(ctx),
    ctx.loaders.usageByProject.loadMany(projects.map((p) => p.id)),
  ])
  const totals = new Map(parties.map((party) => [party.code, 0]))
  projects.forEach((project, index) => {
    const rows = usage[index]
    for (const share of allocationOf(project, parties, Array.isArray(rows) ? rows : []).shares) {
      totals.set(share.code, (totals.get(share.code) ?? 0) + share.amountYen)
    }
  })
  return parties.map((party) => ({
    code: party.code,
    fiscalYear,
    totalYen: totals.get(party.code) ?? 0,
    projectCount: projects.length,
  }))
}

/** Joint projects are region-wide records: the coordinator (of a town leading a field) or an admin creates them. */
export async function createJointProject(ctx: AgreementContext, input: CreateJointProjectInput) {
  // Public reads, before the transaction: the loaders run on their own connections.
  const [agreement, parties] = await Promise.all([ctx.loaders.currentAgreement.load('current'), currentParties(ctx)])
  return runWrite(ctx, async (w) => {
    w.assertRegional()
    const data = parseInput(jointProjectRules.input, input)
    const usage = data.usage ?? []
    assertPartiesOnly(usage, new Set(parties.map((party) => party.code)))
    const [initiative] = await findInitiativesByIds(w.trx, [{ agreementId: agreement.id, id: data.initiativeId }])
    if (!initiative) {
      throw badUserInput(
        `input.initiativeId: no initiative ${JSON.stringify(data.initiativeId)} in the agreement in force`,
        { field: 'input.initiativeId' },
      )
    }
    const project = await insertProject(w.trx, {
      title: data.title,
      description: data.description ?? '',
      initiativeId: data.initiativeId,
      fiscalYear: data.fiscalYear,
      totalCostYen: data.totalCostYen,
      equalPercent: data.equalPercent,
      populationPercent: data.populationPercent,
      usagePercent: data.usagePercent,
      usageUnit: data.usageUnit ?? null,
      isSample: data.isSample ?? false,
    })
    const usageRows = await insertUsage(
      w.trx,
      usage.map((figure) => ({
        projectId: project.id,
        municipalityCode: figure.municipalityCode,
        amount: figure.amount,
      })),
    )
    assertSplittable(project, parties, usageRows)
    await w.changed({
      operation: 'create',
      entity: 'JointProject',
      entityId: project.id,
      ownerCode: null,
      after: { project, usage: usageRows },
    })
    return project
  })
}

export function assertPartiesOnly(usage: readonly { municipalityCode: string }[], partyCodes: ReadonlySet<string>) {
  usage.forEach((figure, index) => {
    if (!partyCodes.has(figure.municipalityCode))
      throw badUserInput(`input.usage.${index}.municipalityCode: must be a party`, {
        field: `input.usage.${index}.municipalityCode`,
      })
  })
  if (new Set(usage.map((figure) => figure.municipalityCode)).size !== usage.length)
    throw badUserInput('input.usage: names a town twice', { field: 'input.usage' })
}

/** E.g. 利用割 with every usage figure 0: refuse now rather than store a project that cannot be split. */
export function assertSplittable(
  project: JointProjectModel,
  parties: readonly MunicipalityModel[],
  usage: readonly UsageFigureModel[],
) {
  try {
    allocationOf(project, parties, usage)
  } catch (error) {
    if (error instanceof AllocationInputError)
      throw badUserInput(`input.usage: ${error.message}`, { field: 'input.usage' })
    throw error
  }
}

export async function listJointProjects(ctx: AgreementContext, args: PageArgs & { fiscalYear?: number | null }) {
  const page = pageRequest(args, isProjectSortKey)
  const fiscalYear = args.fiscalYear ?? null
  return toConnection(await findProjectsPage(ctx.db, fiscalYear, page), page, projectSortKey, () =>
    countProjects(ctx.db, fiscalYear),
  )
}
