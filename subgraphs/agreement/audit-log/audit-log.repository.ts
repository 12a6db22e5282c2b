import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { countRows } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import type { AuditEntryModel } from './audit-log.model.js'

/** Which entries to list: one town's, or one town's plus the region-wide ones, or all. */
export type AuditScope = { kind: 'all' } | { kind: 'town'; code: string; withRegional: boolean }

/** The id orders the log (identity, increasing with every insert) and is the cursor. */
export const auditSortKey = (row: AuditEntryModel) => String(row.id)
export const isAuditSortKey = (key: string) => /^[1-9][0-9]{0,17}$/.test(key)

/**
 * A page of the log, newest first. Takes a Transaction on purpose: it must run inside the viewer's
 * transaction, so that row-level security filters the same rows the scope asks for.
 */
function entriesIn(trx: Transaction<DB>, scope: AuditScope) {
  const query = trx.selectFrom('app.auditLog').selectAll()
  if (scope.kind !== 'town') return query
  // A town's entries: about its data, or concerning it (an arrangement with another town; GIN-indexed `@>`).
  return query.where((eb) =>
    eb.or([
      eb('ownerMunicipalityCode', '=', scope.code),
      eb('partyMunicipalityCodes', '@>', sql<string[]>`array[${scope.code}]::text[]`),
      ...(scope.withRegional ? [eb('ownerMunicipalityCode', 'is', null)] : []),
    ]),
  )
}

export const countAuditEntries = (trx: Transaction<DB>, scope: AuditScope) => countRows(entriesIn(trx, scope))

export function findAuditPage(trx: Transaction<DB>, scope: AuditScope, page: PageRequest) {
  let query = entriesIn(trx, scope)
  if (page.afterKey) query = query.where('id', '<', Number(page.afterKey))
  return query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}
