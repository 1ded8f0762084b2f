/**
 * Stage 2, parse: text -> NLCST tree with positions, and the page's layout.
 *
 * The whole text is parsed once with unified + retext-english, so every
 * node's offsets index the source; the layout is read from the lines.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {recognise} from './layout.js'
import type {Line, LineKind, Span} from './types.js'
import {isRefused, refuse} from './messages.js'
import {allMatches} from './text.js'
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
  // One parse of the whole text: every node's position indexes the source.
  const root = parser.parse(text) as Root
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

/** A sentence with its words, as the extractors read it. */
export interface SentenceView extends Span {
  kind: LineKind
  line: number
  words: Span[]
  /** Word and punctuation tokens in order (white space left out). */
  tokens: Span[]
}

/**
 * The sentences of the tree, in order, with their words and the kind of the
 * line they stand on. Readouts put one paragraph, heading or caption per
 * line, so a line break ends a sentence; a full stop inside parentheses
 * ("(local time. 5:30 p.m., Japan time.)") does not: such pieces are joined.
 */
export function sentencesOf(tree: Root, text: string, lines: Line[]): SentenceView[] {
  const lineStarts = lines.map((line) => line.start - line.indent)
  const lineAt = (offset: number) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const pieces: SentenceView[] = []
  let words: Span[] = []
  let tokens: Span[] = []
  const flush = () => {
    if (!tokens.length) return
    const start = tokens[0].start
    const end = tokens[tokens.length - 1].end
    const line = lineAt(start)
    pieces.push({start, end, text: text.slice(start, end), kind: lines[line].kind, line, words, tokens})
    words = []
    tokens = []
  }
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const child of sentence.children) {
        const s = child.position!.start.offset!
        const e = child.position!.end.offset!
        if (child.type === 'WhiteSpaceNode') {
          if (lineBreakIn(text, s, e)) flush()
          continue
        }
        const token = {start: s, end: e, text: text.slice(s, e)}
        tokens.push(token)
        if (child.type === 'WordNode') words.push(token)
      }
      flush()
    }
  }
  // Join the pieces of a sentence broken inside parentheses, on one line.
  const sentences: SentenceView[] = []
  let joining = false
  for (const piece of pieces) {
    const previous = sentences[sentences.length - 1]
    if (joining && previous.line === piece.line) {
      sentences[sentences.length - 1] = {...previous, end: piece.end, text: text.slice(previous.start, piece.end), words: [...previous.words, ...piece.words], tokens: [...previous.tokens, ...piece.tokens]}
    } else sentences.push(piece)
    joining = depth(sentences[sentences.length - 1].text) > 0
  }
  return sentences.flatMap((sentence) => splitAfterAbbreviations(sentence, text))
}

/**
 * Words that open a sentence and never go on a name or a noun phrase:
 * after "U.S." or "p.m.", such a word starts a new sentence ("... with the
 * U.S. The two ministers ...", "... at 3 p.m. They ..."), where "U.S.
 * President" or "p.m. Japan time" go on.
 */
const sentenceOpeners = new Set(['The', 'This', 'These', 'That', 'Those', 'Both', 'They', 'He', 'She', 'It', 'We', 'In', 'On', 'At', 'During', 'Furthermore', 'Moreover', 'Also', 'Additionally', 'Following', 'After', 'Before', 'Then', 'Finally', 'Lastly', 'Regarding', 'As', 'Meanwhile', 'However', 'Subsequently', 'Thereafter'])

const shortNumber = /^\d{1,3}\.$/
const initialism = /^(?:\p{L}\.){2,}$/u
const capitalised = /^\p{Lu}/u

/**
 * retext-english does not end a sentence at a full stop after a number of
 * up to three digits or an initialism (it takes "29." for an ordinal and
 * "U.S." for an abbreviation), so "... on October 29. Minister Park
 * expressed ..." is one sentence to it. Split there: after such a number
 * when a capitalised word follows (unless the number opens the sentence:
 * an item marker), after an initialism when a sentence opener follows;
 * never inside parentheses.
 */
function splitAfterAbbreviations(sentence: SentenceView, text: string): SentenceView[] {
  const parts: SentenceView[] = []
  let from = 0
  for (let i = 0; i + 1 < sentence.tokens.length; i++) {
    const word = sentence.tokens[i].text
    const next = sentence.tokens[i + 1].text
    const ends = (shortNumber.test(word) && capitalised.test(next)) || (initialism.test(word) && sentenceOpeners.has(next))
    // A number that opens the sentence is its item marker ("2. The two sides").
    if (!ends || i === from || depth(text.slice(sentence.tokens[from].start, sentence.tokens[i].end)) > 0) continue
    parts.push(part(sentence, from, i + 1, text))
    from = i + 1
  }
  if (from === 0) return [sentence]
  parts.push(part(sentence, from, sentence.tokens.length, text))
  return parts
}

/** The tokens `from` to `to` (exclusive) of a sentence as a sentence. */
function part(sentence: SentenceView, from: number, to: number, text: string): SentenceView {
  const tokens = sentence.tokens.slice(from, to)
  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  return {start, end, text: text.slice(start, end), kind: sentence.kind, line: sentence.line, words: sentence.words.filter((w) => w.start >= start && w.end <= end), tokens}
}

/** `text` has a line break between `start` and `end`. */
function lineBreakIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return true
  }
  return false
}

function depth(value: string): number {
  let n = 0
  for (const c of value) {
    if (c === '(' || c === '（') n++
    else if ((c === ')' || c === '）') && n > 0) n--
  }
  return n
}


const letterRun = /\p{L}+/gu
const englishWords = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'that', 'with', 'for', 'on', 'is', 'was', 'as', 'at', 'by', 'will', 'be', 'this', 'their', 'his', 'her', 'two', 'minister', 'meeting'])

/**
 * What the text is when it is not English: mostly non-Latin script
 * ("text in a non-Latin script"), or Latin words that are hardly ever
 * English function words ("text in another language"); null for English.
 */
function notEnglish(whole: string): string | null {
  // The first few thousand characters tell.
  const text = whole.slice(0, 4000)
  const {letters, latin} = scripts(text)
  if (letters < 40) return null
  if (latin / letters < 0.6) return 'text in a non-Latin script'
  let words = 0
  let english = 0
  for (const match of allMatches(letterRun, text.toLowerCase())) {
    words++
    if (englishWords.has(match[0])) english++
  }
  if (words < 30) return null
  return english / words < 0.08 ? 'text in another language' : null
}

const letter = /\p{L}/u
const latinScript = /\p{Script=Latin}/u

/** How many code points of `text` are letters, and how many are of the Latin script; in one pass, ASCII read without an expression. */
function scripts(text: string): {letters: number; latin: number} {
  let letters = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      // A-Z, a-z: the only ASCII letters, all Latin.
      const folded = code | 32
      if (folded >= 97 && folded <= 122) {
        letters++
        latin++
      }
      continue
    }
    const point = text.codePointAt(i)!
    if (point > 0xffff) i++
    const character = String.fromCodePoint(point)
    if (letter.test(character)) letters++
    if (latinScript.test(character)) latin++
  }
  return {letters, latin}
}

function firstLetter(text: string): number {
  const at = text.search(/\p{L}/u)
  return at === -1 ? 0 : at
}
