import { parse } from 'csv-parse/sync'
import { decodeText } from './decode-text.js'
import { problemAt, type ImportProblem } from './import-problems.js'
import { SHELTER_IMPORT_LIMITS, type ShelterImportLimits } from './limits.js'

/** A CSV file as rows of cells, each row with the line it starts on (quoted newlines make rows span lines). */
export interface CsvTable {
  encoding: 'utf-8' | 'shift_jis'
  headers: string[]
  rows: { line: number; cells: string[] }[]
}

interface RecordWithInfo {
  record: string[]
  info: { lines: number; empty_lines: number }
}

const csvErrors = (limits: ShelterImportLimits): Record<string, string> => ({
  CSV_MAX_RECORD_SIZE: `a row is longer than ${limits.recordChars.toLocaleString('en')} characters (the limit)`,
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  INVALID_OPENING_QUOTE: 'a quote in the middle of an unquoted cell',
  CSV_INVALID_CLOSING_QUOTE: 'characters after the closing quote of a cell',
})

/**
 * Decodes and splits the file within the import's limits (record size while parsing; rows, columns and cell
 * size after), or says where it cannot be read.
 */
export function readCsvTable(
  bytes: Uint8Array,
  limits: ShelterImportLimits = SHELTER_IMPORT_LIMITS,
): { table: CsvTable } | { problems: ImportProblem[] } {
  const decoded = decodeText(bytes)
  if ('problem' in decoded) return { problems: [problemAt(1, 0, decoded.problem)] }
  let records: RecordWithInfo[]
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with its line counts.
    records = parse(decoded.text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: limits.recordChars,
    }) as unknown as RecordWithInfo[]
  } catch (error) {
    const { code, lines } = (error ?? {}) as { code?: string; lines?: number }
    const reason = csvErrors(limits)[code ?? ''] ?? (error as Error).message.split(':')[0]
    return { problems: [problemAt(lines ?? 1, 0, `not a readable CSV file: ${reason}`)] }
  }
  const rows: CsvTable['rows'] = []
  let previous = { lines: 0, empty: 0 }
  for (const { record, info } of records) {
    rows.push({ line: previous.lines + 1 + (info.empty_lines - previous.empty), cells: record })
    previous = { lines: info.lines, empty: info.empty_lines }
  }
  const [header, ...body] = rows
  const problems = limitProblems(header?.cells ?? [], body, limits)
  if (problems.length > 0) return { problems }
  return {
    table: { encoding: decoded.encoding, headers: (header?.cells ?? []).map((cell) => cell.trim()), rows: body },
  }
}

function limitProblems(headers: string[], body: CsvTable['rows'], limits: ShelterImportLimits): ImportProblem[] {
  if (headers.length === 0) return [problemAt(1, 0, 'the file is empty')]
  if (headers.length > limits.columns) {
    return [problemAt(1, 0, `the header has ${headers.length} columns; the limit is ${limits.columns}`)]
  }
  if (body.length > limits.rows) {
    return [
      problemAt(
        1,
        0,
        `the file has ${body.length.toLocaleString('en')} rows; the limit is ${limits.rows.toLocaleString('en')}`,
      ),
    ]
  }
  if (body.length === 0) return [problemAt(2, 0, 'the file has no rows')]
  const problems: ImportProblem[] = []
  for (const { line, cells } of body) {
    const column = cells.findIndex((cell) => cell.length > limits.fieldChars)
    if (column >= 0) {
      problems.push(
        problemAt(
          line,
          column + 1,
          `a cell of ${cells[column]?.length ?? 0} characters; the limit is ${limits.fieldChars}`,
        ),
      )
    }
  }
  return problems
}
