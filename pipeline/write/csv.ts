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
 * Rows of a table as CSV; with the header (and, for spreadsheets, the
 * byte-order mark) unless `header` is false: a document's share of a table.
 */
export function toCsv(table: TableName, rows: object[], flavour: CsvFlavour, header = true): string {
  if (!header && !rows.length) return ''
  const body = stringify(rows as Record<string, unknown>[], {
    header,
    columns: columnsOf(table),
    record_delimiter: flavour === 'canonical' ? 'unix' : 'windows',
    escape_formulas: flavour === 'spreadsheet',
    cast: {number: (value) => String(value), boolean: (value) => (value ? 'true' : 'false')}
  })
  return flavour === 'spreadsheet' && header ? '\uFEFF' + body : body
}
