import ExcelJS from 'exceljs'
import type { CellValue, ColumnDefinition } from '../dataset.js'
import { neutraliseCell } from './spreadsheet-safety.js'

/** The column a sample row is marked in when the layout has none of its own (the standard's has none). */
export const SAMPLE_COLUMN = 'サンプルデータ'
const JST_OFFSET_MS = 9 * 3_600_000
/**
 * Cell styles, one object each, shared by every cell that has it: exceljs renders a style to XML to find its id
 * unless it has met the same object before (a WeakMap), so a style object per cell cost more than the rest of the
 * workbook at the scale data. Never changed after this (a cell's `numFmt` setter would change the shared object).
 */
const STYLE = {
  plain: {},
  text: { numFmt: '@' },
  date: { numFmt: 'yyyy-mm-dd' },
  datetime: { numFmt: 'yyyy-mm-dd hh:mm:ss' },
} satisfies Record<string, Partial<ExcelJS.Style>>

/**
 * One table as an Excel workbook, streamed row by row to disk (exceljs' WorkbookWriter: each row is written
 * and released as it is committed). Text columns are text cells formatted `@` (so `012106` and `0123-45-6789`
 * stay as written), dates are dates (datetimes in Japan time, as people read them), the header row is frozen,
 * and every sample row says so in a `サンプルデータ` column.
 */
export class XlsxSink {
  private constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly sheet: ExcelJS.Worksheet,
    private readonly columns: readonly Pick<ColumnDefinition<never>, 'name' | 'type'>[],
    private readonly markSamples: boolean,
  ) {}

  static open(path: string, title: string, columns: readonly Pick<ColumnDefinition<never>, 'name' | 'type'>[]) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    })
    workbook.title = title
    const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] })
    const markSamples = !columns.some((column) => column.name === SAMPLE_COLUMN)
    const names = [...columns.map((column) => column.name), ...(markSamples ? [SAMPLE_COLUMN] : [])]
    const header = sheet.addRow(names)
    header.font = { bold: true }
    header.commit()
    return new XlsxSink(workbook, sheet, columns, markSamples)
  }

  addRow(values: readonly CellValue[], isSample: boolean): void {
    const row = this.sheet.addRow([])
    this.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1)
      cell.style = STYLE.plain
      const value = neutraliseCell(column, values[index] ?? null)
      if (value === null || value === '') return
      if (column.type === 'string') {
        cell.value = String(value)
        cell.style = STYLE.text
      } else if (column.type === 'date' || column.type === 'datetime') {
        const date = excelDate(String(value), column.type)
        cell.value = date ?? String(value)
        if (date) cell.style = STYLE[column.type]
      } else {
        cell.value = value
      }
    })
    if (this.markSamples && isSample) {
      const mark = row.getCell(this.columns.length + 1)
      mark.style = STYLE.plain
      mark.value = '○'
    }
    row.commit()
  }

  async close(): Promise<void> {
    this.sheet.commit()
    await this.workbook.commit()
  }
}

/** Excel dates have no time zone: a datetime is shown at its Japan wall-clock time, a date at its midnight. */
function excelDate(text: string, type: 'date' | 'datetime'): Date | null {
  const ms = Date.parse(type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text)
  if (Number.isNaN(ms)) return null
  return new Date(type === 'datetime' ? ms + JST_OFFSET_MS : ms)
}
