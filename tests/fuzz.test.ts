/**
 * Property tests (fast-check): for arbitrary text, mutated readouts and
 * random bytes, the pipeline never throws, every record it makes passes its
 * schema, every mention and statement slices back exactly, ids are unique.
 * Bounded here; `make fuzz` runs many more cases (FUZZ_RUNS).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {processDocument} from '../pipeline/document.js'
import {problemsOf} from '../pipeline/validate.js'
import type {DocumentRecords, TableName} from '../pipeline/types.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40)
const readouts = readdirSync('tests/gold').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('tests/gold', f), 'utf8'))

/** Holds for any input: no exception, no crash or invalid record, exact offsets, unique ids. */
function holds(bytes: Uint8Array, name = 'fuzz.txt') {
  const file = processDocument(bytes, name)
  const rules = file.messages.map((m) => m.ruleId)
  expect(rules).not.toContain('crash')
  expect(rules).not.toContain('invalid-record')
  const records = file.data.records as DocumentRecords | undefined
  if (!records) return
  const points = Array.from(String(file.value))
  for (const m of records.mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text)
  for (const s of records.statements) {
    expect(points.slice(s.start, s.end).join('')).toBe(s.content)
    expect(points.slice(s.sentence_start, s.sentence_end).join('')).toBe(s.sentence)
  }
  const tables: [TableName, object[]][] = [
    ['documents', [records.document]],
    ['sections', records.sections],
    ['meetings', records.meetings],
    ['participants', records.participants],
    ['entities', records.entities],
    ['mentions', records.mentions],
    ['statements', records.statements]
  ]
  for (const [table, rows] of tables) for (const row of rows) expect(problemsOf(table, row)).toEqual([])
  const ids = [...records.sections.map((s) => s.section_id), ...records.meetings.map((m) => m.meeting_id), ...records.mentions.map((m) => m.mention_id), ...records.statements.map((s) => s.statement_id)]
  expect(new Set(ids).size).toBe(ids.length)
}

const encode = (text: string) => new TextEncoder().encode(text)

/** A readout with lines dropped, duplicated or shuffled, and characters inserted. */
const mutated = fc
  .record({
    readout: fc.constantFrom(...readouts),
    edits: fc.array(
      fc.oneof(
        fc.record({kind: fc.constant('drop' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat()}),
        fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({unit: 'grapheme', maxLength: 6})})
      ),
      {maxLength: 8}
    )
  })
  .map(({readout, edits}) => {
    let lines = readout.split('\n')
    for (const edit of edits) {
      const i = edit.at % Math.max(1, lines.length)
      if (edit.kind === 'drop') lines = lines.filter((_, k) => k !== i)
      else if (edit.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '')
      else if (edit.kind === 'swap') {
        const j = edit.with % Math.max(1, lines.length)
        ;[lines[i], lines[j]] = [lines[j], lines[i]]
      } else {
        const line = lines[i] ?? ''
        const at = edit.at % (line.length + 1)
        lines[i] = line.slice(0, at) + edit.text + line.slice(at)
      }
    }
    return lines.join('\n')
  })

/** HTML-escaped text, as a page writes it (sometimes as named or numeric references). */
const escapeHtml = (text: string, numeric: boolean) => text.replace(/[&<>'"]/g, (c) => (numeric ? `&#${c.charCodeAt(0)};` : c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'))

/** Chrome a site wraps around a readout, with sentences that read like statements. */
const chromeBlocks = [
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/press">The two sides agreed to meet again</a></li></ul></nav>',
  '<div class="breadcrumb"><a href="/">Home</a> &gt; Minister Kishida confirmed that</div>',
  '<div id="cookie-banner"><p>The two sides shared the view that cookies are used.</p><button>Accept</button></div>',
  '<aside class="related"><h2>Related Articles</h2><article><h3>The two ministers affirmed that ties are strong</h3></article></aside>',
  '<div class="share-buttons"><a>Share</a> <a>Tweet</a></div>',
  '<form class="comment-form"><textarea>The two sides agreed</textarea><input type="submit"></form>',
  '<script>var s = "The two sides confirmed that";</script><style>p { color: red }</style>',
  '<footer><p>The two sides reaffirmed the copyright.</p></footer>',
  '<ul class="tags"><li>Japan</li><li>Diplomacy</li></ul>'
]

/** A readout's lines as a page: blocks in tags, chrome around and between, markup left open at random. */
const pages = fc
  .record({
    readout: mutated,
    container: fc.constantFrom('main', 'article', 'div id="maincontents"', 'div role="main"', 'div class="x"', 'section'),
    blocks: fc.array(fc.constantFrom('p', 'h2', 'h3', 'li', 'div', 'blockquote', 'td', 'span', 'pre'), {minLength: 1, maxLength: 6}),
    chrome: fc.array(fc.nat(chromeBlocks.length - 1), {maxLength: 6}),
    numeric: fc.boolean(),
    unclosed: fc.boolean(),
    charset: fc.constantFrom('', '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', '<meta charset="bogus-8">'),
    lang: fc.constantFrom('', ' lang="en"', ' lang="en-GB"', ' lang="fr"'),
    noise: fc.string({unit: 'grapheme', maxLength: 30})
  })
  .map(({readout, container, blocks, chrome, numeric, unclosed, charset, lang, noise}) => {
    const lines = readout.split('\n').map((line, n) => {
      const tag = blocks[n % blocks.length]
      return `<${tag}>${escapeHtml(line, numeric)}${unclosed && n % 3 === 0 ? '' : `</${tag}>`}` + (chrome.length && n % 5 === 0 ? chromeBlocks[chrome[n % chrome.length]] : '')
    })
    const tag = container.split(' ')[0]
    return `<!doctype html><html${lang}><head>${charset}<title>${escapeHtml(noise, numeric)}</title></head><body>${chrome.map((c) => chromeBlocks[c]).join('')}<${container}>${lines.join('\n')}</${tag}>${noise}</body></html>`
  })

describe('the pipeline on arbitrary input', () => {
  it('should hold for arbitrary text', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => holds(encode(text))), {numRuns: runs})
  })

  it('should hold for text made of readout words', () => {
    const word = fc.constantFrom('On', 'March', '16,', 'Mr.', 'Fumio', 'KISHIDA', 'H.E.', 'held', 'a', 'meeting', 'with', 'the', 'two', 'sides', 'confirmed', 'that', 'Japan', 'U.S.', '(ROK)', '1', '(1)', 'at', '2:15', 'p.m.', 'for', 'approximately', 'one', 'hour', '.', ',', '\n', '\n\n', 'Back to', 'He', 'stated')
    fc.assert(fc.property(fc.array(word, {maxLength: 120}), (words) => holds(encode(words.join(' ')))), {numRuns: runs})
  })

  it('should hold for mutated readouts', () => {
    fc.assert(fc.property(mutated, (text) => holds(encode(text))), {numRuns: runs})
  })

  it('should hold for generated HTML pages: no exception, every record valid, offsets into the text read', () => {
    fc.assert(
      fc.property(pages, (page) => {
        holds(encode(page), 'fuzz.html')
        // The chrome's statement-like sentences never reach the text read.
        const text = String(processDocument(encode(page), 'fuzz.html').value)
        for (const phrase of ['cookies are used', 'ties are strong', 'reaffirmed the copyright', 'var s =']) expect(text).not.toContain(phrase)
      }),
      {numRuns: runs}
    )
  })

  it('should hold for random bytes as a page', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 600}), (bytes) => holds(bytes, 'fuzz.html')), {numRuns: runs})
  })

  it('should hold for random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 600}), (bytes) => holds(bytes)), {numRuns: runs})
  })
})
