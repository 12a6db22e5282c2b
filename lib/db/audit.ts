import type { Transaction } from 'kysely'
import type { StaffViewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import type { DB } from './database.js'

export interface AuditEntry {
  actor: StaffViewer
  subgraph: SubgraphName
  /** A verb such as `create`, `update`, `retire`, `import`. */
  operation: string
  /** The entity's GraphQL type name, e.g. `PromotionCampaign`. */
  entity: string
  entityId: string
  /** The municipality whose data changed (may differ from the actor's for admins); null for region-wide rows. */
  ownerCode: string | null
  /** Other towns the change concerns, who read the entry as their own (migration 0122). */
  partyCodes?: readonly string[] | undefined
  before?: unknown
  after?: unknown
  requestId?: string | undefined
}

/**
 * Appends one audit row. It takes a Transaction (not any executor) on purpose: the audit row must
 * commit or roll back together with the write it describes.
 */
export async function recordAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('app.auditLog')
    .values({
      actorSubject: entry.actor.subject,
      actorMunicipalityCode: entry.actor.municipalityCode,
      actorRoles: [...entry.actor.roles],
      subgraph: entry.subgraph,
      operation: entry.operation,
      entity: entry.entity,
      entityId: entry.entityId,
      ownerMunicipalityCode: entry.ownerCode,
      partyMunicipalityCodes: [...(entry.partyCodes ?? [])],
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      requestId: entry.requestId ?? null,
    })
    .execute()
}
