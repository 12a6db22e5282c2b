import { parse } from 'csv-parse'
import { createReadStream } from 'node:fs'

export interface CsvPreview {
  header: string[]
  rows: string[][]
}

/**
 * The header and first `maxRows` records of a CSV, read as a stream and abandoned as soon as they are
 * in (a dataset's CSV can be large; a page needs only its top). The BOM of the Excel layout is dropped.
 */
export async function readCsvPreview(fullPath: string, maxRows: number): Promise<CsvPreview> {
  const input = createReadStream(fullPath)
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 1_048_576 }),
  )
  // pipe() does not pass errors on: a missing or unreadable file would leave the parser waiting forever.
  input.on('error', (error) => parser.destroy(error))
  const records: string[][] = []
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      records.push(record)
      if (records.length > maxRows) break
    }
  } finally {
    input.destroy()
    parser.destroy()
  }
  const [header = [], ...rows] = records
  return { header, rows }
}

export interface Coordinate {
  label: string
  latitude: string
  longitude: string
}

const LATITUDE = ['緯度', 'latitude', 'lat']
const LONGITUDE = ['経度', 'longitude', 'lon', 'lng']
const LABEL = ['名称', '施設名', 'name', '名前']

/** Coordinates of the previewed rows when the CSV has latitude and longitude columns (standard or English names). */
export function coordinatesOf(preview: CsvPreview): Coordinate[] {
  const indexOf = (names: string[]) => preview.header.findIndex((column) => names.includes(column.trim().toLowerCase()))
  const lat = indexOf(LATITUDE)
  const lon = indexOf(LONGITUDE)
  if (lat < 0 || lon < 0) return []
  const label = Math.max(0, indexOf(LABEL))
  return preview.rows
    .map((row) => ({ label: row[label] ?? '', latitude: row[lat] ?? '', longitude: row[lon] ?? '' }))
    .filter((point) => point.latitude.trim() !== '' && point.longitude.trim() !== '')
}
