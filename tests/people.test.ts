import {describe, expect, it} from 'vitest'
import {findNames, splitName} from '../pipeline/extract/people.js'
import {gazetteer} from '../pipeline/gazetteer.js'

describe('names', () => {
  it.each([
    ['Fumio Kishida', 'Fumio', 'Kishida'],
    ['Rex W. Tillerson', 'Rex W.', 'Tillerson'],
    ['MOTEGI Toshimitsu', 'Toshimitsu', 'Motegi'],
    ['Park Jin', 'Jin', 'Park'],
    ['Pham Binh Minh', 'Binh Minh', 'Pham'],
    ['Albert F. del Rosario', 'Albert F.', 'del Rosario'],
    ['Jean-Yves Le Drian', 'Jean-Yves', 'Le Drian']
  ])('should split %j into given and family names', (written, given, family) => {
    expect(splitName(written)).toMatchObject({givenName: given, familyName: family})
  })

  it('should find names after honorifics, after offices, and FAMILY Given without either', () => {
    const text = 'H.E. Dr. Park Jin met Mr. Simon Coveney, T.D., and Secretary of State Pompeo; IWAYA Takeshi spoke with Senator the Hon. Penny Wong.'
    const found = findNames(text, gazetteer(), new Set())
    expect(found.map((n) => [n.written, n.honorific ?? n.title, n.familyName])).toEqual([
      ['Park Jin', 'H.E. Dr.', 'Park'],
      ['Simon Coveney', 'Mr.', 'Coveney'],
      ['Pompeo', 'Secretary of State', 'Pompeo'],
      ['IWAYA Takeshi', null, 'Iwaya'],
      ['Penny Wong', 'Senator the Hon.', 'Wong']
    ])
  })

  it('should warn when the name order cannot be told, and not when a later mention settles it', async () => {
    const {run} = await import('./helpers.js')
    const lead = (name: string, later: string) => `Japan-Canada Relations\n\nMay 5, 2020\n\nOn May 5, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with Mr. ${name}, Minister of Foreign Affairs of Canada.\n\n1. ${later}\n`
    expect(run(lead('Lee Smith', 'Minister Yamada welcomed the visit.')).messages).toEqual([
      'fixture.txt:5:82: Cannot tell the name order of Lee Smith, expected a later mention by family name; read as family name Lee'
    ])
    expect(run(lead('Lee Hyun', 'Minister Lee welcomed the visit.')).messages).toEqual([])
  })

  it('should not read offices, organizations or acronyms as names', () => {
    const text = 'The Minister for Foreign Affairs met the ASEAN Secretariat and Minister Extraordinary.'
    expect(findNames(text, gazetteer(), new Set(['ASEAN'])).map((n) => n.written)).toEqual([])
  })
})
