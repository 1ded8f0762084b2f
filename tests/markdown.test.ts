import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import type {PhrasingContent, RootContent} from 'mdast'
import {afterAll, describe, expect, it} from 'vitest'
import {processDocument} from '../pipeline/document.js'
import {exportFolder} from '../pipeline/run.js'
import type {DocumentRecords} from '../pipeline/types.js'
import {cardTree, code, documentTree, paragraph, quickMarkdown, serialiseWithLibrary, table, text} from '../pipeline/write/markdown.js'
import {run} from './helpers.js'

const work = mkdtempSync(join(tmpdir(), 'readout-markdown-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const hostile = `Japan-Chile Relations

June 2, 2019

On June 2, commencing at 10:00 a.m. for approximately 30 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with H.E. Ms. Ana Silva, Minister of Foreign Affairs of the Republic of Chile.

1 Trade | <script>alert(1)</script>

Minister Yamada stated that <img src=x onerror=alert(1)> | pipes | and [links](javascript:alert(1)) are text.
`

describe('Markdown pages', () => {
  it('should escape text from the input so it is never live HTML, a link or a broken table', async () => {
    const input = join(work, 'in')
    mkdirSync(input)
    writeFileSync(join(input, 'hostile.txt'), hostile)
    await exportFolder({input, output: join(work, 'out')})
    const page = readFileSync(join(work, 'out', 'markdown', 'hostile.md'), 'utf8')
    expect(page).not.toMatch(/(?<!\\)<script>/)
    expect(page).not.toMatch(/(?<!\\)<img/)
    expect(page).not.toMatch(/(?<!\\)\[links\]\(javascript/)
    // Every row of every table has as many unescaped cell separators as its header.
    const tables = page.split('\n\n').filter((block) => block.startsWith('|'))
    for (const table of tables) {
      const counts = table.split('\n').filter(Boolean).map((row) => row.replace(/\\\|/g, '').split('|').length)
      expect(new Set(counts).size, table).toBe(1)
    }
    expect(page).toContain('### 1 Trade \\| \\<script\\>alert(1)\\</script\\>')
    expect(page).toContain('\\<img src=x onerror=alert(1)\\> \\| pipes \\| and \\[links\\](javascript:alert(1)) are text')
  })
})

describe('the quick Markdown writer', () => {
  it('should write every page of the gold set itself, byte for byte as mdast-util-to-markdown does', () => {
    const folder = join(import.meta.dirname, 'gold')
    const sources = readdirSync(folder).filter((name) => name.endsWith('.txt'))
    expect(sources.length).toBeGreaterThan(40)
    // A shape the quick writer does not know goes to the library (null): rare on real pages.
    const left: string[] = []
    for (const source of sources) {
      const tree = documentTree(run(readFileSync(join(folder, source), 'utf8'), source).records)
      const quick = quickMarkdown(tree)
      if (quick === null) left.push(source)
      else expect(quick, source).toBe(serialiseWithLibrary(tree))
    }
    expect(left.length, left.join(', ')).toBeLessThanOrEqual(Math.floor(sources.length / 20))
  })

  it('should write the page of a web page (its URL a link) itself, as the library does, and leave odd URLs to the library', () => {
    for (const name of readdirSync(join(import.meta.dirname, 'fixtures', 'html'))) {
      const file = processDocument(readFileSync(join(import.meta.dirname, 'fixtures', 'html', name, 'page.html')), `${name}.html`)
      const tree = documentTree(file.data.records as DocumentRecords)
      const quick = quickMarkdown(tree)
      expect(quick, name).not.toBeNull()
      expect(quick, name).toBe(serialiseWithLibrary(tree))
    }
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', '/', ':', ' ', '(', ')', '<', '>', '`', '\\', '[', ']', '|', '_', '*', 'h', 't', 'p', 's'), maxLength: 30}), (rest) => {
        const tree = [paragraph(text('page '), {type: 'link', url: `https://${rest}`, children: [code(`https://${rest}`)]})]
        const quick = quickMarkdown(tree)
        if (quick !== null) expect(quick).toBe(serialiseWithLibrary(tree))
      })
    )
  })

  it('should write the dataset card itself too, as the library does', () => {
    const {records} = run(readFileSync(join(import.meta.dirname, '..', 'input', '2017-03-16-japan-us-foreign-ministers-meeting.txt'), 'utf8'), 'seed.txt')
    const counts = {documents: 1, sections: 1, meetings: 1, participants: 1, entities: 1, mentions: 1, statements: 1}
    const tree = cardTree([records.document], ['2017-03-16', '2017-03-16'], counts, {version: '1.0.0'})
    const quick = quickMarkdown(tree)
    expect(quick).not.toBeNull()
    expect(quick).toBe(serialiseWithLibrary(tree))
  })

  it('should write what the library writes, or leave it to the library, for any text in any place', () => {
    // Arbitrary text, and characters Markdown or GFM tables treat specially.
    const value = fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.string({unit: fc.constantFrom('a', ' ', '|', '\\', '`', '*', '_', '#', '1', '.', '-', ':'), maxLength: 8}))
    const node = fc.oneof(
      value.map((v): PhrasingContent => text(v)),
      fc.tuple(fc.constantFrom(':', ';', ',', '.', ' '), value).map(([start, v]): PhrasingContent => text(start + v)),
      value.map((v): PhrasingContent => code(v)),
      value.map((v): PhrasingContent => ({type: 'strong', children: [text(v)]}))
    )
    const phrasing = fc.array(node, {minLength: 1, maxLength: 4})
    const block = fc.oneof(
      fc.tuple(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, phrasing).map(([depth, children]): RootContent => ({type: 'heading', depth, children})),
      phrasing.map((children) => paragraph(...children)),
      fc.array(phrasing, {minLength: 1, maxLength: 3}).map((items): RootContent => ({type: 'list', ordered: false, spread: false, children: items.map((children) => ({type: 'listItem', spread: false, children: [paragraph(...children)]}))})),
      fc.tuple(fc.array(value, {minLength: 1, maxLength: 3}), fc.array(fc.array(fc.oneof(value, node), {minLength: 3, maxLength: 3}), {maxLength: 3})).map(([header, rows]): RootContent => table(header, rows.map((row) => row.slice(0, header.length))))
    )
    let quick = 0
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 5}), (tree) => {
        const written = quickMarkdown(tree)
        if (written === null) return
        quick++
        expect(written).toBe(serialiseWithLibrary(tree))
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 300)}
    )
    // The property is only worth something if the quick writer took part.
    expect(quick).toBeGreaterThan(10)
  })
})
