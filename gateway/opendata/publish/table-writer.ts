import { hash } from 'node:crypto'
import { join } from 'node:path'
import { csvField } from '../../../lib/text/csv-field.js'
import type { CellValue, TableDataset } from '../dataset.js'
import type { FileDigest } from './file-digest.js'
import { FileSink } from './file-sink.js'
import type { RowDigestSink } from './row-digests.js'
import { neutraliseCell } from './spreadsheet-safety.js'
import { XlsxSink } from './xlsx-sink.js'

const BOM = '\uFEFF'

export interface WrittenFile {
  path: string
  format: 'CSV' | 'XLSX' | 'JSON' | 'GeoJSON' | 'GTFS'
  mediaType: string
  encoding: 'utf8-bom' | 'utf8' | null
  municipalityCode: string | null
  /** Data rows in the file (tables). */
  rowCount?: number
  /** Rows of the file that are sample data (tables): a town's file counts only that town's rows. */
  sampleRowCount?: number
  /** Its digest, when whoever wrote it has already read it whole (a file dataset); otherwise the manifest reads it. */
  digest?: FileDigest
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface TableResult {
  files: WrittenFile[]
  rowCount: number
  /** Rows that are sample data: a row is sample only if it came from the sample seed (per row, not per dataset). */
  sampleRowCount: number
  isSample: boolean
}

/** A cell as CSV text: empty for null, `1` or empty for a flag, numbers as JavaScript prints them. */
const csvCell = (value: CellValue) =>
  value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '') : csvField(String(value))

/** One CRLF-terminated CSV line (csv-stringify's output for these cells, at a fraction of its cost per row). */
const csvLine = (values: readonly CellValue[]) => `${values.map(csvCell).join(',')}\r\n`

/** A CSV line with spreadsheet safety applied to its text cells (spreadsheet-safety.ts). */
const safeCsvLine = <Row>(columns: TableDataset<Row>['columns'], values: CellValue[]) =>
  csvLine(values.map((value, index) => (columns[index] ? neutraliseCell(columns[index], value) : value)))

/** One table being written: its files, their open sinks and the running counts. */
interface TableWrite<Row> {
  dataset: TableDataset<Row>
  dir: string
  header: string
  files: WrittenFile[]
  csv?: FileSink
  csvNoBom?: FileSink
  json?: FileSink
  geojson?: FileSink
  xlsx: XlsxSink
  /** Row counts of every town file written so far. */
  towns: Map<string, { rows: number; samples: number }>
  /** The one town file open now: rows come town after town, so each is written in one go and closed. */
  town?: { code: string; sink: FileSink }
  /** `key\tdigest` of every row, for the changelog (this release's and the next one's). */
  rowDigests: RowDigestSink
  rowCount: number
  located: number
  sampleRowCount: number
}

/**
 * Streams rows from the public API into tables' files: one table's own rows, or one read of a shared source
 * (dataset.ts `SharedSource`) into every table it feeds at once, each row offered to every table (`pick`) and written
 * to each that keeps it. Each table gets all its files at once: `{stem}.csv` (UTF-8 with BOM, CRLF — what Excel and
 * the 自治体標準 expect), `{stem}.nobom.csv`, `{stem}.json`, `{stem}.xlsx`, `{stem}.geojson` for located datasets and
 * `towns/{code}_{stem}.csv` per town. Rows are never collected: each is formatted once and written to every file it
 * belongs in; a table's files are the same whether its rows came alone or from a shared read.
 */
export async function writeTables(
  rows: AsyncIterable<unknown>,
  tables: readonly { dataset: TableDataset<unknown>; pick: (row: unknown) => unknown; rowDigests: RowDigestSink }[],
  dir: string,
): Promise<TableResult[]> {
  const writes = await Promise.all(
    tables.map(async (table) => ({ pick: table.pick, write: await openTable(table.dataset, dir, table.rowDigests) })),
  )
  for await (const row of rows) {
    for (const { pick, write } of writes) {
      const kept = pick(row)
      if (kept !== undefined) await writeRow(write, kept)
    }
  }
  return Promise.all(writes.map(({ write }) => finishTable(write)))
}

/** The whole-table files (before any town file is known). */
function tableFiles<Row>(dataset: TableDataset<Row>): WrittenFile[] {
  const stem = dataset.fileStem
  const files: WrittenFile[] = [
    {
      path: `${stem}.csv`,
      format: 'CSV',
      mediaType: 'text/csv; charset=utf-8',
      encoding: 'utf8-bom',
      municipalityCode: null,
    },
    {
      path: `${stem}.nobom.csv`,
      format: 'CSV',
      mediaType: 'text/csv; charset=utf-8',
      encoding: 'utf8',
      municipalityCode: null,
    },
    { path: `${stem}.json`, format: 'JSON', mediaType: 'application/json', encoding: null, municipalityCode: null },
    { path: `${stem}.xlsx`, format: 'XLSX', mediaType: XLSX_MEDIA_TYPE, encoding: null, municipalityCode: null },
  ]
  if (dataset.location)
    files.push({
      path: `${stem}.geojson`,
      format: 'GeoJSON',
      mediaType: 'application/geo+json',
      encoding: null,
      municipalityCode: null,
    })
  return files
}

/** Opens every whole-table file and writes its header (or the opening of its JSON document). */
async function openTable<Row>(
  dataset: TableDataset<Row>,
  dir: string,
  rowDigests: RowDigestSink,
): Promise<TableWrite<Row>> {
  const header = csvLine(dataset.columns.map((column) => column.name))
  const files = tableFiles(dataset)
  const xlsxPath = `${dataset.fileStem}.xlsx`
  const [csv, csvNoBom, json, geojson] = await Promise.all(
    files.filter((file) => file.path !== xlsxPath).map((file) => FileSink.open(join(dir, file.path))),
  )
  const xlsx = XlsxSink.open(join(dir, xlsxPath), dataset.title.ja, dataset.columns)
  await csv?.write(BOM + header)
  await csvNoBom?.write(header)
  await json?.write(
    `{"dataset":${JSON.stringify(dataset.id)},"columns":${JSON.stringify(dataset.columns.map((c) => c.name))},"rows":[`,
  )
  await geojson?.write(`{"type":"FeatureCollection","dataset":${JSON.stringify(dataset.id)},"features":[`)
  const counts = { towns: new Map(), rowDigests, rowCount: 0, located: 0, sampleRowCount: 0 }
  return { dataset, dir, header, files, csv, csvNoBom, json, geojson, xlsx, ...counts }
}

/** Formats one row once and writes it to every file it belongs in. */
async function writeRow<Row>(write: TableWrite<Row>, row: Row): Promise<void> {
  const { dataset } = write
  const values = dataset.columns.map((column) => column.value(row))
  const line = safeCsvLine(dataset.columns, values)
  const isSample = dataset.isSample(row)
  write.xlsx.addRow(values, isSample)
  await write.csv?.write(line)
  await write.csvNoBom?.write(line)
  const record = JSON.stringify(Object.fromEntries(dataset.columns.map((column, i) => [column.name, values[i]])))
  await write.json?.write(`${write.rowCount === 0 ? '' : ','}\n${record}`)
  const point = dataset.location?.(row)
  if (write.geojson && point) {
    // JSON.stringify of { type, geometry, properties: record }, with the record's text made once above.
    const coordinates = JSON.stringify([point.longitude, point.latitude])
    const feature = `{"type":"Feature","geometry":{"type":"Point","coordinates":${coordinates}},"properties":${record}}`
    await write.geojson.write(`${write.located++ === 0 ? '' : ','}\n${feature}`)
  }
  const code = dataset.municipalityCode?.(row)
  if (code) {
    const town = await townFile(write, code)
    await write.town?.sink.write(line)
    town.rows++
    if (isSample) town.samples++
  }
  // crypto.hash: one call, no Hash object per row (the same digest as createHash's).
  await write.rowDigests.add(dataset.key(row), hash('sha1', JSON.stringify(values), 'base64url'))
  if (isSample) write.sampleRowCount++
  write.rowCount++
}

/**
 * A town's CSV, made open for its row: created (with its header) the first time one of the town's rows comes by, and
 * the town before it closed. Rows come town by town (datasets walk the towns in order), so a dataset holds one town
 * file open, not one per town (1,741 nationwide); a town whose rows come back later is appended to.
 */
async function townFile<Row>(write: TableWrite<Row>, code: string) {
  const existing = write.towns.get(code)
  if (write.town?.code !== code) {
    await write.town?.sink.close()
    write.town = undefined
    const path = join(write.dir, `towns/${code}_${write.dataset.fileStem}.csv`)
    write.town = { code, sink: await FileSink.open(path, existing ? 'append' : 'create') }
    if (!existing) await write.town.sink.write(BOM + write.header)
  }
  if (existing) return existing
  write.files.push({
    path: `towns/${code}_${write.dataset.fileStem}.csv`,
    format: 'CSV',
    mediaType: 'text/csv; charset=utf-8',
    encoding: 'utf8-bom',
    municipalityCode: code,
  })
  const town = { rows: 0, samples: 0 }
  write.towns.set(code, town)
  return town
}

/** Closes the JSON documents and every sink, then records each file's row counts. */
async function finishTable<Row>(write: TableWrite<Row>): Promise<TableResult> {
  const { files, towns, rowCount, located, sampleRowCount } = write
  const isSample = sampleRowCount > 0
  await write.json?.write(`\n],"rowCount":${rowCount},"sampleRowCount":${sampleRowCount},"isSample":${isSample}}\n`)
  await write.geojson?.write(`\n],"sampleRowCount":${sampleRowCount},"isSample":${isSample}}\n`)
  const sinks = [write.csv, write.csvNoBom, write.json, write.geojson, write.town?.sink]
  await Promise.all(sinks.filter((sink) => sink !== undefined).map((sink) => sink.close()))
  await write.xlsx.close()
  for (const file of files) {
    const town = file.municipalityCode ? towns.get(file.municipalityCode) : undefined
    file.rowCount = town ? town.rows : file.format === 'GeoJSON' ? located : rowCount
    // GeoJSON holds only located rows, so its sample count is not the table's: leave it unsaid there.
    if (file.format !== 'GeoJSON') file.sampleRowCount = town ? town.samples : sampleRowCount
  }
  return { files, rowCount, sampleRowCount, isSample }
}
