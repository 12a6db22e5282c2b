import { columnOf } from '../../../lib/rules/entity-rules.js'
import { HAZARD_COLUMNS, HAZARDS, type Hazard } from '../shelters/hazards.js'
import type { ShelterColumns } from '../shelters/shelters.model.js'
import { checkShelterRow, shelterFieldOf, shelterRules } from '../shelters/shelters.rules.js'
import {
  readCapacity,
  readFlag,
  readHazardMark,
  readNumber,
  readOptionalFlag,
  readPetPolicy,
  readText,
  widenKatakana,
  type Read,
} from './field-values.js'
import type { ImportField } from './headers.js'
import type { ImportProblem, ImportWarning } from './import-problems.js'
import type { FileRow, ShelterFile } from './parse-shelter-csv.js'
import type { RowTown } from './row-town.js'
import { idKey, placeKey } from './match-keys.js'

/** A row read into the columns a shelter stores, checked by the shelter rules. */
export interface ImportedRecord {
  line: number
  town: RowTown
  columns: ShelterColumns
}

export interface RowRead {
  columns: ShelterColumns | null
  problems: ImportProblem[]
  warnings: ImportWarning[]
}

const HAZARD_OF = new Map<string, Hazard>(HAZARDS.map((hazard) => [HAZARD_COLUMNS[hazard], hazard]))
const FLAGS = new Set<ImportField>([
  'isDesignatedShelter',
  'isEmergencySite',
  'acceptsPeopleNeedingCare',
  'isWelfareShelter',
])
const NUMBERS = new Set<ImportField>(['latitude', 'longitude', 'elevationM', 'capacityIndoor', 'capacityOutdoor'])
/** Cells that say whose row it is, and the parts of a split address: read before, not stored as such. */
const NOT_STORED = new Set<ImportField>([
  'municipalityCode',
  'municipalityName',
  'prefectureName',
  'addressPrefecture',
  'addressCity',
  'addressTown',
  'addressNumber',
])
/** Words in 受入対象者 that mean people who need care (a 国土地理院 指定避難所 row names them for 福祉避難所). */
const CARE_WORDS = /要配慮|要援護|要支援|高齢|障害|障がい|妊産婦|乳幼児|介護|医療的ケア|難病|福祉/

/** The input field a file column fills (`elevationM` → elevationMetres, every hazard column → safeFor). */
const inputFieldOf = (field: ImportField) => shelterFieldOf(field)

/**
 * One row: each cell is read (the importer's job: flags, △, full-width numbers, capacities as written), then the
 * row is checked by the shelter rules the mutations run, and every problem is reported at its column under the
 * input field's name, e.g. `名称 (name): must be at most 200 characters`.
 */
export function readRow(file: ShelterFile, row: FileRow): RowRead {
  const problems: ImportProblem[] = []
  const warnings: ImportWarning[] = []
  const input: Record<string, unknown> = { safeFor: [], conditionallySafeFor: [] }
  const unreadable = new Set<string>()
  const report = (column: number, field: string, reason: string) => {
    const header = file.headers[column - 1]
    problems.push({
      line: row.line,
      column,
      field,
      reason: header ? `${header} (${field}): ${reason}` : `${field}: ${reason}`,
    })
  }
  const take = <T>(field: ImportField, index: number, read: Read<T>, store: (value: T) => void) => {
    if ('problem' in read) {
      report(index + 1, inputFieldOf(field), read.problem)
      unreadable.add(inputFieldOf(field))
      return
    }
    if (read.warning)
      warnings.push({ line: row.line, column: index + 1, message: `${file.headers[index] ?? ''}: ${read.warning}` })
    store(read.value)
  }
  for (const [field, index] of file.map.columns) {
    if (!NOT_STORED.has(field)) readCell(file, field, index, row.cells[index] ?? '', input, take)
  }
  completeInput(file, row, input)
  const checked = checkShelterRow(input, unreadable)
  if ('problems' in checked) {
    for (const problem of checked.problems) report(columnForField(file, problem.field), problem.field, problem.message)
    return { columns: null, problems: problems.sort((a, b) => a.column - b.column), warnings }
  }
  return problems.length > 0
    ? { columns: null, problems: problems.sort((a, b) => a.column - b.column), warnings }
    : { columns: checked.columns, problems, warnings }
}

type Take = <T>(field: ImportField, index: number, read: Read<T>, store: (value: T) => void) => void

function readCell(
  file: ShelterFile,
  field: ImportField,
  index: number,
  raw: string,
  input: Record<string, unknown>,
  take: Take,
) {
  const hazard = HAZARD_OF.get(field)
  const set = (key: string) => (value: unknown) => void (input[key] = value)
  if (hazard) {
    take(field, index, readHazardMark(raw), (mark) => {
      if (mark === 'yes') (input['safeFor'] as Hazard[]).push(hazard)
      if (mark === 'conditional') (input['conditionallySafeFor'] as Hazard[]).push(hazard)
    })
  } else if (FLAGS.has(field)) take(field, index, readFlag(raw), set(field))
  else if (field === 'isBarrierFree') take(field, index, readOptionalFlag(raw), set(field))
  else if (field === 'petPolicy') take(field, index, readPetPolicy(raw), set(field))
  else if (NUMBERS.has(field)) take(field, index, readNumber(raw), set(inputFieldOf(field)))
  else if (field === 'capacity') {
    take(field, index, readCapacity(raw), (value) => {
      input['capacity'] = value.capacity
      // A column of their own (想定収容人数_屋内, …) says more than a pattern in the total's cell.
      if (!file.map.columns.has('capacityIndoor')) input['capacityIndoor'] = value.indoor
      if (!file.map.columns.has('capacityOutdoor')) input['capacityOutdoor'] = value.outdoor
      if (!file.map.columns.has('capacityNote')) input['capacityNote'] = value.note
    })
  } else if (field === 'sourceId') input['sourceId'] = raw.trim() === '' ? null : raw.trim()
  else take(field, index, readText(raw), set(field))
}

/** What the row says without a column for it: the address from its parts, 福祉避難所 from 受入対象者. */
function completeInput(file: ShelterFile, row: FileRow, input: Record<string, unknown>) {
  const cell = (field: ImportField) => {
    const index = file.map.columns.get(field)
    return index === undefined ? '' : (row.cells[index] ?? '').trim()
  }
  if (input['address'] == null) {
    const parts = [cell('addressPrefecture'), cell('addressCity'), cell('addressTown'), cell('addressNumber')]
    input['address'] = parts.join('') || null
  }
  const welfareSaid = file.map.columns.has('isWelfareShelter') || file.map.columns.has('acceptsPeopleNeedingCare')
  const persons = typeof input['acceptedPersons'] === 'string' ? input['acceptedPersons'] : ''
  if (!welfareSaid && CARE_WORDS.test(persons)) input['isWelfareShelter'] = true
  // An empty required cell is refused as empty ("must not be empty"), not as a missing value.
  input['name'] ??= ''
  input['address'] ??= ''
}

/** The column a rule's problem is about: the field's own column, else the column its value was read from. */
function columnForField(file: ShelterFile, field: string): number {
  const stored = columnOf(shelterRules, field)
  const fallbacks: Record<string, ImportField[]> = {
    safeFor: Object.values(HAZARD_COLUMNS),
    conditionallySafeFor: Object.values(HAZARD_COLUMNS),
    capacityIndoor: ['capacity'],
    capacityOutdoor: ['capacity'],
    capacityNote: ['capacity'],
    acceptsPeopleNeedingCare: ['isWelfareShelter', 'acceptedPersons'],
    address: ['addressCity'],
  }
  for (const candidate of [stored, ...(fallbacks[field] ?? [])]) {
    const index = candidate === null ? undefined : file.map.columns.get(candidate as ImportField)
    if (index !== undefined) return index + 1
  }
  return 0
}

/**
 * The rows the import will write, read and checked: every problem of every row, then the rows that would be one
 * site twice — the same id, or (rows without an id) the same name and address — each named with both lines.
 */
export function readRecords(file: ShelterFile, rows: readonly FileRow[]) {
  const problems: ImportProblem[] = []
  const warnings: ImportWarning[] = []
  const records: ImportedRecord[] = []
  for (const row of rows) {
    const read = readRow(file, row)
    problems.push(...read.problems)
    warnings.push(...read.warnings)
    if (read.columns) records.push({ line: row.line, town: row.town, columns: read.columns })
  }
  problems.push(...duplicateProblems(file, rows))
  const inferred = records.filter((record) => record.columns.isWelfareShelter).length
  if (inferred > 0 && !file.map.columns.has('isWelfareShelter') && !file.map.columns.has('acceptsPeopleNeedingCare')) {
    const column = (file.map.columns.get('acceptedPersons') ?? -1) + 1
    const message =
      `受入対象者 names people who need care on ${inferred} rows: ` +
      'read as 福祉避難所 that accept them (the file has no 福祉避難所 column)'
    warnings.push({ line: 1, column, message })
  }
  return { records, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), warnings }
}

/** Checked on the cells as written, so a duplicate is named even on a row with other problems. */
function duplicateProblems(file: ShelterFile, rows: readonly FileRow[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  const seen = new Map<string, number>()
  const cellOf = (row: FileRow, field: ImportField) => {
    const index = file.map.columns.get(field)
    return index === undefined ? '' : (row.cells[index] ?? '').trim()
  }
  const idColumn = (file.map.columns.get('sourceId') ?? -1) + 1
  const nameColumn = (file.map.columns.get('name') ?? -1) + 1
  for (const row of rows) {
    const sourceId = cellOf(row, 'sourceId')
    const id = idKey(sourceId === '' ? null : sourceId)
    const place = placeKey(
      { name: widenKatakana(cellOf(row, 'name')), address: widenKatakana(cellOf(row, 'address')) },
      row.town.name,
    )
    const key = `${row.town.code ?? row.town.name ?? ''}|${id === null ? `place:${place}` : `id:${id}`}`
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, row.line)
    else if (id !== null)
      problems.push({ line: row.line, column: idColumn, reason: `id ${sourceId} already used on line ${earlier}` })
    else {
      const reason = `the same place (name and address) as line ${earlier}; without an id the two cannot be told apart`
      problems.push({ line: row.line, column: nameColumn, reason })
    }
  }
  return problems
}
