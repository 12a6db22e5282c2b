import type { Transaction } from 'kysely'
import type { DB } from '../db/database.js'
import { notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { assertMunicipalityCode } from '../municipality-code.js'
import { assertCanWriteFor, assertCanWriteRegional, requireStaff, type StaffViewer, type Viewer } from './viewer.js'

/**
 * The owner of a new row: the municipality named in the input (validated, reported under `field`)
 * or the caller's own; refused with FORBIDDEN unless the caller may write for it.
 */
export function ownerForWrite(
  viewer: Viewer,
  municipalityCode: string | null | undefined,
  field: string,
): { actor: StaffViewer; owner: string } {
  const staff = requireStaff(viewer)
  const owner = municipalityCode ? assertMunicipalityCode(municipalityCode, field) : staff.municipalityCode
  return { actor: assertCanWriteFor(viewer, owner), owner }
}

/**
 * The owner of a new row that may also be region-wide: `regionWide` makes it the coordinator's
 * (owner null, FORBIDDEN for anyone else); otherwise as ownerForWrite.
 */
export function ownerOrRegionForWrite(
  viewer: Viewer,
  input: { municipalityCode?: string | null | undefined; regionWide?: boolean | null | undefined },
  field: string,
): { actor: StaffViewer; owner: string | null } {
  if (input.regionWide) return { actor: assertCanWriteRegional(viewer), owner: null }
  return ownerForWrite(viewer, input.municipalityCode, field)
}

/** Who may change a row: its town's staff, or the coordinator for a region-wide row (owner null). */
export function assertCanWriteOwned(viewer: Viewer, ownerCode: string | null): StaffViewer {
  return ownerCode === null ? assertCanWriteRegional(viewer) : assertCanWriteFor(viewer, ownerCode)
}

export interface OwnedRowAccess<R extends { municipalityCode: string | null }> {
  /** What the row is, for the NOT_FOUND message ("shelter", "pilot"…). */
  what: string
  findByIds: (trx: Transaction<DB>, ids: string[]) => Promise<R[]>
  lockById: (trx: Transaction<DB>, id: string) => Promise<R | undefined>
}

/**
 * Loads a row by uuid, checks that the caller may change it (region-wide rows, owner null: the
 * coordinator), then locks it for the rest of the transaction. The order matters: `FOR UPDATE` needs
 * the row's UPDATE policy to pass, so locking first would turn another town's row into NOT_FOUND
 * instead of the FORBIDDEN the caller deserves;
 * the lock then gives the audit a `before` no concurrent write can have changed.
 */
export async function lockOwnedRow<R extends { municipalityCode: string | null }>(
  viewer: Viewer,
  trx: Transaction<DB>,
  id: string,
  access: OwnedRowAccess<R>,
): Promise<{ actor: StaffViewer; existing: R }> {
  const missing = () => notFound(`No ${access.what} with id ${JSON.stringify(id)}.`)
  const [visible] = isUuid(id) ? await access.findByIds(trx, [id]) : []
  if (!visible) throw missing()
  const actor = assertCanWriteOwned(viewer, visible.municipalityCode)
  const existing = await access.lockById(trx, id)
  if (!existing) throw missing()
  return { actor, existing }
}
