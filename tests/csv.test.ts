import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documentTables} from '../pipeline/write/shares.js'
import {columnsOf} from '../pipeline/schemas.js'
import {tableNames, type TableName} from '../pipeline/types.js'
import {csvRows, toCsv, type CsvFlavour} from '../pipeline/write/csv.js'
import {run} from './helpers.js'

const flavours: CsvFlavour[] = ['canonical', 'spreadsheet']

describe('a table written directly (documents\' shares, the dataset\'s own tables)', () => {
  it('should be written byte for byte as csv-stringify writes it, for every table of the gold set and its entities and meetings', () => {
    const folder = join(import.meta.dirname, 'gold')
    for (const source of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      const {records} = run(readFileSync(join(folder, source), 'utf8'), source)
      const tables: Record<string, object[]> = {...records, documents: [records.document]}
      // The documents' shares, and two of the dataset's own tables, which are written the same way.
      for (const table of [...documentTables, 'entities', 'meetings'] as TableName[]) {
        for (const flavour of flavours) expect(csvRows(table, tables[table])[flavour], `${source} ${table} ${flavour}`).toBe(toCsv(table, tables[table], flavour, false))
      }
    }
  })

  it('should be written as csv-stringify writes it for any cell of any table: quotes, commas, line breaks, formulas, numbers, booleans, nulls', () => {
    const text = fc.string({unit: 'grapheme', maxLength: 12}).chain((s) => fc.constantFrom(s, `=${s}`, `-${s}`, `"${s}",`, `\r\n${s}`, `\t${s}`, `＋${s}`))
    const cell = fc.oneof(text, fc.integer({min: -1000, max: 1000}), fc.double({noNaN: true}), fc.boolean(), fc.constant(null), fc.constant(''))
    const rowsOf = (table: TableName) => {
      const columns = columnsOf(table)
      return fc.array(fc.array(cell, {minLength: columns.length, maxLength: columns.length}).map((cells) => Object.fromEntries(columns.map((c, n) => [c, cells[n]]))), {maxLength: 4})
    }
    const tableAndRows = fc.constantFrom(...tableNames).chain((table) => rowsOf(table).map((rows) => ({table, rows})))
    fc.assert(
      fc.property(tableAndRows, fc.constantFrom(...flavours), ({table, rows}, flavour) => {
        expect(csvRows(table, rows)[flavour]).toBe(toCsv(table, rows, flavour, false))
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 500)}
    )
  })
})
