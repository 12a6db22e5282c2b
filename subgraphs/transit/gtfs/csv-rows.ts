import type { Readable } from 'node:stream'
import { badUserInput, payloadTooLarge } from '../../../lib/errors.js'
import { CsvRecordTooLong, CsvTokenizer, type CsvRecord } from './csv-tokenizer.js'
import { encodingOf, utf16Of, WrongEncoding } from './text-encoding.js'

export type { CsvRecord } from './csv-tokenizer.js'

export interface CsvLimits {
  maxRecordChars: number
  maxFieldChars: number
  /** Data rows (the header not counted). */
  maxRows: number
}

/** Generous limits for reading files we wrote ourselves (tests, the merged feed). */
export const TRUSTED_CSV_LIMITS: CsvLimits = { maxRecordChars: 1 << 24, maxFieldChars: 1 << 24, maxRows: 1e9 }

const refuseEncoding = (file: string, encoding: string) =>
  badUserInput(`${file} ${new WrongEncoding(encoding).message}; nothing was imported.`, {
    details: { file, encoding },
  })

/** Field-size and row-count limits over one batch; the first record of the file is its header. */
function checkBatch(file: string, records: CsvRecord[], limits: CsvLimits, rowsBefore: number) {
  for (const record of records) {
    for (const field of record.fields)
      if (field.length > limits.maxFieldChars)
        throw payloadTooLarge(
          `${file}:${record.line}: a field is longer than ${limits.maxFieldChars} characters; nothing was imported.`,
        )
  }
  const rows = rowsBefore + records.length
  // Records counted so far include the header: one more than the data rows.
  if (rows - 1 > limits.maxRows) {
    const first = records[Math.max(0, limits.maxRows + 1 - rowsBefore)]
    throw payloadTooLarge(`${file}:${first?.line ?? 0}: more than ${limits.maxRows} rows; nothing was imported.`)
  }
  return rows
}

/**
 * The records of one CSV file in batches, header first, decoded as strict UTF-8 (a BOM is dropped).
 * Refuses — and stops reading at once, destroying the source — a file in another encoding (400,
 * naming it), a record or field past its limit, or more rows than allowed (413), each with
 * `file:line`. Memory is bounded by one chunk plus one record, however long the file or its lines.
 */
export async function* csvRecordBatches(
  stream: Readable,
  file: string,
  limits: CsvLimits,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const tokenizer = new CsvTokenizer(limits.maxRecordChars)
  let rows = 0
  let first = true
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false
        const utf16 = utf16Of(chunk)
        if (utf16) throw refuseEncoding(file, utf16)
      }
      let text: string
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch {
        throw refuseEncoding(file, encodingOf(chunk))
      }
      const records = tokenizer.push(text)
      rows = checkBatch(file, records, limits, rows)
      if (records.length > 0) yield records
    }
    let tail: string
    try {
      tail = decoder.decode()
    } catch {
      throw refuseEncoding(file, 'an encoding other than UTF-8')
    }
    const records = tokenizer.push(tail, true)
    checkBatch(file, records, limits, rows)
    if (records.length > 0) yield records
  } catch (error) {
    if (error instanceof CsvRecordTooLong)
      throw payloadTooLarge(`${file}:${error.line}: ${error.message}; nothing was imported.`)
    throw error
  } finally {
    stream.destroy()
  }
}

export interface CsvRow {
  /** Line of the file the record ends on (1 = header). */
  line: number
  values: Record<string, string>
}

/**
 * Rows keyed by header, for small files and tests (the importer itself works on field arrays).
 * Rows with a wrong number of fields go to `onShapeError` instead of stopping the stream.
 */
export async function* csvRows(
  stream: Readable,
  onShapeError: (line: number, reason: string) => void,
  limits: CsvLimits = TRUSTED_CSV_LIMITS,
): AsyncGenerator<CsvRow> {
  let header: string[] | null = null
  for await (const batch of csvRecordBatches(stream, 'file', limits)) {
    for (const record of batch) {
      if (!header) {
        header = record.fields
        continue
      }
      if (record.fields.length !== header.length) {
        onShapeError(record.line, `has ${record.fields.length} fields, the header has ${header.length}`)
        continue
      }
      const values: Record<string, string> = {}
      header.forEach((name, index) => (values[name] = record.fields[index] ?? ''))
      yield { line: record.line, values }
    }
  }
}
