/**
 * The page's text is the browser's `innerText`, as hast-util-to-text
 * computes it: `innerText` (pipeline/inner-text.ts) writes the same
 * algorithm without its per-node lists, and must give the very same string
 * for every element of every page, generated or a fixture.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Nodes, Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {toText} from 'hast-util-to-text'
import {parse} from 'parse5'
import {describe, expect, it} from 'vitest'
import {innerText} from '../pipeline/inner-text.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40) * 10

/** Each element of `tree` (and the root) with both texts. */
function texts(html: string): {element: string; expected: string; actual: string}[] {
  const found: {element: string; expected: string; actual: string}[] = []
  const walk = (node: Nodes) => {
    found.push({element: node.type === 'element' ? node.tagName : node.type, expected: toText(node), actual: innerText(node)})
    if ('children' in node) for (const child of node.children) if (child.type === 'element') walk(child)
  }
  walk(fromParse5(parse(html)) as Root)
  return found
}

const differing = (html: string) => texts(html).filter((t) => t.expected !== t.actual)

/** Markup of blocks, inline elements, tables, preformatted text, hidden elements and comments around text with every kind of white space. */
const markup: fc.Arbitrary<string> = fc.letrec<{node: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.array(fc.constantFrom('Talks', 'held', ' ', '  ', '\t', '\n', '\n\n', ' \n ', '\u00a0', '\u200b', '\u200e', 'a.', '&nbsp;', '&amp;', '1.', ''), {maxLength: 6}).map((parts) => parts.join('')),
    fc.tuple(
      fc.constantFrom('p', 'div', 'span', 'b', 'br', 'li', 'ul', 'ol', 'h2', 'section', 'table', 'tbody', 'tr', 'td', 'th', 'pre', 'nobr', 'textarea', 'script', 'style', 'dialog', 'dialog open', 'p hidden', 'td nowrap', 'pre wrap', 'caption', 'blockquote', 'a href="/"', '!--'),
      fc.array(tie('node'), {maxLength: 4}),
      fc.constantFrom(' ', '', '\n')
    ).map(([tag, children, gap]) => {
      if (tag === '!--') return `<!-- ${children.join('')} -->`
      const name = tag.split(' ')[0]
      return name === 'br' ? `<br>${gap}` : `<${tag}>${children.join(gap)}</${name}>${gap}`
    })
  )
})).node

describe('the text of a page', () => {
  it("should be hast-util-to-text's for every element of generated markup", () => {
    fc.assert(
      fc.property(markup, (body) => {
        expect(differing(`<!doctype html><html><body>${body}</body></html>`)).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it("should be hast-util-to-text's for every element of the fixtures' pages", () => {
    const root = 'tests/fixtures/html'
    const pages = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((name) => /\.html?$/.test(name))
    // A ministry's, GOV.UK's, the State Department's and a WordPress site's.
    expect(pages.length).toBeGreaterThanOrEqual(4)
    for (const page of pages) expect(differing(readFileSync(join(root, page), 'utf8')), page).toEqual([])
  })

  it('should keep a table as rows of cells, and preformatted text as written', () => {
    const [root] = texts('<table><tr><td>Date</td><td>16 March</td></tr><tr><td>Place</td><td>Tokyo</td></tr></table><pre>  1.  Opening\n  2.  Talks</pre>')
    expect(root.actual).toBe('Date\t16 March\nPlace\tTokyo\n  1.  Opening\n  2.  Talks')
  })
})
