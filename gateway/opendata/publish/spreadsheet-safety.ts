import type { CellValue, ColumnDefinition } from '../dataset.js'

/**
 * OWASP's CSV-injection rule for text a person entered: a cell starting with `=`, `+`, `-`, `@`, TAB or CR
 * would run as a formula in Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe (`'`),
 * which spreadsheets show as text and never evaluate. Only `string` columns: numbers stay numbers (a
 * negative elevation is not a formula). Applied to CSV and XLSX; JSON and GeoJSON keep the text as entered.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseCell(column: Pick<ColumnDefinition<never>, 'type'>, value: CellValue): CellValue {
  return column.type === 'string' && typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value
}
