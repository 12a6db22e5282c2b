import type { RecordRegionInput } from '../../../codegen/agreement-resolvers.js'
import { isAdmin } from '../../../lib/auth/viewer.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { forbidden } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { assertServedMunicipalities } from '../../../lib/served-municipalities.js'
import type { AgreementContext } from '../context.js'
import { findRegionForUpdate, findRegionPartyCodes, upsertRegion } from './regions.repository.js'
import { regionRules } from './regions.rules.js'

/**
 * Records a 圏域, or replaces the one with the same id, with its towns in order: admins only — a region binds towns
 * that may belong to no agreement the platform's coordinators lead. The audit row keeps the region as it was.
 */
export function recordRegion(ctx: AgreementContext, input: RecordRegionInput) {
  return runWrite(ctx, async (w) => {
    if (!isAdmin(w.actor)) throw forbidden('Only an admin can record the 圏域 the platform serves.')
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
