import { badUserInput } from '../../../lib/errors.js'
import { todayInJapan } from '../../../lib/business-date.js'
import { encodeCursor, pageRequest, type PageArgs } from '../../../lib/graphql/pagination.js'
import { isValidMunicipalityCode } from '../../../lib/municipality-code.js'
import { findTownRegions, unknownRegion } from '../../../lib/municipality-regions.js'
import { findServedMunicipalityCodes } from '../../../lib/served-municipalities.js'
import type { IctContext } from '../context.js'
import { canReadRestricted } from '../systems/restricted-access.js'
import { findSystemsInService } from '../systems/systems.repository.js'
import { findProcurementGroupsByRegion } from './find-procurement-groups.js'
import type { ProcurementGroupModel } from './procurement.model.js'
import { buildSystemMatrix } from './system-matrix.js'

export const MAX_WINDOW_MONTHS = 60

export async function jointProcurementCandidates(
  ctx: IctContext,
  args: { windowMonths?: number | null; business?: string | null; region?: string | null },
) {
  const windowMonths = args.windowMonths ?? 12
  if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS) {
    throw badUserInput(`windowMonths must be between 1 and ${MAX_WINDOW_MONTHS}, got ${windowMonths}.`, {
      field: 'windowMonths',
    })
  }
  const townRegions = await findRegionMembers(ctx, args.region)
  const systems = await findSystemsInService(ctx.db, {
    business: args.business ?? null,
    // One region: its towns' systems only. Every region: every town's (most towns are in one).
    ...(typeof args.region === 'string' && { municipalityCodes: townRegions.map((member) => member.municipalityCode) }),
  })
  return findProcurementGroupsByRegion(systems, townRegions, windowMonths, todayInJapan())
}

/** Every region's towns, or one region's (BAD_USER_INPUT naming `region` when the platform serves no such 圏域). */
async function findRegionMembers(ctx: IctContext, region: string | null | undefined) {
  const members = await findTownRegions(ctx.db, region)
  if (typeof region === 'string' && members.length === 0) throw unknownRegion(region)
  return members
}

/**
 * A page of towns of the matrix, of every served town or of one region's (`region`), in the served order. Paged
 * because a whole matrix grows with the towns served: at 1,741 the gateway's fetch of the cells' municipalities
 * (20 × 1,741 representations) exceeded a subgraph's 1 MiB body limit, and the answer failed after 3 s of work. The
 * cursor is the code of the page's last town.
 */
export async function systemMatrix(
  ctx: IctContext,
  standardOnly: boolean,
  args: PageArgs & { region?: string | null },
) {
  const page = pageRequest(args, isValidMunicipalityCode)
  const [everyTown, members] = await Promise.all([
    findServedMunicipalityCodes(ctx.db),
    typeof args.region === 'string' ? findRegionMembers(ctx, args.region) : null,
  ])
  const inRegion = members && new Set(members.map((member) => member.municipalityCode))
  const served = inRegion ? everyTown.filter((code) => inRegion.has(code)) : everyTown
  const start = page.afterKey === null ? 0 : served.indexOf(page.afterKey) + 1
  if (start === 0 && page.afterKey !== null)
    throw badUserInput('after names a town this platform no longer serves: start again without it.', { field: 'after' })
  const towns = served.slice(start, start + page.limit)
  const systems = await findSystemsInService(ctx.db, { municipalityCodes: towns })
  const hasNextPage = start + towns.length < served.length
  return {
    ...buildSystemMatrix(systems, towns, standardOnly),
    towns: {
      pageInfo: { hasNextPage, endCursor: towns.length > 0 ? encodeCursor(towns.at(-1) ?? '') : null },
      totalCount: served.length,
    },
  }
}

/**
 * The combined cost needs the costs of every town in the group, so only callers who can read all towns' contracts
 * (admins; the coordinator for a group of the agreement's parties) get a number. The read still goes through
 * row-level security; a cost missing from the visible rows makes the total null rather than too small.
 */
export async function combinedAnnualCost(ctx: IctContext, group: ProcurementGroupModel): Promise<number | null> {
  const towns = new Set(group.systems.map((system) => system.municipalityCode))
  const readable = await Promise.all([...towns].map((code) => canReadRestricted(ctx, code)))
  if (readable.includes(false)) return null
  const contracts = await ctx.loaders.visibleContractBySystemId.loadMany(group.systems.map((system) => system.id))
  let total = 0
  for (const contract of contracts) {
    if (contract === null || contract instanceof Error || contract.annualCostYen === null) return null
    total += contract.annualCostYen
  }
  return total
}
