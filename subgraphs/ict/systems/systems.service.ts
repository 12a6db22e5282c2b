import type { CreateSystemInput, SystemContractInput, UpdateSystemInput } from '../../../codegen/ict-resolvers.js'
import { definedFields } from '../../../lib/collections.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { parseInput } from '../../../lib/graphql/input.js'
import type { IctContext } from '../context.js'
import {
  findSystemForUpdate,
  findSystemsByIds,
  insertSystem,
  updateSystem as updateSystemRow,
  upsertContract,
} from './systems.repository.js'
import { systemContractRules, systemRules, systemUpdateRules } from './systems.rules.js'

export function createSystem(ctx: IctContext, input: CreateSystemInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(input.municipalityCode, 'input.municipalityCode')
    const data = parseInput(systemRules.input, input)
    const row = await insertSystem(w.trx, {
      municipalityCode: owner,
      business: data.business,
      vendor: data.vendor,
      product: data.product,
      deployment: data.deployment,
      contractEndsOn: data.contractEndsOn ?? null,
      migrationStatus: data.migrationStatus ?? 'NOT_STARTED',
    })
    await w.changedRow('InformationSystem', 'create', row)
    return row
  })
}

const SYSTEM_ACCESS = { what: 'system', findByIds: findSystemsByIds, lockById: findSystemForUpdate }

export function updateSystem(ctx: IctContext, id: string, input: UpdateSystemInput) {
  return runWrite(ctx, async (w) => {
    const changes = parseInput(systemUpdateRules, input)
    const existing = await w.lockOwned(id, SYSTEM_ACCESS)
    const row = await updateSystemRow(
      w.trx,
      id,
      definedFields(changes, ['vendor', 'product', 'deployment', 'contractEndsOn', 'migrationStatus']),
    )
    await w.changedRow('InformationSystem', 'update', row, existing)
    return row
  })
}

export function retireSystem(ctx: IctContext, id: string) {
  return runWrite(ctx, async (w) => {
    const existing = await w.lockOwned(id, SYSTEM_ACCESS)
    if (existing.retiredAt) return existing
    const row = await updateSystemRow(w.trx, id, { retiredAt: new Date() })
    await w.changedRow('InformationSystem', 'retire', row, existing)
    return row
  })
}

export function setSystemContract(ctx: IctContext, systemId: string, input: SystemContractInput) {
  return runWrite(ctx, async (w) => {
    const data = parseInput(systemContractRules.input, input)
    const existing = await w.lockOwned(systemId, SYSTEM_ACCESS)
    const contract = await upsertContract(w.trx, {
      systemId,
      municipalityCode: existing.municipalityCode,
      startsOn: data.startsOn ?? null,
      annualCostYen: data.annualCostYen ?? null,
      notes: data.notes ?? '',
    })
    // The audit row is readable by admins and the owning town only, like the contract itself.
    await w.changed({
      operation: 'set-contract',
      entity: 'SystemContract',
      entityId: systemId,
      ownerCode: existing.municipalityCode,
      after: contract,
    })
    w.refresh(ctx.loaders.visibleContractBySystemId, systemId)
    return existing
  })
}
