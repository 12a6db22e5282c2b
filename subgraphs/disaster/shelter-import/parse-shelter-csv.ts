import type { Designation } from '../shelters/shelter-kinds.js'
import { mapColumns, type ColumnMap } from './column-map.js'
import { foldHeader, spellingsOf, type ImportField } from './headers.js'
import { problemAt, type ImportProblem } from './import-problems.js'
import { foreignFile, layoutOf, type LayoutName } from './layouts.js'
import type { ShelterImportLimits } from './limits.js'
import { readCsvTable } from './read-csv.js'
import { townOfRow, type RowTown, type TownCells } from './row-town.js'
import type { ServedTownNames } from './served-town-names.js'

/** One data row of the file and the town it belongs to. */
export interface FileRow {
  line: number
  cells: string[]
  town: RowTown
}

/** A shelter file read as far as needed to split it by town: its layout, its columns, each row's town. */
export interface ShelterFile {
  layout: LayoutName
  encoding: 'utf-8' | 'shift_jis'
  headers: string[]
  map: ColumnMap
  rows: FileRow[]
}

export interface ReadOptions {
  /** The list the caller is importing. */
  designation: Designation
  /** The town of rows that do not say theirs (the town the import is for); null: such rows are refused. */
  fallbackTown: string | null
  /** The towns the platform serves (from the data): rows of other towns are counted, never written. */
  towns: ServedTownNames
  /** The import's limits (SHELTER_IMPORT_LIMITS unless a test narrows them). */
  limits?: ShelterImportLimits
}

/**
 * Reads a shelter file (any layout of headers.ts, UTF-8 or Shift_JIS) up to each row's town, collecting EVERY
 * problem with its line and column instead of stopping at the first: a town fixes its file once. The cells are
 * read into records later (read-records.ts), and only for the rows the import will write.
 */
export function readShelterFile(
  bytes: Uint8Array,
  options: ReadOptions,
): { file: ShelterFile } | { problems: ImportProblem[] } {
  const read = readCsvTable(bytes, options.limits)
  if ('problems' in read) return read
  const { headers, rows: body, encoding } = read.table
  const map = mapColumns(headers)
  const fields = new Set(map.columns.keys())
  const foreign = foreignFile(headers, fields, options.designation)
  if (foreign) return { problems: [problemAt(1, 0, foreign)] }
  const missing = missingColumns(fields)
  if (missing.length > 0) return { problems: missing.map((reason) => problemAt(1, 0, reason)) }
  const problems: ImportProblem[] = []
  const rows: FileRow[] = []
  for (const { line, cells } of body) {
    const extra = cells.slice(headers.length).findIndex((cell) => cell.trim() !== '')
    if (cells.length < headers.length || extra >= 0) {
      problems.push(problemAt(line, 0, `has ${cells.length} columns, the header has ${headers.length}`))
      continue
    }
    const town = townOfRow(townCells(headers, map, cells), options.fallbackTown, options.towns)
    if ('problem' in town) problems.push(problemAt(line, town.problem.column, town.problem.reason))
    else rows.push({ line, cells, town: town.town })
  }
  if (problems.length > 0) return { problems }
  return { file: { layout: layoutOf(headers, fields), encoding, headers, map, rows } }
}

/** A file must say what each place is called and where it is. */
function missingColumns(fields: ReadonlySet<ImportField>): string[] {
  const needs = (field: ImportField, label: string) =>
    `no column for ${label} (${field}); expected one of: ${spellingsOf(field).join(', ')}`
  const problems: string[] = []
  if (!fields.has('name')) problems.push(needs('name', '名称'))
  if (!fields.has('address') && !fields.has('addressCity')) problems.push(needs('address', '住所'))
  return problems
}

function townCells(headers: readonly string[], map: ColumnMap, cells: readonly string[]): TownCells {
  const cell = (field: ImportField) => {
    const index = map.columns.get(field)
    return index === undefined ? undefined : { raw: cells[index] ?? '', column: index + 1 }
  }
  const prefecture = cell('prefectureName')?.raw ?? ''
  // Only a 国土地理院 共通ID carries its town's code (digits 2–6); a town's own ID or NO does not.
  const idColumn = map.columns.get('sourceId')
  const sourceId =
    idColumn !== undefined && foldHeader(headers[idColumn] ?? '') === '共通id' ? cell('sourceId') : undefined
  return {
    code: cell('municipalityCode'),
    name: cell('municipalityName'),
    prefecture,
    ...(sourceId ? { commonId: sourceId } : {}),
  }
}
