import { parse } from 'csv-parse/sync'
import { HAZARD_COLUMNS, type HazardColumn } from '../shelters/hazards.js'
import { decodeText } from './decode-text.js'
import { columnOf } from '../../../lib/rules/entity-rules.js'
import { shelterFieldOf, shelterRowProblems, shelterRules } from '../shelters/shelters.rules.js'
import { isValidMunicipalityCode, suggestMunicipalityCode } from '../../../lib/municipality-code.js'
import { readCode, readFlag, readNumber, readText, type Read } from './field-values.js'
import { detectLayout, LAYOUTS, type ImportField, type Layout } from './layouts.js'

export interface ImportProblem {
  line: number
  column: number
  /** The input field the problem is about (as the createShelter mutation names it), when it is about one. */
  field?: string
  reason: string
}

export type ShelterRecord = {
  sourceId: string
  name: string
  nameKana: string | null
  address: string
  addressDetail: string | null
  latitude: number | null
  longitude: number | null
  elevationM: number | null
  phone: string | null
  phoneExtension: string | null
  isDesignatedShelter: boolean
  capacity: number | null
  targetCommunity: string | null
  url: string | null
  notes: string | null
} & Record<HazardColumn, boolean>

export interface ParsedShelterFile {
  layout: Layout['name'] | null
  encoding: 'utf-8' | 'shift_jis'
  records: ShelterRecord[]
  problems: ImportProblem[]
}

interface RecordWithInfo {
  record: string[]
  info: { lines: number }
}

const HAZARD_FIELDS = new Set<string>(Object.values(HAZARD_COLUMNS))

/**
 * Reads a town's shelter file (v1, v2 or 国土地理院 layout) into records, collecting EVERY problem
 * with its line and column instead of stopping at the first: a town fixes its file once.
 */
export function parseShelterCsv(bytes: Uint8Array, municipalityCode: string): ParsedShelterFile {
  const { text, encoding } = decodeText(bytes)
  let rows: RecordWithInfo[]
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with its line count.
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as RecordWithInfo[]
  } catch (error) {
    const line =
      typeof error === 'object' && error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 1
    return {
      layout: null,
      encoding,
      records: [],
      problems: [{ line, column: 0, reason: `not a readable CSV file (${(error as Error).message.split(':')[0]})` }],
    }
  }
  const [header, ...body] = rows
  const headers = (header?.record ?? []).map((cell) => cell.trim())
  const layout = detectLayout(headers)
  if (!layout) {
    const expected = LAYOUTS.map((candidate) => `${candidate.name} (${candidate.signature.join(', ')})`).join('; ')
    return {
      layout: null,
      encoding,
      records: [],
      problems: [{ line: 1, column: 0, reason: `unknown header; expected one of: ${expected}` }],
    }
  }
  const problems: ImportProblem[] = []
  const records: ShelterRecord[] = []
  const seen = new Map<string, number>()
  const idColumn = headers.indexOf(sourceHeader(layout)) + 1
  for (const { record, info } of body) {
    const line = info.lines
    if (record.length !== headers.length) {
      problems.push({ line, column: 0, reason: `has ${record.length} columns, the header has ${headers.length}` })
      continue
    }
    const id = readCode(record[idColumn - 1] ?? '')
    const earlier = seen.get(id)
    if (id !== '' && earlier !== undefined) {
      problems.push({ line, column: idColumn, reason: `id ${id} already used on line ${earlier}` })
      continue
    }
    seen.set(id, line)
    const read = readRecord(layout, headers, record, municipalityCode, line)
    problems.push(...read.problems)
    if (read.record) records.push(read.record)
  }
  if (body.length === 0) problems.push({ line: 2, column: 0, reason: 'the file has no rows' })
  return { layout: layout.name, encoding, records, problems }
}

const sourceHeader = (layout: Layout) =>
  Object.entries(layout.columns).find(([, field]) => field === 'sourceId')?.[0] ?? ''

const NUMBER_FIELDS = new Set<ImportField>(['latitude', 'longitude', 'elevationM', 'capacity'])

/**
 * One row: each cell is read (the importer's job: flags, full-width numbers), then the row is checked by
 * the shelter rules the mutations run, and every problem is reported at its column under the input field's
 * name, e.g. `名称 (name): must be at most 200 characters`.
 */
function readRecord(
  layout: Layout,
  headers: string[],
  record: string[],
  municipalityCode: string,
  line: number,
): { record: ShelterRecord | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const report = (column: number, field: string, reason: string) => {
    const header = headers[column - 1]
    problems.push({ line, column, field, reason: header ? `${header} (${field}): ${reason}` : `${field}: ${reason}` })
  }
  const values: Partial<Record<ImportField, unknown>> = {}
  const unreadable = new Set<string>()
  const take = <T>(field: ImportField, column: number, read: Read<T>) => {
    if ('problem' in read) {
      report(column, shelterFieldOf(field), read.problem)
      unreadable.add(shelterFieldOf(field))
    } else values[field] = read.value
  }
  headers.forEach((headerName, index) => {
    const field = layout.columns[headerName]
    const raw = record[index] ?? ''
    const column = index + 1
    if (!field) return
    if (HAZARD_FIELDS.has(field) || field === 'isDesignatedShelter') take(field, column, readFlag(raw))
    else if (NUMBER_FIELDS.has(field)) take(field, column, readNumber(raw))
    else if (field === 'municipalityCode') {
      const code = readCode(raw)
      if (code !== '' && !isValidMunicipalityCode(code))
        take(field, column, {
          problem: `${JSON.stringify(code)} is not a 6-digit 全国地方公共団体コード.${suggestMunicipalityCode(code)}`,
        })
      else if (code !== '' && code !== municipalityCode)
        take(field, column, { problem: `row belongs to ${code}, but the import is for ${municipalityCode}` })
    } else take(field, column, readText(raw, { required: field === 'sourceId' }))
  })
  const row = recordOf(values)
  for (const problem of shelterRowProblems(row, unreadable)) {
    const stored = columnOf(shelterRules, problem.field)
    const header = Object.keys(layout.columns).find((name) => layout.columns[name] === stored)
    report(header ? headers.indexOf(header) + 1 : 0, problem.field, problem.message)
  }
  return { record: problems.length === 0 ? row : null, problems: problems.sort((a, b) => a.column - b.column) }
}

function recordOf(values: Partial<Record<ImportField, unknown>>): ShelterRecord {
  const text = (field: ImportField) => (values[field] as string | null | undefined) ?? null
  const number = (field: ImportField) => (values[field] as number | null | undefined) ?? null
  const hazards = Object.fromEntries(
    [...HAZARD_FIELDS].map((field) => [field, values[field as HazardColumn] === true]),
  ) as Record<HazardColumn, boolean>
  return {
    // Ids are compared and stored folded, so ＮＯ.１ in one file and 1 in the next are the same site.
    sourceId: readCode(text('sourceId') ?? ''),
    name: text('name') ?? '',
    nameKana: text('nameKana'),
    address: text('address') ?? '',
    addressDetail: text('addressDetail'),
    latitude: number('latitude'),
    longitude: number('longitude'),
    elevationM: number('elevationM'),
    phone: text('phone'),
    phoneExtension: text('phoneExtension'),
    isDesignatedShelter: values.isDesignatedShelter === true,
    capacity: number('capacity'),
    targetCommunity: text('targetCommunity'),
    url: text('url'),
    notes: text('notes'),
    ...hazards,
  }
}
