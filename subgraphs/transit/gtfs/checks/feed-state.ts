import type { CsvRecord } from '../csv-rows.js'
import { columnOf, type TableFile } from '../feed-reader.js'
import type { ProblemLog } from '../feed-report.js'

/**
 * What the validator remembers between files: the ids each file defines, so later files' references
 * can be checked as they stream by. Grows with the number of ids, never with the number of stop_times.
 */
export interface FeedState {
  agencies: Set<string>
  agencyRows: number
  stops: Set<string>
  zones: Set<string>
  shapes: Map<string, number>
  routes: Set<string>
  services: Set<string>
  /** Trip id → its index in trips.txt (0, 1, …): the stop_times check keeps per-trip state in typed arrays by it. */
  trips: Map<string, number>
  offices: Set<string> | null
  patterns: Set<string> | null
  fares: Set<string>
  /** Texts a GTFS-JP 第2版 translation may name: stop, route, agency, office names, headsigns. */
  names: Set<string>
}

export const emptyFeedState = (): FeedState => ({
  agencies: new Set(),
  agencyRows: 0,
  stops: new Set(),
  zones: new Set(),
  shapes: new Map(),
  routes: new Set(),
  services: new Set(),
  trips: new Map(),
  offices: null,
  patterns: null,
  fares: new Set(),
  names: new Set(),
})

/** Reads named columns of one record; built once per file so rows are read by index. */
export function fieldReader<const Names extends readonly string[]>(table: TableFile, names: Names) {
  const indexes = names.map((name) => columnOf(table, name))
  return (record: CsvRecord) => {
    const values = {} as Record<Names[number], string>
    names.forEach((name, i) => {
      values[name as Names[number]] = record.fields[indexes[i] ?? -1] ?? ''
    })
    return values
  }
}

/** An optional enumerated field: empty, or one of the allowed values. */
export const isOneOf = (value: string | undefined, allowed: readonly string[]) =>
  value === undefined || value === '' || allowed.includes(value)

/** An id column: must be set and unique in its file. */
export function checkUnique(
  log: ProblemLog,
  file: string,
  seen: Set<string>,
  id: string,
  line: number,
  column: string,
): void {
  if (id === '') log.error(file, line, `${column} is empty`)
  else if (seen.has(id)) log.error(file, line, `duplicate ${column} ${JSON.stringify(id)}`)
  else seen.add(id)
}

export const isHttpUrl = (value: string) => /^https?:\/\//.test(value)
