import { isAdmin, isCoordinator, requireStaff, type Viewer } from '../../../lib/auth/viewer.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { forbidden } from '../../../lib/errors.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { AgreementContext } from '../context.js'
import {
  auditSortKey,
  countAuditEntries,
  findAuditPage,
  isAuditSortKey,
  type AuditScope,
} from './audit-log.repository.js'

/**
 * What a caller may read of the audit log (DESIGN.md §3): admins everything, staff their own town's
 * entries, the coordinator also the region-wide ones; anonymous callers nothing. Row-level security
 * (migration 0007) enforces the same rows independently.
 */
export function auditScopeFor(viewer: Viewer, municipalityCode: string | null | undefined): AuditScope {
  const staff = requireStaff(viewer)
  const code = municipalityCode == null ? null : assertMunicipalityCode(municipalityCode, 'municipalityCode')
  if (isAdmin(staff)) return code === null ? { kind: 'all' } : { kind: 'town', code, withRegional: false }
  if (code !== null && code !== staff.municipalityCode) {
    throw forbidden(
      `Your account belongs to municipality ${staff.municipalityCode}; ` +
        `only that town's audit entries (or, for admins, all) can be read.`,
    )
  }
  return { kind: 'town', code: staff.municipalityCode, withRegional: code === null && isCoordinator(staff) }
}

export async function listAuditEntries(ctx: AgreementContext, args: PageArgs & { municipalityCode?: string | null }) {
  const scope = auditScopeFor(ctx.viewer, args.municipalityCode)
  const page = pageRequest(args, isAuditSortKey)
  const rows = await withViewerTransaction(ctx.db, ctx.viewer, (trx) => findAuditPage(trx, scope, page))
  // Counted as the viewer too: row-level security decides the rows of the count exactly as of the page.
  return toConnection(rows, page, auditSortKey, () =>
    withViewerTransaction(ctx.db, ctx.viewer, (trx) => countAuditEntries(trx, scope)),
  )
}
