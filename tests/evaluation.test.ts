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
    expect(result.groups).toEqual(published.groups)
  })

  it('should hold the extraction to its targets on the gold set, the whole and the Japanese readouts', () => {
    // The whole set of every government's readouts: issue 11's targets for the whole set (each group of governments does not reach them all yet: see README).
    const m = result.measures
    for (const field of ['date', 'start_time', 'duration_minutes', 'format']) expect(m[`meeting.${field}`].f1, field).toBeGreaterThanOrEqual(0.97)
    expect(m.participants.f1).toBeGreaterThanOrEqual(0.97)
    expect(m['participant.title'].f1).toBeGreaterThanOrEqual(0.95)
    // The publishing side's own principal where the page names no government body is the weakest (see README); a floor, not one of the targets.
    expect(m['participant.country'].f1).toBeGreaterThanOrEqual(0.94)
    expect(m.persons.f1).toBeGreaterThanOrEqual(0.97)
    expect(m.countries.f1).toBeGreaterThanOrEqual(0.97)
    expect(m.statements.f1).toBeGreaterThanOrEqual(0.9)
    expect(m['joint statements'].f1).toBeGreaterThanOrEqual(0.93)
    // Readouts of one meeting by two governments are linked into one event; no distractor is.
    expect(m['event links'].precision).toBeGreaterThanOrEqual(0.97)
    expect(m['event links'].recall).toBeGreaterThanOrEqual(0.9)
    // The Japanese readouts the rules were first built on hold what they reached.
    const japan = result.groups.Japan.measures
    for (const key of Object.keys(japan)) if (key !== 'organizations' && key !== 'event links') expect(japan[key].f1, key).toBeGreaterThanOrEqual(0.97)
  })

  it('should score every group of publishing governments apart, in the order the lexicon lists them', () => {
    expect(Object.keys(result.groups)).toEqual(['Japan', 'U.S.', 'U.K. and Commonwealth', 'South and South-East Asia', 'China', 'Korea', 'Europe', 'Other'])
    expect(Object.values(result.groups).reduce((sum, group) => sum + group.documents, 0)).toBe(result.documents)
  })
})
