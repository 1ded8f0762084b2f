/** Small helpers on text and spans, shared by the stages. */
import type {Span} from './types.js'

export function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/** Narrow a span so that it neither starts nor ends with white space or the given punctuation. */
export function trimSpan(text: string, start: number, end: number, punctuation = ''): Span {
  const strip = (c: string) => /\s/.test(c) || punctuation.includes(c)
  while (start < end && strip(text[start])) start++
  while (end > start && strip(text[end - 1])) end--
  return span(text, start, end)
}

/** An item marker before a paragraph's text: "2.", "(ii)", "b)", "•", "-". */
export const itemMarker = /^(?:[(（]?(?:\d{1,2}|[ivx]{1,5}|[IVX]{1,5}|[a-h])[)）.]|[•·▪‣◦*\-–—])\s+/

/** `a-z0-9` runs joined by `-`, after folding accents: the id rule of the contract. */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
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

/** Number of Unicode code points in a string. */
export function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
