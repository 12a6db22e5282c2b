import { isAdmin, isCoordinator, type Viewer } from '../../../lib/auth/viewer.js'

/**
 * Who may see a town's restricted ICT data (contract start, annual cost): its own staff, the
 * coordinator and admins. The same rule is `app.can_read_restricted()` in SQL; this copy lets the
 * subgraph skip the query entirely for callers who could never see anything.
 */
export function canReadRestricted(viewer: Viewer, ownerCode: string): boolean {
  if (viewer.kind !== 'staff') return false
  return isAdmin(viewer) || isCoordinator(viewer) || viewer.municipalityCode === ownerCode
}
