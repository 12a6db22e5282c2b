import { isAdmin, isCoordinator } from '../../../lib/auth/viewer.js'
import type { IctContext } from '../context.js'

/**
 * Who may see a town's restricted ICT data (contract start, annual cost): its own staff, admins, and the coordinator
 * for the agreement's parties — not for the towns of the other 圏域 the platform serves, which agreed to share
 * nothing with it. The same rule is `app.can_read_restricted()` in SQL (migration 0133); this copy lets the subgraph
 * skip the query entirely for callers who could never see anything.
 */
export async function canReadRestricted(ctx: IctContext, ownerCode: string): Promise<boolean> {
  const { viewer } = ctx
  if (viewer.kind !== 'staff') return false
  if (isAdmin(viewer) || viewer.municipalityCode === ownerCode) return true
  return isCoordinator(viewer) && (await ctx.loaders.agreementPartyByCode.load(ownerCode)) !== null
}
