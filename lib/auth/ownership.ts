import type { Transaction } from 'kysely'
import type { DB } from '../db/database.js'
import { notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { assertMunicipalityCode } from '../municipality-code.js'
import { assertCanWriteFor, requireStaff, type StaffViewer, type Viewer } from './viewer.js'

/**
 * The owner of a new row: the municipality named in the input (validated, reported under `field`)
 * or the caller's own; refused with FORBIDDEN unless the caller may write for it.
 */
export function ownerForWrite(viewer: Viewer, municipalityCode: string | null | undefined, field: string): { actor: StaffViewer; owner: string } {
  const staff = requireStaff(viewer)
  const owner = municipalityCode ? assertMunicipalityCode(municipalityCode, field) : staff.municipalityCode
  return { actor: assertCanWriteFor(viewer, owner), owner }
}

interface OwnedRowAccess<R extends { municipalityCode: string }> {
  /** What the row is, for the NOT_FOUND message ("shelter", "pilot"…). */
  what: string
  findByIds: (trx: Transaction<DB>, ids: string[]) => Promise<R[]>
  lockById: (trx: Transaction<DB>, id: string) => Promise<R | undefined>
}

/**
 * Loads a row by uuid, checks that the caller may change it, then locks it for the rest of the
 * transaction. The order matters: `FOR UPDATE` needs the row's UPDATE policy to pass, so locking
 * first would turn another town's row into NOT_FOUND instead of the FORBIDDEN the caller deserves;
 * the lock then gives the audit a `before` no concurrent write can have changed.
 */
export async function lockOwnedRow<R extends { municipalityCode: string }>(
  viewer: Viewer,
  trx: Transaction<DB>,
  id: string,
  access: OwnedRowAccess<R>,
): Promise<{ actor: StaffViewer; existing: R }> {
  const missing = () => notFound(`No ${access.what} with id ${JSON.stringify(id)}.`)
  const [visible] = isUuid(id) ? await access.findByIds(trx, [id]) : []
  if (!visible) throw missing()
  const actor = assertCanWriteFor(viewer, visible.municipalityCode)
  const existing = await access.lockById(trx, id)
  if (!existing) throw missing()
  return { actor, existing }
}
