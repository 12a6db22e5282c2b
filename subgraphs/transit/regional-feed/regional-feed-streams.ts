import { PassThrough, pipeline, Transform, type Readable } from 'node:stream'
import { ID_COLUMNS } from '../gtfs/feed-spec.js'
import { csvField } from '../../../lib/text/csv-field.js'
import { CsvTokenizer } from '../gtfs/csv-tokenizer.js'

/**
 * Streams that turn COPY output into the merged feed's CSV files where SQL alone cannot: files whose
 * sources kept columns beyond the model (`extra`), and files kept row by row. Both re-read COPY's CSV
 * with the importer's tokenizer and write CSV lines; id columns get the source's prefix.
 */

export const csvLine = (values: readonly string[]) => `${values.map(csvField).join(',')}\n`

/** A column's value in the merged feed: ids prefixed per source (empty stays empty). */
const merged = (column: string, value: string, prefix: string) =>
  value !== '' && ID_COLUMNS.has(column) ? `${prefix}${value}` : value

/**
 * `rows` through `transform`, listened to from now on, a failure of either ending both with it. Not `rows.pipe()`
 * nor a generator that starts reading later: both leave a COPY stream's error (its connection closed because the
 * client downloading the feed went away) without a listener, which crashed the process. The error surfaces on the
 * returned stream, where the zip reads it; the callback has nothing more to do.
 */
const through = (rows: Readable, transform: Transform): Readable => pipeline(rows, transform, () => undefined)

/** The header line, then the COPY output as it is (the fast path: no parsing). */
export function withHeader(header: readonly string[], rows: Readable): Readable {
  const output = new PassThrough()
  output.write(csvLine(header))
  return through(rows, output)
}

/** A transform from COPY CSV records to merged CSV lines, header first. */
function recordTransform(header: readonly string[], map: (fields: string[]) => string[]): Transform {
  const tokenizer = new CsvTokenizer(Number.MAX_SAFE_INTEGER)
  const decoder = new TextDecoder()
  const emit = (text: string, final: boolean) =>
    tokenizer
      .push(text, final)
      .map((record) => csvLine(map(record.fields)))
      .join('')
  return new Transform({
    construct(callback) {
      this.push(csvLine(header))
      callback()
    },
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, emit(decoder.decode(chunk, { stream: true }), false))
    },
    flush(callback) {
      callback(null, emit(decoder.decode(), true))
    },
  })
}

/**
 * Rows of a modelled file whose sources kept other columns: the COPY gives the modelled columns, the
 * source's prefix and the row's `extra` JSON; the output has the modelled columns then every extra
 * column any source has (empty where a source has none).
 */
export function expandExtras(rows: Readable, modelled: readonly string[], extras: readonly string[]): Readable {
  const width = modelled.length
  return through(
    rows,
    recordTransform([...modelled, ...extras], (fields) => {
      const prefix = fields[width] ?? ''
      const extra = fields[width + 1] ? (JSON.parse(fields[width + 1] ?? '{}') as Record<string, string>) : {}
      return [...fields.slice(0, width), ...extras.map((column) => merged(column, extra[column] ?? '', prefix))]
    }),
  )
}

/**
 * Rows of a file kept as it was written (prefix, record JSON): the output has every column any source's
 * file has, in the order first seen. `fill` supplies a value for an empty column (a fare's agency).
 */
export function keptRows(
  rows: Readable,
  header: readonly string[],
  fill: (column: string, prefix: string) => string | undefined = () => undefined,
): Readable {
  return through(
    rows,
    recordTransform(header, (fields) => {
      const prefix = fields[0] ?? ''
      const record = JSON.parse(fields[1] ?? '{}') as Record<string, string>
      return header.map((column) => {
        const value = record[column] ?? ''
        return value === '' ? (fill(column, prefix) ?? '') : merged(column, value, prefix)
      })
    }),
  )
}
