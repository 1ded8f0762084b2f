/**
 * Stage 2, parse: text -> NLCST tree with positions, and the page's layout.
 *
 * Each line is parsed on its own with unified + retext-english (readouts put
 * one paragraph, heading or caption per line, and a sentence never runs
 * across lines), then its positions are moved to where the line stands in
 * the document, so every node's offsets index the whole source.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {recognise} from './layout.js'
import type {Line, LineKind, Span} from './types.js'
import {isRefused, refuse} from './messages.js'
import './data.js'

const parser = unified().use(retextEnglish).freeze()
const source = 'readout:parse'

declare module 'nlcst' {
  interface ParagraphData {
    /** What the layout makes of the line this paragraph is. */
    kind?: LineKind
    line?: number
  }
}

export function parse(file: VFile): void {
  if (isRefused(file)) return
  const text = String(file.value)
  const language = notEnglish(text)
  if (language) {
    refuse(file, `Unexpected ${language}, expected a readout in English (the rules read English only)`, {place: location(file).toPoint(firstLetter(text)), ruleId: 'not-english', source})
    return
  }
  const layout = recognise(text)
  const place = location(file)
  const root: Root = {
    type: 'RootNode',
    children: [],
    position: {start: place.toPoint(0)!, end: place.toPoint(text.length) ?? {line: layout.lines.length, column: 1, offset: text.length}}
  }
  for (const line of layout.lines) {
    if (line.kind === 'blank') continue
    const tree = parser.parse(line.text) as Root
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      shift(child, line)
      child.data = {kind: line.kind, line: line.index}
      root.children.push(child)
    }
  }
  file.data.layout = layout
  file.data.tree = root

  if (layout.lead.length === 0) {
    file.message('Unexpected page without a lead paragraph, expected a sentence such as "On March 16, ... held a meeting with ..."', {
      place: {line: 1, column: 1},
      ruleId: 'no-lead',
      source
    })
  }
}

/** Move a line's nodes from line-relative to document positions. */
function shift(paragraph: Paragraph, line: Line) {
  visit(paragraph, (node) => {
    const p = node.position
    if (!p) return
    p.start = {line: line.index + 1, column: p.start.column + line.indent, offset: (p.start.offset ?? 0) + line.start}
    p.end = {line: line.index + 1, column: p.end.column + line.indent, offset: (p.end.offset ?? 0) + line.start}
  })
}

/** A sentence with its words, as the extractors read it. */
export interface SentenceView extends Span {
  kind: LineKind
  line: number
  words: Span[]
  /** Word and punctuation tokens in order (white space left out). */
  tokens: Span[]
}

/**
 * The sentences of the tree, in order, with their words. A full stop inside
 * parentheses ("(local time. 5:30 p.m., Japan time.)") does not end a
 * sentence: such pieces are joined again.
 */
export function sentencesOf(tree: Root, text: string): SentenceView[] {
  const sentences: SentenceView[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    let joining = false
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const current = view(sentence, text, paragraph.data?.kind ?? 'body', paragraph.data?.line ?? 0)
      const previous = sentences[sentences.length - 1]
      const merged: SentenceView = joining
        ? {...previous, end: current.end, text: text.slice(previous.start, current.end), words: [...previous.words, ...current.words], tokens: [...previous.tokens, ...current.tokens]}
        : current
      if (joining) sentences[sentences.length - 1] = merged
      else sentences.push(merged)
      joining = depth(merged.text) > 0
    }
  }
  return sentences
}

function depth(value: string): number {
  let n = 0
  for (const c of value) {
    if (c === '(' || c === '（') n++
    else if ((c === ')' || c === '）') && n > 0) n--
  }
  return n
}

function view(sentence: Sentence, text: string, kind: LineKind, line: number): SentenceView {
  const start = sentence.position!.start.offset!
  const end = sentence.position!.end.offset!
  const words: Span[] = []
  const tokens: Span[] = []
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const s = child.position!.start.offset!
    const e = child.position!.end.offset!
    const token = {start: s, end: e, text: text.slice(s, e)}
    tokens.push(token)
    if (child.type === 'WordNode') words.push(token)
  }
  return {start, end, text: text.slice(start, end), kind, line, words, tokens}
}

const englishWords = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'that', 'with', 'for', 'on', 'is', 'was', 'as', 'at', 'by', 'will', 'be', 'this', 'their', 'his', 'her', 'two', 'minister', 'meeting'])

/**
 * What the text is when it is not English: mostly non-Latin script
 * ("text in a non-Latin script"), or Latin words that are hardly ever
 * English function words ("text in another language"); null for English.
 */
function notEnglish(text: string): string | null {
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length < 40) return null
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length
  if (latin / letters.length < 0.6) return 'text in a non-Latin script'
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 30) return null
  const english = words.filter((w) => englishWords.has(w)).length
  return english / words.length < 0.08 ? 'text in another language' : null
}

function firstLetter(text: string): number {
  const at = text.search(/\p{L}/u)
  return at === -1 ? 0 : at
}
