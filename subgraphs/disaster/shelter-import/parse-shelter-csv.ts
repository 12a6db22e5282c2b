import { parse } from 'csv-parse/sync'
import { HAZARD_COLUMNS, type HazardColumn } from '../shelters/hazards.js'
import { decodeText } from './decode-text.js'
import { readCode, readFlag, readInteger, readNumber, readText, readUrl, type Read } from './field-values.js'
import { detectLayout, LAYOUTS, type ImportField, type Layout } from './layouts.js'

export interface ImportProblem {
  line: number
  column: number
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
    const parsed = readRecord(layout, headers, record, municipalityCode, (column, reason) =>
      problems.push({ line, column, reason }),
    )
    if (parsed) records.push(parsed)
  }
  if (body.length === 0) problems.push({ line: 2, column: 0, reason: 'the file has no rows' })
  return { layout: layout.name, encoding, records, problems }
}

const sourceHeader = (layout: Layout) =>
  Object.entries(layout.columns).find(([, field]) => field === 'sourceId')?.[0] ?? ''

function readRecord(
  layout: Layout,
  headers: string[],
  record: string[],
  municipalityCode: string,
  report: (column: number, reason: string) => void,
): ShelterRecord | null {
  const values: Partial<Record<ImportField, unknown>> = {}
  let ok = true
  const take = <T>(field: ImportField, column: number, read: Read<T>) => {
    if ('problem' in read) {
      report(column, `${headers[column - 1]}: ${read.problem}`)
      ok = false
    } else values[field] = read.value
  }
  headers.forEach((headerName, index) => {
    const field = layout.columns[headerName]
    const raw = record[index] ?? ''
    const column = index + 1
    if (!field) return
    if (HAZARD_FIELDS.has(field) || field === 'isDesignatedShelter') take(field, column, readFlag(raw))
    else if (field === 'latitude') take(field, column, readNumber(raw, { min: -90, max: 90 }, 'latitude'))
    else if (field === 'longitude') take(field, column, readNumber(raw, { min: -180, max: 180 }, 'longitude'))
    else if (field === 'elevationM') take(field, column, readNumber(raw, { min: -500, max: 5000 }, 'elevation'))
    else if (field === 'capacity') take(field, column, readInteger(raw, 'capacity'))
    else if (field === 'url') take(field, column, readUrl(raw))
    else if (field === 'municipalityCode') {
      const code = readCode(raw)
      if (code !== '' && code !== municipalityCode)
        take(field, column, { problem: `row belongs to ${code}, but the import is for ${municipalityCode}` })
    } else {
      const required = field === 'name' || field === 'address' || field === 'sourceId'
      take(field, column, readText(raw, field === 'notes' || field === 'targetCommunity' ? 2000 : 300, { required }))
    }
  })
  if (ok && (values.latitude == null) !== (values.longitude == null)) {
    report(headers.indexOf('経度') + 1, 'give both coordinates or neither')
    ok = false
  }
  if (!ok) return null
  const hazards = Object.fromEntries(
    [...HAZARD_FIELDS].map((field) => [field, values[field as HazardColumn] === true]),
  ) as Record<HazardColumn, boolean>
  return {
    // Ids are compared and stored folded, so ＮＯ.１ in one file and 1 in the next are the same site.
    sourceId: readCode(String(values.sourceId)),
    name: String(values.name),
    nameKana: (values.nameKana as string | null | undefined) ?? null,
    address: String(values.address),
    addressDetail: (values.addressDetail as string | null | undefined) ?? null,
    latitude: (values.latitude as number | null | undefined) ?? null,
    longitude: (values.longitude as number | null | undefined) ?? null,
    elevationM: (values.elevationM as number | null | undefined) ?? null,
    phone: (values.phone as string | null | undefined) ?? null,
    phoneExtension: (values.phoneExtension as string | null | undefined) ?? null,
    isDesignatedShelter: values.isDesignatedShelter === true,
    capacity: (values.capacity as number | null | undefined) ?? null,
    targetCommunity: (values.targetCommunity as string | null | undefined) ?? null,
    url: (values.url as string | null | undefined) ?? null,
    notes: (values.notes as string | null | undefined) ?? null,
    ...hazards,
  }
}
