import { parse } from 'csv-parse'
import type { Readable } from 'node:stream'

export interface CsvRow {
  /** Line of the file the record ends on (1 = header). */
  line: number
  values: Record<string, string>
}

/**
 * Streams a GTFS CSV file as records keyed by (trimmed) header, with their line numbers, without
 * holding the file in memory. A BOM is dropped; rows with a wrong number of fields are reported by
 * the caller through `onShapeError` instead of stopping the stream.
 */
export async function* csvRows(
  stream: Readable,
  onShapeError: (line: number, reason: string) => void,
): AsyncGenerator<CsvRow> {
  const parser = stream.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }))
  let header: string[] | null = null
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((name) => name.trim())
      continue
    }
    if (record.length !== header.length) {
      onShapeError(info.lines, `has ${record.length} fields, the header has ${header.length}`)
      continue
    }
    const values: Record<string, string> = {}
    header.forEach((name, index) => (values[name] = (record[index] ?? '').trim()))
    yield { line: info.lines, values }
  }
}

/** The header of a file alone (first record), for required-column checks before reading rows. */
export async function csvHeader(stream: Readable): Promise<string[]> {
  const parser = stream.pipe(parse({ bom: true, to_line: 1 }))
  for await (const record of parser as AsyncIterable<string[]>) return record.map((name) => name.trim())
  return []
}
