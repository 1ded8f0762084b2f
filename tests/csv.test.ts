import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documentTables} from '../pipeline/write/shares.js'
import {columnsOf} from '../pipeline/schemas.js'
import type {TableName} from '../pipeline/types.js'
import {csvRows, toCsv, type CsvFlavour} from '../pipeline/write/csv.js'
import {run} from './helpers.js'

const flavours: CsvFlavour[] = ['canonical', 'spreadsheet']

describe("a document's share of a table", () => {
  it('should be written byte for byte as csv-stringify writes it, for every table of the gold set', () => {
    const folder = join(import.meta.dirname, 'gold')
    for (const source of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      const {records} = run(readFileSync(join(folder, source), 'utf8'), source)
      const tables: Record<string, object[]> = {...records, documents: [records.document]}
      for (const table of documentTables) {
        for (const flavour of flavours) expect(csvRows(table, tables[table])[flavour], `${source} ${table} ${flavour}`).toBe(toCsv(table, tables[table], flavour, false))
      }
    }
  })

  it('should be written as csv-stringify writes it for any cell: quotes, commas, line breaks, formulas, numbers, booleans, nulls', () => {
    const table: TableName = 'statements'
    const columns = columnsOf(table)
    const text = fc.string({unit: 'grapheme', maxLength: 12}).chain((s) => fc.constantFrom(s, `=${s}`, `-${s}`, `"${s}",`, `\r\n${s}`, `\t${s}`, `＋${s}`))
    const cell = fc.oneof(text, fc.integer({min: -1000, max: 1000}), fc.double({noNaN: true}), fc.boolean(), fc.constant(null), fc.constant(''))
    const row = fc.array(cell, {minLength: columns.length, maxLength: columns.length}).map((cells) => Object.fromEntries(columns.map((c, n) => [c, cells[n]])))
    fc.assert(
      fc.property(fc.array(row, {maxLength: 4}), fc.constantFrom(...flavours), (rows, flavour) => {
        expect(csvRows(table, rows)[flavour]).toBe(toCsv(table, rows, flavour, false))
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 500)}
    )
  })
})
