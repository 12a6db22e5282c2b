import type pg from 'pg'
import type { CsvRecord } from '../gtfs/csv-rows.js'
import { columnOf, type FeedSink, type RowSink, type TableFile } from '../gtfs/feed-reader.js'
import type { FeedReport } from '../gtfs/feed-report.js'
import { openCopy, openPartitionCopy } from './feed-copy.repository.js'
import { csvFields, csvText, gtfsTableOf, type GtfsTable } from './gtfs-tables.js'
import { markImportPhase } from './import-phases.js'

/** What the loader kept beyond the modelled columns, per file (for transit.gtfs_file). */
export type ExtraColumns = Map<string, string[]>

/**
 * Writes a record's columns `columns` (at `indexes`) as one JSON object's text, or null when there are none — built
 * as text in header order, not through an object: no object per row (a literal per row is what V8 may decide to
 * allocate in old space, docs/performance/gtfs-import.md "a second mode"), and a column named `__proto__` or `10`
 * keeps its name and place.
 */
function jsonOfColumns(columns: readonly string[], indexes: readonly number[]): (fields: string[]) => string | null {
  if (columns.length === 0) return () => null
  const keys = columns.map((column, i) => `${i === 0 ? '{' : ','}${JSON.stringify(column)}:`)
  return (fields) => {
    let json = ''
    keys.forEach((key, i) => (json += key + JSON.stringify(fields[indexes[i] ?? -1] ?? '')))
    return json + '}'
  }
}

/**
 * Each file's rows become COPY lines one record at a time, nothing per row kept until a batch is written (rows held
 * for a whole batch are what V8's pretenuring judges long-lived).
 */
async function modelledSink(client: pg.PoolClient, versionId: string, table: TableFile, gtfs: GtfsTable) {
  const extras = table.header.filter((column) => !gtfs.modelled.includes(column))
  const extraOf = jsonOfColumns(
    extras,
    extras.map((column) => columnOf(table, column)),
  )
  const at = (column: string) => columnOf(table, column)
  if (gtfs.csvLine) {
    // The version's own table: feed_version_id is its default, and each record becomes its COPY line directly.
    const line = gtfs.csvLine(at)
    const copy = await openPartitionCopy(client, versionId, [...gtfs.columns, 'extra'])
    return {
      extras,
      write: (records: CsvRecord[]) => {
        let lines = ''
        for (const record of records) lines += line(record.fields, extraOf(record.fields))
        return copy.writeLines(lines)
      },
      copy,
    }
  }
  const map = gtfs.mapper(at)
  const copy = await openCopy(client, gtfs.table, ['feed_version_id', ...gtfs.columns, 'extra'])
  const version = `${csvText(versionId)},`
  return {
    extras,
    write: (records: CsvRecord[]) => {
      let lines = ''
      for (const record of records)
        lines += `${version}${csvFields(map(record.fields, record.line))},${csvText(extraOf(record.fields))}\n`
      return copy.writeLines(lines)
    },
    copy,
  }
}

async function keptFileSink(client: pg.PoolClient, versionId: string, table: TableFile) {
  const copy = await openCopy(client, 'transit.gtfs_file_row', ['feed_version_id', 'file_name', 'line', 'record'])
  const recordOf = jsonOfColumns(
    table.header,
    table.header.map((_, index) => index),
  )
  const versionAndFile = `${csvText(versionId)},${csvText(table.name)},`
  return {
    extras: [] as string[],
    write: (records: CsvRecord[]) => {
      let lines = ''
      for (const record of records) lines += `${versionAndFile}${record.line},${csvText(recordOf(record.fields))}\n`
      return copy.writeLines(lines)
    },
    copy,
  }
}

/**
 * The import's sink: each file's rows go to COPY while the validator reads them, so a feed is read
 * once. Modelled files fill their tables (unmodelled columns in `extra`); every other file is kept
 * row by row. Once the validator has found an error, nothing more is written (rows with errors could
 * not be stored, and the transaction will be rolled back anyway).
 */
export function createFeedLoader(
  client: pg.PoolClient,
  versionId: string,
  report: FeedReport,
): FeedSink & { extraColumns: ExtraColumns } {
  const extraColumns: ExtraColumns = new Map()
  return {
    extraColumns,
    open: async (table): Promise<RowSink> => {
      markImportPhase(`${table.name}: header read (the files before it checked)`)
      const gtfs = gtfsTableOf(table.name)
      const sink = gtfs
        ? await modelledSink(client, versionId, table, gtfs)
        : await keptFileSink(client, versionId, table)
      markImportPhase(`${table.name}: COPY begun`)
      extraColumns.set(table.name, sink.extras)
      return {
        write: async (records) => {
          if (report.errorCount === 0) await sink.write(records)
        },
        close: () => sink.copy.close(report.errorCount === 0),
        abort: (reason) => sink.copy.abort(reason),
      }
    },
  }
}
