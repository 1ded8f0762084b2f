/** Small helpers on text and spans, shared by the stages. */
import type {Span} from './types.js'

export function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/** Narrow a span so that it neither starts nor ends with white space or the given punctuation. */
export function trimSpan(text: string, start: number, end: number, punctuation = ''): Span {
  while (start < end && (isSpace(text, start) || punctuation.includes(text[start]))) start++
  while (end > start && (isSpace(text, end - 1) || punctuation.includes(text[end - 1]))) end--
  return span(text, start, end)
}

const space = /\s/

/** The character at `index` is white space (as `\s`); the common cases without a regular expression. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && space.test(text[index])
}

/** An item marker before a paragraph's text: "2.", "(ii)", "b)", "•", "-", or a bare "2" before a capital. */
export const itemMarker = /^(?:[(（]?(?:\d{1,2}|[ivx]{1,5}|[IVX]{1,5}|[a-h])[)）.]\s+|[•·▪‣◦*\-–—]\s+|\d{1,2}\s+(?=\p{Lu}))/u

/**
 * `a-z0-9` runs joined by `-`, after folding accents: the id rule of the
 * contract. A value with nothing in `a-z0-9` even then (a name written
 * only in Cyrillic, say) is spelled by its code points ("u416-u448"), so
 * that an id is never empty.
 */
export function slug(value: string): string {
  const ascii = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii || !value.trim()) return ascii
  return Array.from(value.trim().replace(/\s+/g, ' '), (c) => (c === ' ' ? '' : `u${c.codePointAt(0)!.toString(16)}`))
    .filter(Boolean)
    .join('-')
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The matches of a global `pattern` in `text`, those `[...text.matchAll(pattern)]`
 * gives, without the copy of the pattern `matchAll` makes: V8 initialises
 * each copy anew (some 4 µs a call for the gazetteer's patterns, a
 * quarter of the call), and the extraction asked for dozens a document.
 * As with `matchAll`, the search starts at the pattern's `lastIndex`,
 * which is left as it was.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  mustBeGlobal(pattern)
  const from = pattern.lastIndex
  const found: RegExpExecArray[] = []
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push(match)
      // An empty match: step past it (a whole code point with the u flag), as matchAll does.
      if (match[0] === '') pattern.lastIndex = stepPast(text, match.index, pattern.unicode)
    }
  } finally {
    pattern.lastIndex = from
  }
  return found
}

/** As `matchAll`, refuse a pattern that is not global (`exec` would ignore its `lastIndex`). */
function mustBeGlobal(pattern: RegExp): void {
  if (!pattern.global) throw new TypeError(`Expected a global pattern (flag g), got ${pattern}`)
}

/** The index after the code unit at `index`, or after the surrogate pair there when `unicode` (the spec's AdvanceStringIndex). */
function stepPast(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1
}

/**
 * `text` without `ending` and the white space after it, when it ends so
 * (else as it is): what replacing `escapeRegExp(ending) + '\\s*$'` gives,
 * without compiling an expression for each ending.
 */
export function withoutEnding(text: string, ending: string): string {
  for (let at = Math.max(0, text.trimEnd().length - ending.length); at + ending.length <= text.length; at++) if (text.startsWith(ending, at)) return text.slice(0, at)
  return text
}

/** The first match of a global `pattern` in `text` from its `lastIndex` (left as it was), or undefined: `text.matchAll(pattern).next().value`. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  mustBeGlobal(pattern)
  const from = pattern.lastIndex
  try {
    return pattern.exec(text) ?? undefined
  } finally {
    pattern.lastIndex = from
  }
}

/**
 * A regular expression matching any of `phrases` as whole words, longest
 * first. "Whole word" means no letter or digit right before or after.
 */
export function phraseRegExp(phrases: Iterable<string>, flags = 'g'): RegExp {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const body = sorted.map(escapeRegExp).join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags + 'u')
}

const wordChar = /[\p{L}\p{N}]/u

/** The code point ending right before `index` (a surrogate pair read whole). */
function pointBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]
}

/** The code point starting at `index`. */
function pointAt(text: string, index: number): string {
  if (index >= text.length) return ''
  const high = text.charCodeAt(index)
  return high >= 0xd800 && high <= 0xdbff ? text.slice(index, index + 2) : text[index]
}

/**
 * Where any of `phrases` occurs as a whole word, leftmost first and, at one
 * place, longest first, without overlaps: what `phraseRegExp(phrases)`
 * finds, without compiling an expression (for phrases that change with
 * every document, such as the names it mentions).
 */
export function findPhrases(text: string, phrases: Iterable<string>): {index: number; phrase: string}[] {
  const found: {index: number; phrase: string}[] = []
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      if (!wordChar.test(pointBefore(text, at)) && !wordChar.test(pointAt(text, at + phrase.length))) found.push({index: at, phrase})
    }
  }
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1))
  const chosen: {index: number; phrase: string}[] = []
  let end = 0
  for (const hit of found) {
    if (hit.index < end) continue
    chosen.push(hit)
    end = hit.index + hit.phrase.length
  }
  return chosen
}

/** Title case for a name written in capitals: `MOTEGI` -> `Motegi`, `LE DRIAN` -> `Le Drian`. */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/**
 * Converts UTF-16 offsets to Unicode code-point offsets. For text without
 * astral characters (the common case) this is the identity.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset
  const table = new Uint32Array(text.length + 1)
  let points = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = points
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        table[i + 1] = points
        i++
      }
    }
    points++
  }
  table[text.length] = points
  return (offset) => table[offset]
}

const surrogate = /[\uD800-\uDFFF]/

/** Number of Unicode code points in a string (its length, when it has no surrogate pairs: the common case). */
export function codePointLength(text: string): number {
  if (!surrogate.test(text)) return text.length
  let n = 0
  for (const _ of text) n++
  return n
}
