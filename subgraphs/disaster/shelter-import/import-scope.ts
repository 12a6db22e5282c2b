import { badUserInput } from '../../../lib/errors.js'
import { groupBy } from '../../../lib/collections.js'
import type { FileRow } from './parse-shelter-csv.js'
import { partyTown, townLabel, type RowTown } from './row-town.js'
import type { ServedTownNames } from './served-town-names.js'

/** Rows of a town the import did not write, and why. */
export interface SkippedTown {
  municipalityCode: string | null
  name: string | null
  rows: number
  isParty: boolean
  reason: string
}

export interface ImportScope {
  /** The towns written, in the agreement's order, each with its rows. */
  towns: { code: string; name: string | null; rows: FileRow[] }[]
  skipped: SkippedTown[]
}

export interface Caller {
  /** The town named by the `municipalityCode` argument (already checked writable), if any. */
  requested: string | null
  isAdmin: boolean
  ownTown: string
  /** The towns the platform serves (from the data), to name the caller's. */
  towns: ServedTownNames
}

/**
 * Which towns' rows this caller writes: the named town's; else an admin writes each party's rows to that party,
 * anyone else only their own town's. Every other town's rows are counted and named, never written; a file with
 * no row to write is refused naming whose rows it holds.
 */
export function importScope(fileName: string, rows: readonly FileRow[], caller: Caller): ImportScope {
  const groups = [...groupBy(rows, (row) => row.town.code ?? `name:${row.town.name ?? ''}`).values()]
  const writes = (town: RowTown) =>
    town.isParty &&
    town.code !== null &&
    (caller.requested ?? (caller.isAdmin ? town.code : caller.ownTown)) === town.code
  const towns = groups
    .filter(([first]) => first !== undefined && writes(first.town))
    .map((group) => ({ code: group[0]?.town.code ?? '', name: group[0]?.town.name ?? null, rows: group }))
  // In the order the towns first appear in the file: the report reads like the file.
  const skipped = groups
    .filter(([first]) => first !== undefined && !writes(first.town))
    .map((group) => skippedTown(group[0]?.town ?? partyTown('', caller.towns), group.length, caller))
  if (towns.length === 0) throw nothingToImport(fileName, skipped, caller)
  return { towns, skipped }
}

function skippedTown(town: RowTown, rows: number, caller: Caller): SkippedTown {
  const reason = !town.isParty
    ? 'not a town this platform serves: its rows are not imported'
    : caller.requested
      ? `another town: this import is for ${townLabel(partyTown(caller.requested, caller.towns))}`
      : `another party's rows: only its own staff or an admin import them`
  return { municipalityCode: town.code, name: town.name, rows, isParty: town.isParty, reason }
}

function nothingToImport(fileName: string, skipped: readonly SkippedTown[], caller: Caller) {
  const whose = skipped.map(
    (town) =>
      townLabel({ code: town.municipalityCode, name: town.name, isParty: town.isParty }) +
      `${town.isParty ? '' : ' (not served)'}: ${town.rows} rows`,
  )
  const target = caller.requested ?? (caller.isAdmin ? null : caller.ownTown)
  const forWhom = target
    ? `belongs to ${townLabel(partyTown(target, caller.towns))}`
    : 'belongs to a town this platform serves'
  const message =
    skipped.length === 1
      ? `${fileName}: every row of this file belongs to ${whose[0] ?? ''}; none ${forWhom}. Nothing was imported.`
      : `${fileName}: no row of this file ${forWhom}; its rows belong to ${whose.slice(0, 20).join(', ')}` +
        `${whose.length > 20 ? ` and ${whose.length - 20} more towns` : ''}. Nothing was imported.`
  return badUserInput(message, { field: 'contentBase64', details: { skipped } })
}
