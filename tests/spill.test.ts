import {readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {describe, expect, it} from 'vitest'
import {Spill} from '../pipeline/spill.js'

describe('the spill of documents set aside', () => {
  it('should give back each value put, in any order, and leave no file behind', () => {
    const spills = () => readdirSync(tmpdir()).filter((name) => name.startsWith('readout-spill-'))
    const before = spills()
    const spill = new Spill<{id: string; records: {text: string; start: number}[]}>()
    const values = Array.from({length: 50}, (_, n) => ({id: `doc-${n}`, records: Array.from({length: n}, (_, k) => ({text: `Minister Motegi ${k} – “é”`, start: k}))}))
    const places = values.map((value) => spill.put(value))
    expect(spills()).toEqual(before)
    for (const n of [49, 0, 17, 17, 3]) expect(spill.get(places[n])).toEqual(values[n])
    spill.close()
  })
})
