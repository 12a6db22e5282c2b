import type { Readable } from 'node:stream'
import type { GatewayClient } from './gateway-client.js'
import type { DatasetEntry } from './release-manifest.js'

export type CellValue = string | number | boolean | null

export interface ColumnDefinition<Row> {
  /** Header text, exactly as the standard layout spells it where there is one. */
  name: string
  /**
   * `string` cells stay text everywhere (codes, IDs and phone numbers keep their leading zeros in the XLSX) and
   * are what spreadsheet safety neutralises; `date` (YYYY-MM-DD) and `datetime` (ISO 8601) become real dates there.
   */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime'
  /** A cell from its row alone: never a position in the file, which would shift when a row is added. */
  value: (row: Row) => CellValue
}

/** What every dataset says about itself (the manifest's descriptive fields). */
export type DatasetMetadata = Pick<
  DatasetEntry,
  'id' | 'title' | 'description' | 'keywords' | 'theme' | 'updateFrequency'
> & {
  /** File names: `{fileStem}.csv`, `{code}_{fileStem}.csv` (e.g. the standard `evacuation_space`). */
  fileStem: string
  license?: DatasetEntry['license']
  publisher?: DatasetEntry['publisher']
}

/** A table: rows from public queries, written as CSV (two encodings), JSON and, when located, GeoJSON. */
export interface TableDataset<Row> extends DatasetMetadata {
  kind: 'table'
  columns: readonly ColumnDefinition<Row>[]
  rows: (gateway: GatewayClient) => AsyncIterable<Row>
  /**
   * Set when the rows are this table's share of a read made for several tables (`sharedRows`): the publisher then
   * reads the source once and hands each of its rows to every table of the source that keeps it.
   */
  shared?: SharedShare<Row>
  /** Columns whose values identify a row within a file (datapackage.json's `primaryKey`), when there are such. */
  primaryKey?: readonly string[]
  /** Identity of a row across releases, for the changelog's added/changed/removed counts. */
  key: (row: Row) => string
  /** Whether this row came from the sample seed: decided per row, so a town's real rows are never labelled sample. */
  isSample: (row: Row) => boolean
  /** Set for datasets that also get per-town files `{code}_{fileStem}.csv`. */
  municipalityCode?: (row: Row) => string | null
  /** Set for located rows: they also go to `{fileStem}.geojson`. */
  location?: (row: Row) => { latitude: number; longitude: number } | null
}

/** A file produced by the API itself (the regional GTFS-JP zip), published as it is. */
export interface FileDataset extends DatasetMetadata {
  kind: 'file'
  format: 'GTFS'
  mediaType: string
  fileName: string
  /**
   * The file as the API serves it now, with its validator (ETag); `current` is the validator of the copy the previous
   * release holds, and the answer is `unchanged` when that copy is still what the API would serve.
   */
  download: (gateway: GatewayClient, current?: string) => Promise<FileDownload>
  /** Whether the file (as written to `path`) holds sample data: read from the file the API served, not assumed. */
  isSample: (path: string) => Promise<boolean>
}

/** A file dataset's download: its body and the ETag the API gave it, or `unchanged` (HTTP 304). */
export type FileDownload = { body: Readable; etag: string | null } | 'unchanged'

export type AnyDataset = TableDataset<unknown> | FileDataset

/**
 * Rows read once from the public API for several tables (a dataset family: the shelter lists and their status are
 * all one read of every shelter). `id` names the read in logs.
 */
export interface SharedSource<Source> {
  id: string
  rows: (gateway: GatewayClient) => AsyncIterable<Source>
}

/** A table's share of a shared read: the source, and the table's row for a source row (`undefined`: not kept). */
export interface SharedShare<Row> {
  source: SharedSource<unknown>
  pick: (source: unknown) => Row | undefined
}

/**
 * A table's `rows` and `shared` as its share of `source`: read alone, the table reads the source and keeps its
 * rows (in the source's order); published with the source's other tables, the source is read once for all.
 */
export function sharedRows<Source, Row>(
  source: SharedSource<Source>,
  pick: (row: Source) => Row | undefined,
): Pick<TableDataset<Row>, 'rows' | 'shared'> {
  return {
    rows: (gateway) => picked(source.rows(gateway), pick),
    // The publisher only hands a source's own rows back to it.
    shared: { source, pick: pick as (row: unknown) => Row | undefined },
  }
}

async function* picked<Source, Row>(rows: AsyncIterable<Source>, pick: (row: Source) => Row | undefined) {
  for await (const row of rows) {
    const kept = pick(row)
    if (kept !== undefined) yield kept
  }
}

export const CC_BY_4 = {
  id: 'CC-BY-4.0',
  title: 'クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
}
export const REGION_PUBLISHER = {
  id: 'minamisorachi',
  name: {
    ja: '南空知連携市町（岩見沢市 調整）',
    en: 'Minami-Sorachi partner municipalities (coordinated by Iwamizawa)',
  },
  municipalityCode: null,
}

/**
 * A table definition, typed by its row while it is written, then seen by the publisher with its row
 * type erased: the publisher only ever hands a definition's rows back to that same definition.
 */
export function table<Row>(definition: Omit<TableDataset<Row>, 'kind'>): TableDataset<unknown> {
  const typed: TableDataset<Row> = { kind: 'table', ...definition }
  return typed as unknown as TableDataset<unknown>
}
