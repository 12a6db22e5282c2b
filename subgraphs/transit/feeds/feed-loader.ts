import type pg from 'pg'
import type { CsvRecord } from '../gtfs/csv-rows.js'
import { columnOf, type FeedSink, type RowSink, type TableFile } from '../gtfs/feed-reader.js'
import type { FeedReport } from '../gtfs/feed-report.js'
import { openCopy, openPartitionCopy } from './feed-copy.repository.js'
import { gtfsTableOf, type GtfsTable } from './gtfs-tables.js'
import { markImportPhase } from './import-phases.js'

/** What the loader kept beyond the modelled columns, per file (for transit.gtfs_file). */
export type ExtraColumns = Map<string, string[]>

/** A record's unmodelled columns as one JSON object, or null when the file has none. */
function extraOf(extras: readonly string[], indexes: readonly number[], fields: string[]): string | null {
  if (extras.length === 0) return null
  const values: Record<string, string> = {}
  extras.forEach((column, i) => (values[column] = fields[indexes[i] ?? -1] ?? ''))
  return JSON.stringify(values)
}

async function modelledSink(client: pg.PoolClient, versionId: string, table: TableFile, gtfs: GtfsTable) {
  const extras = table.header.filter((column) => !gtfs.modelled.includes(column))
  const extraIndexes = extras.map((column) => columnOf(table, column))
  const at = (column: string) => columnOf(table, column)
  if (gtfs.csvLine) {
    // The version's own table: feed_version_id is its default, and each record becomes its COPY line directly.
    const line = gtfs.csvLine(at)
    const copy = await openPartitionCopy(client, versionId, [...gtfs.columns, 'extra'])
    return {
      extras,
      write: (records: CsvRecord[]) => {
        let lines = ''
        for (const record of records) lines += line(record.fields, extraOf(extras, extraIndexes, record.fields))
        return copy.writeLines(lines)
      },
      copy,
    }
  }
  const map = gtfs.mapper(at)
  const copy = await openCopy(client, gtfs.table, ['feed_version_id', ...gtfs.columns, 'extra'])
  return {
    extras,
    write: (records: CsvRecord[]) =>
      copy.write(
        records.map((record) => [
          versionId,
          ...map(record.fields, record.line),
          extraOf(extras, extraIndexes, record.fields),
        ]),
      ),
    copy,
  }
}

async function keptFileSink(client: pg.PoolClient, versionId: string, table: TableFile) {
  const copy = await openCopy(client, 'transit.gtfs_file_row', ['feed_version_id', 'file_name', 'line', 'record'])
  const all = table.header.map((_, index) => index)
  return {
    extras: [] as string[],
    write: (records: CsvRecord[]) =>
      copy.write(
        records.map((record) => [versionId, table.name, record.line, extraOf(table.header, all, record.fields)]),
      ),
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
