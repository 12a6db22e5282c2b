import type DataLoader from 'dataloader'
import type { Transaction } from 'kysely'
import {
  assertCanWriteOwned,
  lockOwnedRow,
  ownerForWrite,
  ownerOrRegionForWrite,
  type OwnedRowAccess,
} from '../auth/ownership.js'
import { assertCanWriteRegional, requireStaff, type StaffViewer, type Viewer } from '../auth/viewer.js'
import type { SubgraphName } from '../config.js'
import { nextWriteStep, type IdempotentField } from '../idempotency/idempotency-key.js'
import { recordAudit } from './audit.js'
import type { Database, DB } from './database.js'
import { claimStep, completeStep } from './idempotent-writes.js'
import { appendOutboxEvents, type OutboxEvent } from './outbox.js'
import { withViewerTransaction } from './viewer-transaction.js'
import { isWriteTimeout, writeTimedOut } from './write-deadline.js'

/**
 * The one write path (DESIGN.md §6): every mutation of every subgraph runs through `runWrite`, which
 *
 * 1. refuses anonymous callers (UNAUTHENTICATED) before any SQL runs;
 * 2. opens ONE transaction with the caller's role and municipality set for row-level security;
 * 3. hands the work a `Write`: ownership checks (FORBIDDEN), locks, and `changed()` / `changedRow()` — the
 *    only way to write an audit row, in the same transaction as the change it describes;
 * 4. after the commit (never before: a rolled-back write must not be cached), refreshes the request's
 *    DataLoaders. The response cache needs nothing: database triggers bump its data versions.
 *
 * Two extensions belong here and nowhere else, so that no mutation has to remember them:
 * - an idempotency key per mutation (`Idempotency-Key`, lib/idempotency/): claimed first thing inside the
 *   transaction (a retry gets the stored first result and writes nothing) and stored with the result just
 *   before the commit — around `work` in `runWrite`. A GraphQL write also has a deadline (`writeDeadline`):
 *   it commits before the gateway stops waiting for it, or not at all;
 * - an outbox event per change ("shelter opened"): derived from the same `Change` in `changed()` by the
 *   subgraph's `EventDerivers` (the domain knows what is worth telling), appended to `app.outbox_event` as the
 *   transaction's last statement, feeding server-sent events, webhooks and Atom feeds (DESIGN.md §5b).
 */

/** What the write path needs of a subgraph's per-request context. */
export interface WriteCaller {
  db: Database
  viewer: Viewer
  subgraph: SubgraphName
  requestId: string
  /** Set per mutation field when the request carries an `Idempotency-Key` (lib/graphql/idempotent-mutations.ts). */
  idempotentField?: IdempotentField | undefined
  /** Epoch milliseconds by which the write must have committed (GraphQL requests; absent for REST uploads). */
  writeDeadline?: number | undefined
  /** What the subgraph tells about its changes, by entity; absent or without an entry: nothing. */
  events?: EventDerivers | undefined
}

/**
 * The events a change is worth (none, one, or several: a shelter that opens already full), read in the write's
 * own transaction so that they describe exactly what commits.
 */
export type EventDeriver = (trx: Transaction<DB>, change: Change) => Promise<readonly OutboxEvent[]>
/** Derivers by the `entity` of the changes they describe, e.g. `ShelterStatusReport`. */
export type EventDerivers = Readonly<Partial<Record<string, EventDeriver>>>

/** One change, as the audit log (and later the outbox) records it. */
export interface Change {
  /** A verb such as `create`, `update`, `retire`, `import`. */
  operation: string
  /** The entity's GraphQL type name, e.g. `Shelter`. */
  entity: string
  entityId: string
  /** The municipality whose data changed (may differ from the actor's for admins); null for region-wide rows. */
  ownerCode: string | null
  /**
   * Other towns the change concerns (an arrangement binds two towns): their staff read the entry in their audit
   * log too. Still one entry per change.
   */
  partyCodes?: readonly string[]
  before?: unknown
  after?: unknown
}

/** A row the write path can describe by itself: its id and its owner (null: region-wide). */
export interface OwnedRow {
  id: string
  municipalityCode: string | null
}

/** The building blocks a mutation composes inside its transaction. */
export interface Write {
  readonly trx: Transaction<DB>
  /** The verified staff member writing. */
  readonly actor: StaffViewer
  /** The owner of a new row: the code given (validated and reported under `field`) or the caller's own town. */
  ownerFor(municipalityCode: string | null | undefined, field: string): string
  /** As `ownerFor`, or null (the coordinator's) when the input asks for a region-wide row. */
  ownerOrRegionFor(
    input: { municipalityCode?: string | null | undefined; regionWide?: boolean | null | undefined },
    field: string,
  ): string | null
  /** Refuses (FORBIDDEN) unless the caller may change data of `ownerCode` (null: region-wide, the coordinator). */
  assertOwns(ownerCode: string | null): void
  /** Refuses (FORBIDDEN) unless the caller is the coordinator or an admin. */
  assertRegional(): void
  /** Finds a row by id (NOT_FOUND), checks the caller may change it (FORBIDDEN), then locks it. */
  lockOwned<R extends { municipalityCode: string | null }>(id: string, access: OwnedRowAccess<R>): Promise<R>
  /** Records the change in the audit log, in this transaction. */
  changed(change: Change): Promise<void>
  /** `changed` for the common case, a row with an id and an owner: created (no `before`), updated or retired. */
  changedRow(entity: string, operation: string, after: OwnedRow, before?: OwnedRow): Promise<void>
  /** After the commit: forget `key` in the request's loader and, when given, prime it with the new value. */
  refresh<K, V, C>(loader: DataLoader<K, V, C>, key: K, value?: V): void
}

/**
 * Runs `work` as one write of `caller` (its request context; `db` may be a dedicated session whose raw
 * client COPYs inside the same transaction) and returns what `work` returns, once committed.
 */
export async function runWrite<T>(caller: WriteCaller, work: (write: Write) => Promise<T>): Promise<T> {
  const actor = requireStaff(caller.viewer)
  const afterCommit: (() => void)[] = []
  const step = nextWriteStep(caller.idempotentField)
  const deadline = caller.writeDeadline
  const result = await withViewerTransaction(
    caller.db,
    caller.viewer,
    async (trx) => {
      // Idempotency key: a retry gets the stored result of the first run; a first run stores its result here,
      // in the same transaction as the write, so the key and the write commit (or roll back) together.
      const claim = step ? await claimStep(trx, actor, step) : undefined
      if (claim?.kind === 'replay') return claim.result as T
      const events: OutboxEvent[] = []
      const value = await work(createWrite(trx, actor, caller, { afterCommit, events }))
      if (claim) await completeStep(trx, claim.id, value)
      // Last: appending takes the outbox's numbering lock, which the commit releases (migration 0100).
      await appendOutboxEvents(trx, events, caller.requestId)
      return value
    },
    { deadline },
  ).catch((error: unknown) => {
    throw deadline !== undefined && isWriteTimeout(error) ? writeTimedOut() : error
  })
  for (const refresh of afterCommit) refresh()
  return result
}

function createWrite(
  trx: Transaction<DB>,
  actor: StaffViewer,
  caller: WriteCaller,
  pending: { afterCommit: (() => void)[]; events: OutboxEvent[] },
): Write {
  const { afterCommit } = pending
  const changed = async (change: Change) => {
    await recordAudit(trx, { ...change, actor, subgraph: caller.subgraph, requestId: caller.requestId })
    const derive = caller.events?.[change.entity]
    if (derive) pending.events.push(...(await derive(trx, change)))
  }
  return {
    trx,
    actor,
    ownerFor: (municipalityCode, field) => ownerForWrite(actor, municipalityCode, field).owner,
    ownerOrRegionFor: (input, field) => ownerOrRegionForWrite(actor, input, field).owner,
    assertOwns: (ownerCode) => void assertCanWriteOwned(actor, ownerCode),
    assertRegional: () => void assertCanWriteRegional(actor),
    lockOwned: async (id, access) => (await lockOwnedRow(actor, trx, id, access)).existing,
    changed,
    changedRow: (entity, operation, after, before) =>
      changed({ operation, entity, entityId: after.id, ownerCode: after.municipalityCode, before, after }),
    refresh: (loader, key, value) => {
      afterCommit.push(() => {
        loader.clear(key)
        if (value !== undefined) loader.prime(key, value)
      })
    },
  }
}
