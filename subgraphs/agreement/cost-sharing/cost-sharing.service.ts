import { z } from 'zod'
import type { CreateJointProjectInput } from '../../../codegen/agreement-resolvers.js'
import { assertCanWriteRegional } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import type { MunicipalityRow } from '../municipalities/municipalities.repository.js'
import type { AgreementContext } from '../context.js'
import { allocateCost, AllocationInputError, type AllocatedShare } from './cost-allocation.js'
import {
  findProjectsPage,
  insertProject,
  insertUsage,
  isProjectSortKey,
  projectSortKey,
  type JointProjectRow,
  type UsageRow,
} from './cost-sharing.repository.js'

export interface CostShareModel extends AllocatedShare {
  population: number
  usage: number
}

export interface CostAllocationModel {
  project: JointProjectRow
  shares: CostShareModel[]
  populationSource: string
  populationYear: number
}

export interface MunicipalCostTotalModel {
  code: string
  fiscalYear: number
  totalYen: number
  projectCount: number
}

/** The participants of every project are the parties of the agreement in force (第4条2: 連携市町). */
async function currentParties(ctx: AgreementContext): Promise<MunicipalityRow[]> {
  const agreement = await ctx.loaders.currentAgreement.load('current')
  return ctx.loaders.municipalitiesByAgreement.load(agreement.id)
}

function allocationOf(
  project: JointProjectRow,
  parties: readonly MunicipalityRow[],
  usage: readonly UsageRow[],
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

export async function costAllocationOf(ctx: AgreementContext, project: JointProjectRow): Promise<CostAllocationModel> {
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

const percent = z.number().int('must be a whole percentage').min(0, 'must be 0–100').max(100, 'must be 0–100')
const createSchema = z
  .object({
    title: inputRules.text(200),
    description: inputRules.optionalText(4000).nullish(),
    initiativeId: z.string().regex(/^[a-z][a-z0-9]*-\d{1,3}$/, 'must be an initiative id such as disaster-2'),
    fiscalYear: z.number().int().min(2020, 'must be 2020–2100').max(2100, 'must be 2020–2100'),
    totalCostYen: z.number().int('must be whole yen').min(0, 'must not be negative'),
    equalPercent: percent,
    populationPercent: percent,
    usagePercent: percent,
    usageUnit: inputRules.text(50).nullish(),
    usage: z
      .array(
        z.object({
          municipalityCode: z.string(),
          amount: z.number().int('must be a whole number').min(0, 'must not be negative'),
        }),
      )
      .max(9)
      .nullish(),
    isSample: z.boolean().nullish(),
  })
  .refine((v) => v.equalPercent + v.populationPercent + v.usagePercent === 100, {
    message: 'the three weights must sum to 100',
    path: ['usagePercent'],
  })
  .refine((v) => v.usagePercent === 0 || Boolean(v.usageUnit), {
    message: 'is required when usagePercent > 0',
    path: ['usageUnit'],
  })

/** Joint projects are region-wide records: the coordinator (岩見沢市) or an admin creates them. */
export async function createJointProject(ctx: AgreementContext, input: CreateJointProjectInput) {
  const actor = assertCanWriteRegional(ctx.viewer)
  const data = parseInput(createSchema, input)
  const parties = await currentParties(ctx)
  const partyCodes = new Set(parties.map((party) => party.code))
  const usage = data.usage ?? []
  usage.forEach((figure, index) => {
    if (!partyCodes.has(figure.municipalityCode))
      throw badUserInput(`input.usage.${index}.municipalityCode: must be a party`, {
        field: `input.usage.${index}.municipalityCode`,
      })
  })
  if (new Set(usage.map((figure) => figure.municipalityCode)).size !== usage.length)
    throw badUserInput('input.usage: names a town twice', { field: 'input.usage' })
  const agreement = await ctx.loaders.currentAgreement.load('current')
  if (!(await ctx.loaders.initiativeById.load({ agreementId: agreement.id, id: data.initiativeId }))) {
    throw badUserInput(
      `input.initiativeId: no initiative ${JSON.stringify(data.initiativeId)} in the agreement in force`,
      { field: 'input.initiativeId' },
    )
  }
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const project = await insertProject(trx, {
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
      trx,
      usage.map((figure) => ({
        projectId: project.id,
        municipalityCode: figure.municipalityCode,
        amount: figure.amount,
      })),
    )
    try {
      allocationOf(project, parties, usageRows)
    } catch (error) {
      // e.g. 利用割 with every usage figure 0: refuse now rather than store a project that cannot be split.
      if (error instanceof AllocationInputError)
        throw badUserInput(`input.usage: ${error.message}`, { field: 'input.usage' })
      throw error
    }
    await recordAudit(trx, {
      actor,
      subgraph: 'agreement',
      operation: 'create',
      entity: 'JointProject',
      entityId: project.id,
      ownerCode: null,
      after: { project, usage: usageRows },
      requestId: ctx.requestId,
    })
    return project
  })
}

export async function listJointProjects(ctx: AgreementContext, args: PageArgs & { fiscalYear?: number | null }) {
  const page = pageRequest(args, isProjectSortKey)
  return toConnection(await findProjectsPage(ctx.db, args.fiscalYear ?? null, page), page, projectSortKey)
}
