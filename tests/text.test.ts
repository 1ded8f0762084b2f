import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findPhrases, phraseRegExp} from '../pipeline/text.js'

describe('finding phrases as whole words', () => {
  it('should find "Kishida" and "KISHIDA" but not inside "Kishidas" or "AKishida", longest first', () => {
    const text = 'Minister Kishida met KISHIDA; Kishidas and AKishida did not. Le Drian, Le Drianne.'
    expect(findPhrases(text, ['Kishida', 'KISHIDA', 'Le', 'Le Drian'])).toEqual([
      {index: 9, phrase: 'Kishida'},
      {index: 21, phrase: 'KISHIDA'},
      {index: 61, phrase: 'Le Drian'},
      {index: 71, phrase: 'Le'}
    ])
  })

  it('should find what the regular expression of the same phrases finds, for any text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '-', '1', 'é', '𝐀', '中', '.')
    const word = fc.string({unit: alphabet, minLength: 1, maxLength: 4})
    fc.assert(
      fc.property(fc.string({unit: alphabet, maxLength: 60}), fc.array(word, {minLength: 1, maxLength: 4}), (text, phrases) => {
        const expected = [...text.matchAll(phraseRegExp(phrases))].map((m) => ({index: m.index, phrase: m[0]}))
        expect(findPhrases(text, phrases)).toEqual(expected)
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)}
    )
  })
})
