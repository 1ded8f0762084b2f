/**
 * Saved web pages: the main text, never the chrome, and the same facts as
 * the readout's text. Fixture folders `tests/fixtures/html/<case>/` hold a
 * page written like a real site's (`page.html`), the readout as text
 * (`readout.txt`) and the text the pipeline must read of the page
 * (`expected.txt`); `UPDATE=1 npx vitest run tests/html.test.ts` rewrites
 * the expected texts when a change is intended (review the diff!).
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {decodePage} from '../pipeline/charset.js'
import {readPage} from '../pipeline/html.js'
import {processDocument} from '../pipeline/document.js'
import {exportFolder} from '../pipeline/run.js'
import type {DocumentRecords} from '../pipeline/types.js'
import {pageOf} from '../bench/pages.js'
import {tableRows} from './helpers.js'

const fixtures = 'tests/fixtures/html'
const cases = readdirSync(fixtures).sort()
const work = mkdtempSync(join(tmpdir(), 'readout-html-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const squash = (value: string) => value.replace(/\s+/g, ' ').trim()

function records(bytes: Uint8Array, name: string) {
  const file = processDocument(bytes, name)
  return {file, records: file.data.records as DocumentRecords, messages: file.messages.map(String)}
}

/** What must be the same from the page and from its text: offsets and ids aside, white space as HTML collapses it. */
function facts(r: DocumentRecords) {
  return {
    meetings: r.meetings.map(({meeting_id, document_id, start, end, ...m}) => m),
    participants: r.participants.map(({meeting_id, start, end, ...p}) => p),
    statements: r.statements.map((s) => ({actor_kind: s.actor_kind, actor: s.actor, actor_id: s.actor_id, verb: s.verb, content: squash(s.content)}))
  }
}

/** Sentences the fixtures' chrome holds that read like statements: none may reach the dataset. */
const chrome = [
  'agreed to strengthen cooperation in cyber space',
  'confirmed that Japan will host the 2+2',
  'best viewed with JavaScript',
  'additional cookies',
  'something wrong with this page',
  'Hiroshima Accord will deepen defence ties',
  'Crown copyright',
  'impose costs on Russia',
  'Article 5 applies to the Senkaku Islands',
  'welcomed external links',
  'comments are moderated',
  'meet again in Tokyo',
  'contribute to peace in the Middle East',
  'Share this',
  'Leave a Reply',
  'Related Articles',
  'Related Links',
  'Recent Posts',
  'Skip to',
  'Is this page useful',
  'Tagged'
]

describe('readPage', () => {
  it('should expose the page text and what the page says about itself', () => {
    const page = readPage(
      '<html lang="en"><head><link rel="canonical" href="/a/b.html"><meta property="article:published_time" content="2023-03-14T09:00:00Z"></head>' +
        '<body><nav>Home</nav><main><h1>Title &amp; more</h1><p>On March 14, the two ministers held a meeting.</p></main></body></html>',
      'https://www.example.org/x'
    )
    expect(page).toEqual({
      url: 'https://www.example.org/a/b.html',
      title: 'Title & more',
      published: '2023-03-14',
      language: 'en',
      text: 'Title & more\n\nOn March 14, the two ministers held a meeting.'
    })
  })

  it('should take the date from <time datetime>, Dublin Core or a "Published" line when nothing else gives it', () => {
    const body = '<p>On March 14, the two ministers held a meeting and confirmed that they will cooperate.</p>'
    expect(readPage(`<article><time datetime="2021-02-03">3 Feb</time>${body}</article>`).published).toBe('2021-02-03')
    expect(readPage(`<head><meta name="DC.date.issued" content="2020-01-08"></head><article>${body}</article>`).published).toBe('2020-01-08')
    expect(readPage(`<main><div class="gem-c-metadata">Published 14 March 2023</div>${body}</main>`).published).toBe('2023-03-14')
    expect(readPage(`<main><div class="gem-c-metadata">Published 14 March 2023</div>${body}</main>`).text).not.toContain('Published')
  })

  it('should write the numbers a browser shows before ordered list items, as the layout reads numbered paragraphs', () => {
    const page = readPage('<main><p>On June 8, the two ministers held a meeting.</p><ol><li>The two ministers affirmed that ties are strong.</li><li>(2) They agreed to meet.</li></ol><ol start="3"><li>They confirmed that they will cooperate.</li></ol><ul><li>Item</li></ul></main>')
    expect(page.text).toBe('On June 8, the two ministers held a meeting.\n\n1. The two ministers affirmed that ties are strong.\n(2) They agreed to meet.\n3. They confirmed that they will cooperate.\nItem')
  })

  it('should use og:url and og:title when the page has no canonical link or heading', () => {
    const page = readPage('<head><meta property="og:url" content="https://example.org/p"><meta property="og:title" content="A title"></head><body><p>Text.</p></body>')
    expect([page.url, page.title]).toEqual(['https://example.org/p', 'A title'])
  })

  it('should find the main text by density when the page names no container', () => {
    const links = '<div class="links"><a href="/1">One</a> <a href="/2">Two</a></div>'
    const text = '<p>On June 8, the two ministers held a meeting. The two ministers affirmed that they share fundamental values.</p><p>They agreed to meet again.</p>'
    expect(readPage(`<body>${links}<div class="x">${text}</div>${links}</body>`).text).toBe('On June 8, the two ministers held a meeting. The two ministers affirmed that they share fundamental values.\n\nThey agreed to meet again.')
  })
})

describe('charsets', () => {
  it('should honour <meta charset>, http-equiv and the transport, and decode entities', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>'), 0x93, 0x41, 0x94, ...Buffer.from(' &amp; &rsquo; &#8217;</p>')])
    expect(decodePage(cp1252, null)).toMatchObject({charset: 'windows-1252', from: 'meta'})
    expect(readPage(decodePage(cp1252, null).text).text).toBe('\u201cA\u201d & \u2019 \u2019')
    // 外務省 in Shift_JIS.
    const sjis = Uint8Array.from([...Buffer.from('<meta charset="Shift_JIS"><p>'), 0x8a, 0x4f, 0x96, 0xb1, 0x8f, 0xc8, ...Buffer.from('</p>')])
    expect(readPage(decodePage(sjis, null).text).text).toBe('外務省')
    // The transport's charset comes before the page's own.
    expect(decodePage(sjis, 'shift_jis').from).toBe('transport')
    expect(decodePage(Buffer.from('<p>caf\u00e9</p>'), null)).toMatchObject({text: '<p>caf\u00e9</p>', charset: 'utf-8', from: 'default'})
  })
})

describe('fixture pages', () => {
  it.each(cases)('%s: should read the main text the fixture expects', (name) => {
    const {file} = records(readFileSync(join(fixtures, name, 'page.html')), 'page.html')
    const expected = join(fixtures, name, 'expected.txt')
    if (process.env.UPDATE) writeFileSync(expected, String(file.value) + '\n')
    expect(String(file.value) + '\n').toBe(readFileSync(expected, 'utf8'))
  })

  it.each(cases)('%s: should give the same meetings, participants and statements as the readout as text', (name) => {
    const page = records(readFileSync(join(fixtures, name, 'page.html')), 'page.html')
    const text = records(readFileSync(join(fixtures, name, 'readout.txt')), 'page.txt')
    expect(page.messages).toEqual(text.messages)
    expect(facts(page.records)).toEqual(facts(text.records))
    expect(page.records.document.url).toMatch(/^https:\/\//)
    expect(page.records.document.media_type).toBe('text/html')
  })

  it.each([0, 1, 2, 3])('the seed in the bench\'s site style %i: should give the same meetings, participants and statements as its text', (style) => {
    const seed = readFileSync(join(fixtures, 'ministry', 'readout.txt'), 'utf8')
    const page = records(Buffer.from(pageOf(seed, style, 'https://www.example.org/press/seed.html')), 'seed.html')
    expect(page.messages).toEqual([])
    expect(facts(page.records)).toEqual(facts(records(Buffer.from(seed), 'seed.txt').records))
    expect(page.records.document.url).toBe('https://www.example.org/press/seed.html')
  })

  it.each(cases)('%s: should let no chrome into the text, the statements or the entities', (name) => {
    const page = records(readFileSync(join(fixtures, name, 'page.html')), 'page.html')
    const text = records(readFileSync(join(fixtures, name, 'readout.txt')), 'page.txt')
    const html = readFileSync(join(fixtures, name, 'page.html'), 'latin1')
    const read = String(page.file.value)
    // The chrome is there in the page, and not in what was read.
    expect(chrome.filter((sentence) => html.includes(sentence)).length).toBeGreaterThan(2)
    for (const sentence of chrome) expect(read).not.toContain(sentence)
    expect(read).not.toMatch(/<|function\s*\(|\{|\bvar\b/)
    // Every statement's sentence is a sentence of the readout; every entity is one of the readout's.
    const readout = squash(readFileSync(join(fixtures, name, 'readout.txt'), 'utf8'))
    for (const s of page.records.statements) expect(readout).toContain(squash(s.sentence))
    const entities = new Set(text.records.entities.map((e) => e.entity_id))
    expect(page.records.entities.map((e) => e.entity_id).filter((id) => !entities.has(id))).toEqual([])
  })
})

describe('bad pages', () => {
  it('should still give the readout from malformed markup', () => {
    const readout = readFileSync(join(fixtures, 'govuk', 'readout.txt'), 'utf8')
    const broken = `<html><body><div id="main"><p>${readout.split('\n\n').join('<p><b>').replace(/&/g, '&amp;')}</i></span></div></table><p>unclosed <a href="x`
    const {records: r, messages} = records(Buffer.from(broken), 'broken.html')
    expect(messages).toEqual([])
    expect(facts(r).statements.map((s) => s.verb)).toEqual(facts(records(Buffer.from(readout), 'x.txt').records).statements.map((s) => s.verb))
  })

  it('should refuse an app shell of scripts with a clear message', () => {
    const shell = '<!doctype html><html lang="en"><head><script src="/app.js"></script></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script>window.__STATE__ = {"text": "The two sides agreed that ..."}</script></body></html>'
    expect(records(Buffer.from(shell), 'app.html').messages).toEqual([
      'app.html:1:1: Unexpected page without readable text (0 words outside scripts, navigation and forms), expected the readout\'s text: save the page once it has loaded in a browser, or copy its text into a .txt file'
    ])
  })

  it('should refuse a page in another language by its <html lang>', () => {
    const page = '<html lang="ja"><body><main><p>On March 16, the two ministers held a meeting and confirmed that they will cooperate closely.</p></main></body></html>'
    expect(records(Buffer.from(page), 'ja.html').messages).toEqual(['ja.html:1:1: Unexpected page in `ja` (its <html lang>), expected a readout in English (export the English version of the page)'])
  })

  it('should refuse an enormous page without reading it whole', async () => {
    const input = join(work, 'huge')
    mkdirSync(input)
    writeFileSync(join(input, 'huge.html'), '<html><body><main>' + '<p>The two ministers confirmed that they will meet again soon.</p>\n'.repeat(20000) + '</main></body></html>')
    const result = await exportFolder({input, output: join(work, 'huge-out'), workers: 0})
    expect(result.written).toBe(false)
    expect(result.refused).toEqual([{source: 'huge.html', reason: 'Unexpected file of 1.3 MB, expected a readout page of at most 1 MB (one page per file; is this the right file?)'}])
  })
})

describe('export of pages', () => {
  it('should publish the text read of every page so that every offset slices it, and fill the new columns', async () => {
    const input = join(work, 'pages')
    mkdirSync(input)
    for (const name of cases) writeFileSync(join(input, `${name}.html`), readFileSync(join(fixtures, name, 'page.html')))
    writeFileSync(join(input, 'seed.txt'), readFileSync(join(fixtures, 'ministry', 'readout.txt')))
    const output = join(work, 'pages-out')
    const result = await exportFolder({input, output, workers: 0})
    expect(result.exported).toBe(cases.length + 1)
    expect(readdirSync(join(output, 'text')).sort()).toEqual(cases.map((name) => `${name}.txt`))
    const documents = tableRows(join(output, 'csv', 'documents.csv'))
    expect(documents.map((d) => [d.document_id, d.media_type, d.url])).toEqual([
      ['govuk', 'text/html', 'https://www.gov.uk/government/news/japan-uk-foreign-ministers-meeting-july-2023'],
      ['ministry', 'text/html', 'https://www.mofa.go.jp/na/na1/us/page3e_000650.html'],
      ['seed', 'text/plain', ''],
      ['state', 'text/html', 'https://www.state.gov/japan-canada-foreign-ministers-meeting/'],
      ['wordpress', 'text/html', 'https://irishjapannews.example/2015/06/08/japan-ireland-foreign-ministers-meeting/']
    ])
    const textOf = (id: string) => Array.from(readFileSync(id === 'seed' ? join(input, 'seed.txt') : join(output, 'text', `${id}.txt`), 'utf8'))
    for (const table of ['statements', 'mentions'] as const) {
      for (const row of tableRows(join(output, 'csv', `${table}.csv`))) {
        expect(textOf(row.document_id).slice(Number(row.start), Number(row.end)).join('')).toBe(table === 'statements' ? row.content : row.text)
      }
    }
    // The page URL in the graph and on the page.
    const graph = JSON.parse(readFileSync(join(output, 'jsonld', 'ministry.jsonld'), 'utf8')) as {'@graph': Record<string, unknown>[]}
    const meeting = graph['@graph'].find((node) => node['@id'] === 'ministry/m1')!
    expect(meeting.isBasedOn).toBe('https://www.mofa.go.jp/na/na1/us/page3e_000650.html')
    expect(readFileSync(join(output, 'markdown', 'ministry.md'), 'utf8')).toContain('page [`https://www.mofa.go.jp/na/na1/us/page3e_000650.html`](https://www.mofa.go.jp/na/na1/us/page3e_000650.html)')
  })
})
