import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {evaluate} from '../pipeline/evaluate.js'
import {exportFolder} from '../pipeline/run.js'

const work = mkdtempSync(join(tmpdir(), 'readout-evaluation-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the published evaluation', () => {
  const output = join(work, 'gold-export')
  let result: ReturnType<typeof evaluate>
  beforeAll(async () => {
    await exportFolder({input: 'tests/gold', output})
    result = evaluate(output, 'tests/gold')
  })

  it('should be what `make evaluate` gives now (run it and commit evaluation/ when extraction changes)', () => {
    const published = JSON.parse(readFileSync('evaluation/latest.json', 'utf8'))
    expect(result.measures).toEqual(published.measures)
  })

  it('should meet the targets of the extraction on the gold set', () => {
    const m = result.measures
    for (const field of ['date', 'start_time', 'duration_minutes', 'format']) expect(m[`meeting.${field}`].f1, field).toBeGreaterThanOrEqual(0.97)
    expect(m.participants.f1).toBeGreaterThanOrEqual(0.97)
    expect(m['participant.title'].f1).toBeGreaterThanOrEqual(0.95)
    expect(m['participant.country'].f1).toBeGreaterThanOrEqual(0.95)
    expect(m.persons.f1).toBeGreaterThanOrEqual(0.97)
    expect(m.countries.f1).toBeGreaterThanOrEqual(0.97)
    expect(m.statements.f1).toBeGreaterThanOrEqual(0.9)
    expect(m['joint statements'].f1).toBeGreaterThanOrEqual(0.93)
  })
})
