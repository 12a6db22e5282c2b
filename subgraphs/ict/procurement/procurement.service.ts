import { isAdmin, isCoordinator } from '../../../lib/auth/viewer.js'
import { badUserInput } from '../../../lib/errors.js'
import { todayInJapan } from '../../../lib/business-date.js'
import { findServedMunicipalityCodes } from '../../../lib/served-municipalities.js'
import type { IctContext } from '../context.js'
import { findSystemsInService } from '../systems/systems.repository.js'
import { findProcurementGroups } from './find-procurement-groups.js'
import type { ProcurementGroupModel } from './procurement.model.js'
import { buildSystemMatrix } from './system-matrix.js'

export const MAX_WINDOW_MONTHS = 60

export async function jointProcurementCandidates(
  ctx: IctContext,
  args: { windowMonths?: number | null; business?: string | null },
) {
  const windowMonths = args.windowMonths ?? 12
  if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS) {
    throw badUserInput(`windowMonths must be between 1 and ${MAX_WINDOW_MONTHS}, got ${windowMonths}.`, {
      field: 'windowMonths',
    })
  }
  const systems = await findSystemsInService(ctx.db, { business: args.business ?? null })
  return findProcurementGroups(systems, windowMonths, todayInJapan())
}

export async function systemMatrix(ctx: IctContext, standardOnly: boolean) {
  const [systems, towns] = await Promise.all([findSystemsInService(ctx.db), findServedMunicipalityCodes(ctx.db)])
  return buildSystemMatrix(systems, towns, standardOnly)
}

/**
 * The combined cost needs the costs of every town in the group, so only callers who can read all
 * towns' contracts (coordinator, admin) get a number. The read still goes through row-level
 * security; a cost missing from the visible rows makes the total null rather than too small.
 */
export async function combinedAnnualCost(ctx: IctContext, group: ProcurementGroupModel): Promise<number | null> {
  if (!isAdmin(ctx.viewer) && !isCoordinator(ctx.viewer)) return null
  const contracts = await ctx.loaders.visibleContractBySystemId.loadMany(group.systems.map((system) => system.id))
  let total = 0
  for (const contract of contracts) {
    if (contract === null || contract instanceof Error || contract.annualCostYen === null) return null
    total += contract.annualCostYen
  }
  return total
}
