import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {allMatches, escapeRegExp, findPhrases, firstMatch, phraseRegExp, withoutEnding} from '../pipeline/text.js'

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

describe('matching without copying the pattern', () => {
  const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '\n', ',', '1', 'é', '𝐀', '\ud800', '.')
  // Patterns of the extraction's kinds, empty matches and astral letters among them.
  const patterns = fc.constantFrom(/\p{L}+/gu, /\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*/g, /(?<![\p{L}])a(?![\p{L}])/gu, /b*/gu, /(?:)/g, /\p{Lu}?/gu, /^|\n/gm)

  it('should give what matchAll gives, from the pattern\'s lastIndex, and leave lastIndex as it was', () => {
    fc.assert(
      fc.property(fc.string({unit: alphabet, maxLength: 40}), patterns, fc.nat(5), (text, pattern, from) => {
        pattern.lastIndex = from
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m])
        expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(expected)
        expect(firstMatch(pattern, text)?.index).toBe(expected[0]?.[0])
        expect(pattern.lastIndex).toBe(from)
        pattern.lastIndex = 0
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)}
    )
  })

  it('should refuse a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError)
    expect(() => firstMatch(/a/, 'a')).toThrow(TypeError)
  })

  it('should drop an ending and the white space after it as the expression did', () => {
    expect(withoutEnding('the Prime Minister, Mr. ', 'Mr.')).toBe('the Prime Minister, ')
    expect(withoutEnding('Dr. Dr.\n', 'Dr.')).toBe('Dr. ')
    expect(withoutEnding('no honorific  ', '')).toBe('no honorific')
    fc.assert(
      fc.property(fc.string({unit: alphabet, maxLength: 30}), fc.string({unit: alphabet, maxLength: 4}), (text, ending) => {
        expect(withoutEnding(text, ending)).toBe(text.replace(new RegExp(`${escapeRegExp(ending)}\\s*$`), ''))
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)}
    )
  })
})
