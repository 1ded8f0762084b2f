import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'

const work = mkdtempSync(join(tmpdir(), 'readout-identity-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))
const table = (name: string) => parse(readFileSync(join(work, 'out', 'csv', `${name}.csv`), 'utf8'), {columns: true}) as Record<string, string>[]

describe('one person across governments', () => {
  beforeAll(async () => {
    // The same people as Japan's, the U.S.'s and China's foreign ministries write them.
    await exportFolder({input: 'tests/fixtures/identity', output: join(work, 'out')})
  })

  it('should give "the Honorable Antony J. Blinken", "Antony Blinken", "Secretary Blinken" and "Blinken" one person id', () => {
    const people = table('entities').filter((e) => e.type === 'person')
    const blinken = people.filter((e) => e.family_name === 'Blinken')
    expect(blinken.map((e) => e.entity_id)).toEqual(['person:antony-blinken'])
    expect(blinken[0].aliases.split('|')).toEqual(expect.arrayContaining(['Antony J. Blinken', 'Antony Blinken', 'Blinken']))
    const ids = new Set(table('participants').filter((p) => p.family_name === 'Blinken' || p.name.includes('Blinken')).map((p) => p.person_id))
    expect([...ids]).toEqual(['person:antony-blinken'])
  })

  it('should give "Mr. WANG Yi" and "Wang Yi", "Mr. HAYASHI Yoshimasa" and "Hayashi Yoshimasa" one person id each', () => {
    const people = table('entities').filter((e) => e.type === 'person')
    expect(people.filter((e) => e.family_name === 'Wang').map((e) => [e.entity_id, e.given_name])).toEqual([['person:yi-wang', 'Yi']])
    expect(people.filter((e) => e.family_name === 'Hayashi').map((e) => [e.entity_id, e.given_name])).toEqual([['person:yoshimasa-hayashi', 'Yoshimasa']])
    const principals = table('participants').map((p) => `${p.meeting_id.split('/')[0]} ${p.person_id}`)
    expect(principals).toEqual(
      expect.arrayContaining([
        '2023-01-11-jp-hayashi-blinken person:yoshimasa-hayashi',
        '2023-01-11-us-blinken-hayashi person:yoshimasa-hayashi',
        '2023-02-18-cn-wang-blinken person:yi-wang',
        '2023-02-18-cn-wang-blinken person:antony-blinken'
      ])
    )
  })

  it('should link the Japanese and the U.S. readouts of one meeting into one event, with a page of what each side says', () => {
    const events = table('events')
    const shared = events.filter((e) => e.readouts === '2')
    expect(shared.map((e) => [e.event_id, e.date, e.first_source, e.last_source])).toEqual([
      ['event:2023-01-11-blinken-hayashi', '2023-01-11', '2023-01-11-jp-hayashi-blinken', '2023-01-11-us-blinken-hayashi']
    ])
    const meetings = table('meetings')
    expect(meetings.filter((m) => m.event_id === shared[0].event_id).map((m) => [m.meeting_id, m.event_linked_to])).toEqual([
      ['2023-01-11-jp-hayashi-blinken/m1', ''],
      ['2023-01-11-us-blinken-hayashi/m1', '2023-01-11-jp-hayashi-blinken/m1']
    ])
    expect(events.find((e) => e.first_source === '2023-02-18-cn-wang-blinken')?.readouts).toBe('1')
    const page = readFileSync(join(work, 'out', 'markdown', 'events', '2023-01-11-blinken-hayashi.md'), 'utf8')
    expect(page).toContain('## What 2023-01-11-jp-hayashi-blinken reports')
    expect(page).toContain('## What 2023-01-11-us-blinken-hayashi reports')
    expect(page).toContain('`reaffirm` — the ironclad U.S. commitment to the defense of Japan')
  })
})
