import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import type { CellValue, TableDataset } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'
import { FileSink } from './file-sink.js'
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
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface TableResult {
  files: WrittenFile[]
  rowCount: number
  isSample: boolean
  /** `key\tdigest` of every row, for the next release's changelog. */
  rowDigests: Map<string, string>
}

const csvLine = (values: CellValue[]) =>
  stringify([values], { record_delimiter: 'windows', cast: { boolean: (value) => (value ? '1' : '') } })

/** A CSV line with spreadsheet safety applied to its text cells (spreadsheet-safety.ts). */
const safeCsvLine = <Row>(columns: TableDataset<Row>['columns'], values: CellValue[]) =>
  csvLine(values.map((value, index) => (columns[index] ? neutraliseCell(columns[index], value) : value)))

/**
 * Streams one table dataset's rows from the public API into all its files at once: `{stem}.csv`
 * (UTF-8 with BOM, CRLF — what Excel and the 自治体標準 expect), `{stem}.nobom.csv`, `{stem}.json`,
 * `{stem}.geojson` for located datasets and `towns/{code}_{stem}.csv` per town. Rows are never
 * collected: each is formatted once and written to every file it belongs in.
 */
export async function writeTable<Row>(
  dataset: TableDataset<Row>,
  gateway: GatewayClient,
  dir: string,
): Promise<TableResult> {
  const stem = dataset.fileStem
  const header = csvLine(dataset.columns.map((column) => column.name))
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
  const xlsxPath = `${stem}.xlsx`
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

  const towns = new Map<string, { sink: FileSink; index: number }>()
  const rowDigests = new Map<string, string>()
  let rowCount = 0
  let located = 0
  let isSample = false
  for await (const row of dataset.rows(gateway)) {
    const values = dataset.columns.map((column) => column.value(row, rowCount))
    const line = safeCsvLine(dataset.columns, values)
    xlsx.addRow(values, dataset.isSample(row))
    await csv?.write(line)
    await csvNoBom?.write(line)
    const record = Object.fromEntries(dataset.columns.map((column, i) => [column.name, values[i]]))
    await json?.write(`${rowCount === 0 ? '' : ','}\n${JSON.stringify(record)}`)
    const point = dataset.location?.(row)
    if (geojson && point) {
      const feature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] },
        properties: record,
      }
      await geojson.write(`${located++ === 0 ? '' : ','}\n${JSON.stringify(feature)}`)
    }
    const code = dataset.municipalityCode?.(row)
    if (code) {
      let town = towns.get(code)
      if (!town) {
        const path = `towns/${code}_${stem}.csv`
        files.push({
          path,
          format: 'CSV',
          mediaType: 'text/csv; charset=utf-8',
          encoding: 'utf8-bom',
          municipalityCode: code,
        })
        town = { sink: await FileSink.open(join(dir, path)), index: 0 }
        await town.sink.write(BOM + header)
        towns.set(code, town)
      }
      // Positional columns (the standard's NO) count within the town's own file.
      await town.sink.write(
        safeCsvLine(
          dataset.columns,
          dataset.columns.map((column) => column.value(row, town.index)),
        ),
      )
      town.index++
    }
    // The digest leaves out positional columns, so a row inserted above does not "change" all below it.
    const content = dataset.columns.filter((column) => column.name !== 'NO').map((column) => column.value(row, 0))
    rowDigests.set(dataset.key(row), createHash('sha1').update(JSON.stringify(content)).digest('base64url'))
    isSample ||= dataset.isSample(row)
    rowCount++
  }
  await json?.write(`\n],"rowCount":${rowCount},"isSample":${isSample}}\n`)
  await geojson?.write(`\n],"isSample":${isSample}}\n`)
  const sinks = [csv, csvNoBom, json, geojson, ...[...towns.values()].map((town) => town.sink)]
  await Promise.all(sinks.filter((sink) => sink !== undefined).map((sink) => sink.close()))
  await xlsx.close()
  for (const file of files) {
    const town = file.municipalityCode ? towns.get(file.municipalityCode) : undefined
    file.rowCount = town ? town.index : file.format === 'GeoJSON' ? located : rowCount
  }
  return { files, rowCount, isSample, rowDigests }
}
