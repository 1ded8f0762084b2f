/**
 * The spreadsheet copies, opened by a real spreadsheet: LibreOffice converts
 * each one (UTF-8 named at import, as a user choosing UTF-8 would) and every
 * cell must come through as the canonical table has it, except that cells
 * which would start a formula keep the apostrophe that neutralises them.
 * Needs `soffice` (Debian: libreoffice-calc-nogui); skipped loudly without it,
 * mandatory where READOUT_REQUIRE_LIBREOFFICE=1 (.ci/run sets it).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'

function findSoffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [candidate], {stdio: 'pipe'})
      return candidate
    } catch {
      // not on PATH
    }
  }
  return null
}

const soffice = findSoffice()
const required = process.env.READOUT_REQUIRE_LIBREOFFICE === '1'
if (!soffice && !required) {
  console.warn('\n*** SKIPPED: the LibreOffice spreadsheet test (no soffice on PATH). Install libreoffice-calc-nogui to run it. ***\n')
}

const work = mkdtempSync(join(tmpdir(), 'readout-spreadsheet-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const rows = (text: string) => parse(text, {bom: true, relax_column_count: false}) as string[][]
const formulaStart = /^[=+\-@\t\r]/

describe.skipIf(!soffice && !required)('the spreadsheet copies in LibreOffice', () => {
  it('should have LibreOffice available', () => {
    expect(soffice, 'soffice not found: install libreoffice-calc-nogui').not.toBeNull()
  })

  it('should keep non-ASCII text, long cells and dates intact and never run a formula', async () => {
    const output = join(work, 'out')
    await exportFolder({input: 'tests/fixtures/spreadsheet', output})
    const folder = join(output, 'spreadsheet')
    const files = readdirSync(folder).filter((f) => f.endsWith('.csv')).sort()
    const converted = join(work, 'converted')
    execFileSync(
      soffice!,
      ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--infilter=CSV:44,34,76,1', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true', '--outdir', converted, ...files.map((f) => join(folder, f))],
      {stdio: 'pipe', timeout: 120_000}
    )
    let formulaCells = 0
    for (const file of files) {
      const canonical = rows(readFileSync(join(output, 'csv', file), 'utf8'))
      const opened = rows(readFileSync(join(converted, file), 'utf8'))
      expect(opened.length, file).toBe(canonical.length)
      canonical.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = opened[r][c] ?? ''
          if (formulaStart.test(cell)) {
            formulaCells++
            expect(got, `${file} row ${r} column ${c}`).toBe(`'${cell}`)
          } else if (/^\d\d:\d\d$/.test(cell)) {
            expect(got.slice(0, 5), `${file} row ${r} column ${c}`).toBe(cell)
          } else {
            expect(got, `${file} row ${r} column ${c}`).toBe(cell)
          }
        })
      )
    }
    const statements = readFileSync(join(converted, 'statements.csv'), 'utf8')
    expect(statements).toContain('Viet Nam')
    expect(readFileSync(join(converted, 'participants.csv'), 'utf8')).toContain('Çavuşoğlu')
    expect(readFileSync(join(converted, 'meetings.csv'), 'utf8')).toContain('2014-11-08')
    expect(rows(statements).some((row) => row.some((cell) => cell.length > 255))).toBe(true)
    expect(formulaCells).toBeGreaterThanOrEqual(3)
  }, 180_000)

  it('should keep the exact text in the canonical tables', () => {
    const sections = rows(readFileSync(join(work, 'out', 'csv', 'sections.csv'), 'utf8'))
    expect(sections.map((row) => row[3])).toContain('=HYPERLINK("http://example.invalid","Economic relations")')
  })
})
