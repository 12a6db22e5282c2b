import { z } from 'zod'
import type { CreateSystemInput, SystemContractInput, UpdateSystemInput } from '../../../codegen/ict-resolvers.js'
import { lockOwnedRow, ownerForWrite } from '../../../lib/auth/ownership.js'
import { requireStaff, type StaffViewer } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import type { IctContext } from '../context.js'
import {
  findSystemForUpdate,
  findSystemsByIds,
  insertSystem,
  updateSystem as updateSystemRow,
  upsertContract,
  type SystemRow,
} from './systems.repository.js'

const deployment = z.enum(['ON_PREMISES', 'MUNICIPAL_CLOUD', 'GOVERNMENT_CLOUD'])
const migrationStatus = z.enum(['NOT_STARTED', 'PLANNING', 'MIGRATING', 'MIGRATED', 'NOT_APPLICABLE'])

const createSchema = z.object({
  business: inputRules.text(100),
  vendor: inputRules.text(200),
  product: inputRules.text(200),
  deployment,
  contractEndsOn: inputRules.isoDate.nullish(),
  migrationStatus: migrationStatus.nullish(),
})

const updateSchema = z.object({
  vendor: inputRules.text(200).optional(),
  product: inputRules.text(200).optional(),
  deployment: deployment.optional(),
  contractEndsOn: inputRules.isoDate.nullish(),
  migrationStatus: migrationStatus.optional(),
})

const contractSchema = z.object({
  startsOn: inputRules.isoDate.nullish(),
  annualCostYen: z
    .number()
    .int('must be whole yen')
    .min(0, 'must not be negative')
    .max(1e12, 'is implausibly large')
    .nullish(),
  notes: inputRules.optionalText(2000).nullish(),
})

export async function createSystem(ctx: IctContext, input: CreateSystemInput) {
  const { actor, owner } = ownerForWrite(ctx.viewer, input.municipalityCode, 'input.municipalityCode')
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertSystem(trx, {
      municipalityCode: owner,
      business: data.business,
      vendor: data.vendor,
      product: data.product,
      deployment: data.deployment,
      contractEndsOn: data.contractEndsOn ?? null,
      migrationStatus: data.migrationStatus ?? 'NOT_STARTED',
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'create', 'InformationSystem', row, undefined))
    return row
  })
}

const SYSTEM_ACCESS = { what: 'system', findByIds: findSystemsByIds, lockById: findSystemForUpdate }

export async function updateSystem(ctx: IctContext, id: string, input: UpdateSystemInput) {
  requireStaff(ctx.viewer)
  const changes = parseInput(updateSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, SYSTEM_ACCESS)
    const row = await updateSystemRow(trx, id, {
      ...(changes.vendor !== undefined ? { vendor: changes.vendor } : {}),
      ...(changes.product !== undefined ? { product: changes.product } : {}),
      ...(changes.deployment !== undefined ? { deployment: changes.deployment } : {}),
      ...(changes.contractEndsOn !== undefined ? { contractEndsOn: changes.contractEndsOn } : {}),
      ...(changes.migrationStatus !== undefined ? { migrationStatus: changes.migrationStatus } : {}),
    })
    await recordAudit(trx, auditEntry(ctx, actor, 'update', 'InformationSystem', row, existing))
    return row
  })
}

export async function retireSystem(ctx: IctContext, id: string) {
  requireStaff(ctx.viewer)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, id, SYSTEM_ACCESS)
    if (existing.retiredAt) return existing
    const row = await updateSystemRow(trx, id, { retiredAt: new Date() })
    await recordAudit(trx, auditEntry(ctx, actor, 'retire', 'InformationSystem', row, existing))
    return row
  })
}

export async function setSystemContract(ctx: IctContext, systemId: string, input: SystemContractInput) {
  requireStaff(ctx.viewer)
  const data = parseInput(contractSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const { actor, existing } = await lockOwnedRow(ctx.viewer, trx, systemId, SYSTEM_ACCESS)
    const contract = await upsertContract(trx, {
      systemId,
      municipalityCode: existing.municipalityCode,
      startsOn: data.startsOn ?? null,
      annualCostYen: data.annualCostYen ?? null,
      notes: data.notes ?? '',
    })
    // The audit row is readable by admins and the owning town only, like the contract itself.
    await recordAudit(trx, {
      actor,
      subgraph: 'ict',
      operation: 'set-contract',
      entity: 'SystemContract',
      entityId: systemId,
      ownerCode: existing.municipalityCode,
      after: contract,
      requestId: ctx.requestId,
    })
    ctx.loaders.visibleContractBySystemId.clear(systemId)
    return existing
  })
}

function auditEntry(
  ctx: IctContext,
  actor: StaffViewer,
  operation: string,
  entity: string,
  after: SystemRow,
  before: SystemRow | undefined,
) {
  return {
    actor,
    subgraph: 'ict' as const,
    operation,
    entity,
    entityId: after.id,
    ownerCode: after.municipalityCode,
    before,
    after,
    requestId: ctx.requestId,
  }
}
