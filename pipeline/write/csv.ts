/**
 * CSV tables with csv-stringify, columns in schema order. Two flavours:
 * `csv/` is canonical RFC 4180 (UTF-8 without a byte-order mark, LF line
 * ends, exact text) for pandas, R, SQL and scripts; `spreadsheet/` adds the
 * byte-order mark Excel needs to read UTF-8, CRLF line ends, and neutralises
 * cells a spreadsheet would run as a formula (`escape_formulas`).
 */
import {stringify} from 'csv-stringify/sync'
import {columnsOf} from '../schemas.js'
import type {TableName} from '../types.js'

export type CsvFlavour = 'canonical' | 'spreadsheet'

export const csvFolders: Record<CsvFlavour, string> = {canonical: 'csv', spreadsheet: 'spreadsheet'}

/**
 * A whole table as CSV, with the header (and, for spreadsheets, the
 * byte-order mark), written by csv-stringify.
 */
export function toCsv(table: TableName, rows: object[], flavour: CsvFlavour, header = true): string {
  if (!header && !rows.length) return ''
  const body = stringify(rows as Record<string, unknown>[], {
    header,
    columns: columnsOf(table),
    record_delimiter: flavour === 'canonical' ? 'unix' : 'windows',
    escape_formulas: flavour === 'spreadsheet',
    // A line break inside a cell is quoted in both flavours: csv-stringify quotes only its own record delimiter.
    quoted_match: /[\r\n]/,
    cast: {number: (value) => String(value), boolean: (value) => (value ? 'true' : 'false')}
  })
  return flavour === 'spreadsheet' && header ? '\uFEFF' + body : body
}

const formulaStart = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
const needsQuotes = /[",\r\n]/

/**
 * Rows without header (a document's share of a table, or the whole of
 * one of the dataset's own tables), in both flavours, exactly as `toCsv`
 * (csv-stringify) writes them, but written directly. Shares are written
 * for six tables per document, where csv-stringify's set-up and per-field
 * option handling cost 0.8 ms a document, and the entities, meetings and
 * events of 10,000 readouts took it 0.3-0.4 s against 0.1 s; the rule
 * itself is short (quote a field holding a quote, comma or line break;
 * double its quotes; in spreadsheets, an apostrophe before a formula). A
 * test holds the two to the same bytes on the gold set and on arbitrary
 * rows.
 */
export function csvRows(table: TableName, rows: object[]): Record<CsvFlavour, string> {
  const columns = columnsOf(table)
  let canonical = ''
  let spreadsheet = ''
  for (const row of rows as Record<string, unknown>[]) {
    // The row once; a second time for spreadsheets only when a cell would start a formula (rare).
    const {line, formulas} = csvLine(row, columns, false)
    canonical += line + '\n'
    spreadsheet += (formulas ? csvLine(row, columns, true).line : line) + '\r\n'
  }
  return {canonical, spreadsheet}
}

/** One row's cells joined by commas, and whether a cell would start a formula (with `escapeFormulas`: an apostrophe before it). */
function csvLine(row: Record<string, unknown>, columns: string[], escapeFormulas: boolean): {line: string; formulas: boolean} {
  let line = ''
  let formulas = false
  for (let c = 0; c < columns.length; c++) {
    if (c) line += ','
    const field = row[columns[c]]
    if (field === null || field === undefined || field === '') continue
    const value = typeof field === 'boolean' ? (field ? 'true' : 'false') : String(field)
    // A negative number stays a number.
    const formula = formulaStart.has(value[0]) && !(value[0] === '-' && typeof field === 'number')
    formulas ||= formula
    const prefix = formula && escapeFormulas ? "'" : ''
    line += needsQuotes.test(value) ? `"${prefix}${value.replaceAll('"', '""')}"` : prefix + value
  }
  return {line, formulas}
}
