/**
 * Property tests (fast-check): for arbitrary text, mutated readouts and
 * random bytes, the pipeline never throws, every record it makes passes its
 * schema, every mention and statement slices back exactly, ids are unique.
 * Bounded here; `make fuzz` runs many more cases (FUZZ_RUNS).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {processDocument} from '../pipeline/run.js'
import {problemsOf} from '../pipeline/validate.js'
import type {DocumentRecords, TableName} from '../pipeline/types.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40)
const readouts = readdirSync('tests/gold').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('tests/gold', f), 'utf8'))

/** Holds for any input: no exception, no crash or invalid record, exact offsets, unique ids. */
function holds(bytes: Uint8Array) {
  const file = processDocument(bytes, 'fuzz.txt')
  const rules = file.messages.map((m) => m.ruleId)
  expect(rules).not.toContain('crash')
  expect(rules).not.toContain('invalid-record')
  const records = file.data.records as DocumentRecords | undefined
  if (!records) return
  const points = Array.from(String(file.value))
  for (const m of records.mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text)
  for (const s of records.statements) {
    expect(points.slice(s.start, s.end).join('')).toBe(s.content)
    expect(points.slice(s.sentence_start, s.sentence_end).join('')).toBe(s.sentence)
  }
  const tables: [TableName, object[]][] = [
    ['documents', [records.document]],
    ['sections', records.sections],
    ['meetings', records.meetings],
    ['participants', records.participants],
    ['entities', records.entities],
    ['mentions', records.mentions],
    ['statements', records.statements]
  ]
  for (const [table, rows] of tables) for (const row of rows) expect(problemsOf(table, row)).toEqual([])
  const ids = [...records.sections.map((s) => s.section_id), ...records.meetings.map((m) => m.meeting_id), ...records.mentions.map((m) => m.mention_id), ...records.statements.map((s) => s.statement_id)]
  expect(new Set(ids).size).toBe(ids.length)
}

const encode = (text: string) => new TextEncoder().encode(text)

/** A readout with lines dropped, duplicated or shuffled, and characters inserted. */
const mutated = fc
  .record({
    readout: fc.constantFrom(...readouts),
    edits: fc.array(
      fc.oneof(
        fc.record({kind: fc.constant('drop' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat()}),
        fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({unit: 'grapheme', maxLength: 6})})
      ),
      {maxLength: 8}
    )
  })
  .map(({readout, edits}) => {
    let lines = readout.split('\n')
    for (const edit of edits) {
      const i = edit.at % Math.max(1, lines.length)
      if (edit.kind === 'drop') lines = lines.filter((_, k) => k !== i)
      else if (edit.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '')
      else if (edit.kind === 'swap') {
        const j = edit.with % Math.max(1, lines.length)
        ;[lines[i], lines[j]] = [lines[j], lines[i]]
      } else {
        const line = lines[i] ?? ''
        const at = edit.at % (line.length + 1)
        lines[i] = line.slice(0, at) + edit.text + line.slice(at)
      }
    }
    return lines.join('\n')
  })

describe('the pipeline on arbitrary input', () => {
  it('should hold for arbitrary text', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => holds(encode(text))), {numRuns: runs})
  })

  it('should hold for text made of readout words', () => {
    const word = fc.constantFrom('On', 'March', '16,', 'Mr.', 'Fumio', 'KISHIDA', 'H.E.', 'held', 'a', 'meeting', 'with', 'the', 'two', 'sides', 'confirmed', 'that', 'Japan', 'U.S.', '(ROK)', '1', '(1)', 'at', '2:15', 'p.m.', 'for', 'approximately', 'one', 'hour', '.', ',', '\n', '\n\n', 'Back to', 'He', 'stated')
    fc.assert(fc.property(fc.array(word, {maxLength: 120}), (words) => holds(encode(words.join(' ')))), {numRuns: runs})
  })

  it('should hold for mutated readouts', () => {
    fc.assert(fc.property(mutated, (text) => holds(encode(text))), {numRuns: runs})
  })

  it('should hold for random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 600}), (bytes) => holds(bytes)), {numRuns: runs})
  })
})
