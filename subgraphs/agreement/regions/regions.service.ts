import type { RecordRegionInput } from '../../../codegen/agreement-resolvers.js'
import { isAdmin } from '../../../lib/auth/viewer.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { forbidden, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { assertServedMunicipalities } from '../../../lib/served-municipalities.js'
import type { AgreementContext } from '../context.js'
import { deleteRegion, findRegionForUpdate, findRegionPartyCodes, upsertRegion } from './regions.repository.js'
import { regionRules } from './regions.rules.js'

const ADMINS_ONLY = 'Only an admin can record or remove the 圏域 the platform serves.'

/**
 * Records a 圏域, or replaces the one with the same id, with its towns in order: admins only — a region binds towns
 * that may belong to no agreement the platform's coordinators lead. The audit row keeps the region as it was.
 */
export function recordRegion(ctx: AgreementContext, input: RecordRegionInput) {
  return runWrite(ctx, async (w) => {
    if (!isAdmin(w.actor)) throw forbidden(ADMINS_ONLY)
    const data = parseInput(regionRules.input, input)
    await assertServedMunicipalities(w.trx, data.municipalityCodes, 'input.municipalityCodes')
    const before = await findRegionForUpdate(w.trx, data.id)
    const beforeTowns = before ? (await findRegionPartyCodes(w.trx, data.id)).map((row) => row.municipalityCode) : []
    const region = {
      id: data.id,
      name: data.name,
      kind: data.kind,
      centreMunicipalityCode: data.centreMunicipalityCode,
      signedOn: data.signedOn,
      isSample: data.isSample ?? false,
    }
    await upsertRegion(w.trx, region, data.municipalityCodes)
    await w.changed({
      operation: before ? 'update' : 'create',
      entity: 'Region',
      entityId: data.id,
      ownerCode: null,
      partyCodes: [...new Set([...beforeTowns, ...data.municipalityCodes])],
      ...(before && { before: { ...before, municipalityCodes: beforeTowns } }),
      after: { ...region, municipalityCodes: data.municipalityCodes },
    })
    w.refresh(ctx.loaders.regionById, data.id)
    w.refresh(ctx.loaders.membersByRegion, data.id)
    return data.id
  })
}

/** Removes a region (its towns stay served); the audit row keeps it, towns included. Admins only. */
export function removeRegion(ctx: AgreementContext, id: string) {
  return runWrite(ctx, async (w) => {
    if (!isAdmin(w.actor)) throw forbidden(ADMINS_ONLY)
    const before = await findRegionForUpdate(w.trx, id)
    if (!before)
      throw notFound(`No region ${JSON.stringify(id)} is served (the agreement in force is no region to remove).`)
    const towns = (await findRegionPartyCodes(w.trx, id)).map((row) => row.municipalityCode)
    await deleteRegion(w.trx, id)
    await w.changed({
      operation: 'delete',
      entity: 'Region',
      entityId: id,
      ownerCode: null,
      partyCodes: towns,
      before: { ...before, municipalityCodes: towns },
    })
    w.refresh(ctx.loaders.regionById, id)
    w.refresh(ctx.loaders.membersByRegion, id)
    return id
  })
}
