import { csvRecordBatches, type CsvLimits, type CsvRecord } from './csv-rows.js'
import { FILE_SPECS, REQUIRED_FILES } from './feed-spec.js'
import type { ProblemLog } from './feed-report.js'
import { closestName } from './suggest.js'
import type { ZipArchive } from './zip-archive.js'

/** One CSV file being read: its header as written and where each column is. */
export interface TableFile {
  name: string
  header: string[]
  /** Column name → index in each record's fields (first occurrence). */
  columns: Map<string, number>
}

/** The index of a column, or -1: `fields[index] ?? ''` then reads '' for a missing column. */
export const columnOf = (table: TableFile, name: string) => table.columns.get(name) ?? -1

/** Where valid rows go while they are validated (the loader), so each file is read once. */
export interface FeedSink {
  open: (table: TableFile) => Promise<RowSink | undefined>
}
export interface RowSink {
  write: (records: CsvRecord[]) => Promise<void>
  close: () => Promise<void>
  /** Reading failed (a refusal, or the client went away): give up what was started. */
  abort: (reason: Error) => Promise<void>
}

export interface FeedReadContext {
  archive: ZipArchive
  log: ProblemLog
  limits: CsvLimits
  sink?: FeedSink | undefined
}

/** Column problems of a header: duplicates, nameless, required missing, misspelled or unknown (kept). */
function checkHeader(ctx: FeedReadContext, name: string, header: string[]): boolean {
  const spec = FILE_SPECS[name]
  const seen = new Set<string>()
  header.forEach((column, index) => {
    if (seen.has(column)) ctx.log.error(name, 1, `column ${JSON.stringify(column)} appears twice`)
    seen.add(column)
    if (column === '') ctx.log.warning(name, 1, `column ${index + 1} has no name: its values are kept as they are`)
    else if (spec && !spec.columns.includes(column)) {
      const meant = closestName(column, spec.columns)
      ctx.log.warning(
        name,
        1,
        meant && !header.includes(meant)
          ? `column ${JSON.stringify(column)} is not a ${name} column: did you mean ${JSON.stringify(meant)}? ` +
              'Kept as it is under its own name and re-exported'
          : `column ${JSON.stringify(column)} is not part of GTFS or GTFS-JP: kept as it is and re-exported`,
      )
    }
  })
  const missing = (spec?.required ?? []).filter((column) => !seen.has(column))
  for (const column of missing) ctx.log.error(name, 1, `required column ${column} is missing`)
  return missing.length === 0 && seen.size === header.length
}

/** A 0-byte file: an error when the file is required, otherwise read as absent (and said so). */
function isEmptyFile(ctx: FeedReadContext, name: string): boolean {
  if (ctx.archive.sizeOf(name) > 0) return false
  if ((REQUIRED_FILES as readonly string[]).includes(name)) ctx.log.error(name, 0, 'required file is empty (0 bytes)')
  else ctx.log.warning(name, 0, 'file is empty (0 bytes): read as if absent')
  return true
}

/**
 * Reads one file of the feed once: header checks, then rows in batches to `onRows` (with a wrong number
 * of fields reported and left out) and to the sink. Returns the table, or null when the file is absent,
 * empty or unusable (a required column missing): its rows are then not read at all.
 */
export async function readTable(
  ctx: FeedReadContext,
  name: string,
  onRows: (records: CsvRecord[], table: TableFile) => void,
): Promise<TableFile | null> {
  if (!ctx.archive.names.includes(name) || isEmptyFile(ctx, name)) return null
  const batches = csvRecordBatches(await ctx.archive.open(name), name, ctx.limits)
  let table: TableFile | null = null
  let sink: RowSink | undefined
  let rows = 0
  try {
    for await (const batch of batches) {
      let records = batch
      if (!table) {
        const header = batch[0]?.fields ?? []
        table = { name, header, columns: new Map(header.map((column, index) => [column, index] as const).reverse()) }
        if (!checkHeader(ctx, name, header)) return null
        sink = await ctx.sink?.open(table)
        records = batch.slice(1)
      }
      const width = table.header.length
      const shaped = records.every((record) => record.fields.length === width)
        ? records
        : records.filter((record) => {
            if (record.fields.length === width) return true
            ctx.log.error(name, record.line, `has ${record.fields.length} fields, the header has ${width}`)
            return false
          })
      rows += shaped.length
      onRows(shaped, table)
      await sink?.write(shaped)
    }
    await sink?.close()
  } catch (error) {
    await sink?.abort(error instanceof Error ? error : new Error(String(error)))
    throw error
  } finally {
    await batches.return(undefined)
  }
  if (!table) {
    ctx.log.error(name, 1, 'has no header line')
    return null
  }
  ctx.log.report.rowCounts[name] = rows
  ctx.log.report.files.push({ file: name, header: table.header, rows })
  return table
}
