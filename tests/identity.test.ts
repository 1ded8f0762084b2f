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
})
