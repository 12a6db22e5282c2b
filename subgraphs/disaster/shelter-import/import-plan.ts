import type { ShelterColumns, ShelterModel } from '../shelters/shelters.model.js'
import { coordinateKey, idKey, placeKey } from './match-keys.js'
import type { ImportedRecord } from './read-records.js'

/** What importing one town's rows of a file changes in that town's list: the file is the town's full list. */
export interface TownPlan {
  added: ImportedRecord[]
  changed: { id: string; before: ShelterModel; columns: ShelterColumns }[]
  unchanged: number
  retired: ShelterModel[]
}

/**
 * Matches the file's rows with the stored rows of the same town and list (retired ones too: a site that comes back
 * keeps its id), in three passes, each only among rows still unmatched and only where the match is unambiguous:
 * the source's id; the place (name and address); its coordinates. The place and coordinate passes never pair two
 * rows that both carry an id (different ids are different sites, wherever they stand). Unmatched rows are added;
 * stored rows in service that no row matched are retired.
 */
export function planTown(records: readonly ImportedRecord[], stored: readonly ShelterModel[], townName: string | null) {
  const matches = new Map<ImportedRecord, ShelterModel>()
  const used = new Set<string>()
  const pass = (keyOfRecord: (r: ShelterColumns) => string | null, keyOfStored: (s: ShelterModel) => string | null) => {
    const byId = keyOfRecord === idOf
    const open = records.filter((record) => !matches.has(record))
    const recordsByKey = countBy(open.map((record) => keyOfRecord(record.columns)))
    const candidates = stored.filter((row) => !used.has(row.id))
    for (const record of open) {
      const key = keyOfRecord(record.columns)
      if (key === null || recordsByKey.get(key) !== 1) continue
      const bothHaveIds = (row: ShelterModel) => !byId && idOf(record.columns) !== null && idOf(row) !== null
      const same = candidates.filter((row) => !used.has(row.id) && !bothHaveIds(row) && keyOfStored(row) === key)
      const inService = same.filter((row) => row.retiredAt === null)
      const match = inService.length === 1 ? inService[0] : inService.length === 0 && same.length === 1 ? same[0] : null
      if (match) {
        matches.set(record, match)
        used.add(match.id)
      }
    }
  }
  pass(idOf, idOf)
  pass(
    (columns) => placeKey(columns, townName),
    (row) => placeKey(row, townName),
  )
  pass(coordinateKey, coordinateKey)
  return planFrom(records, stored, matches, used)
}

function planFrom(
  records: readonly ImportedRecord[],
  stored: readonly ShelterModel[],
  matches: ReadonlyMap<ImportedRecord, ShelterModel>,
  used: ReadonlySet<string>,
): TownPlan {
  const plan: TownPlan = { added: [], changed: [], unchanged: 0, retired: [] }
  for (const record of records) {
    const before = matches.get(record)
    if (!before) {
      plan.added.push(record)
      continue
    }
    // A file without ids keeps the id a site already has.
    const columns = { ...record.columns, sourceId: record.columns.sourceId ?? before.sourceId }
    if (isUnchanged(before, columns)) plan.unchanged += 1
    else plan.changed.push({ id: before.id, before, columns })
  }
  plan.retired = stored.filter((row) => row.retiredAt === null && !used.has(row.id))
  return plan
}

/** True when the stored row already holds exactly what the file says, as the town's data in service. */
function isUnchanged(row: ShelterModel, columns: ShelterColumns): boolean {
  if (row.retiredAt !== null || row.isSample) return false
  return (Object.keys(columns) as (keyof ShelterColumns)[]).every((key) => {
    const [a, b] = [row[key], columns[key]]
    return Array.isArray(a) && Array.isArray(b) ? a.join() === b.join() : a === b
  })
}

function idOf(row: { sourceId: string | null }) {
  return idKey(row.sourceId)
}

function countBy(keys: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}
