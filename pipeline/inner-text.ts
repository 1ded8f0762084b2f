/**
 * A hast tree's text as a browser's `innerText` gives it: the algorithm of
 * hast-util-to-text 4.0.3 (blocks and paragraphs as required line breaks,
 * `<br>` and table rows as line feeds, cells as tabs, white space collapsed
 * as CSS collapses it, `<pre>` kept), item for item, but written straight
 * into one list of strings instead of a list per node appended upwards.
 * On the benchmark's pages that library allocated 164 KB for a page of
 * 5 KB and was the largest part of reading a page after parsing it; this
 * gives the same text (a property test holds the two to each other over
 * generated pages, and the fixtures to their text) from a few KB.
 */
import type {Element, Nodes, Parents, Text} from 'hast'

type Whitespace = 'normal' | 'pre' | 'nowrap' | 'pre-wrap'

/** What a node's collection needs from its parent (hast-util-to-text's `CollectionInfo`). */
interface Info {
  breakBefore: boolean
  breakAfter: boolean
  rowAfter: boolean | undefined
  whitespace: Whitespace
}

/**
 * The items folded as they come (the algorithm's steps 4 to 7): strings
 * are kept, a run of required line break counts between two strings
 * becomes as many line feeds as the largest (a count of 0, a space), and
 * counts before the first string or after the last are dropped.
 */
class Output {
  parts: string[] = []
  /** The largest count since the last string; undefined before the first string. */
  count: number | undefined = undefined

  text(value: string): void {
    if (!value) return
    if (this.count !== undefined && this.count > -1) this.parts.push('\n'.repeat(this.count) || ' ')
    this.count = -1
    this.parts.push(value)
  }

  lineBreaks(n: number): void {
    if (this.count !== undefined && n > this.count) this.count = n
  }
}

export function innerText(tree: Nodes): string {
  const out = new Output()
  const children = 'children' in tree ? tree.children : []
  let block = false
  let inTable = false
  if (tree.type === 'element') {
    block = blockOrCaptionNames.has(tree.tagName)
    inTable = tree.tagName === 'table' || rowGroup(tree)
  }
  const whitespace = inferWhitespace(tree, 'normal')
  if (tree.type === 'text' || tree.type === 'comment') collectText(out, tree.value, true, true)
  for (let index = 0; index < children.length; index++) {
    const next = children[index + 1]
    collect(out, children[index], index, tree as Parents, {
      breakAfter: next ? isElement(next, 'br') : block,
      breakBefore: index ? false : block,
      rowAfter: inTable ? inferRowAfter(tree as Parents, index, undefined) : undefined,
      whitespace
    })
  }
  return out.parts.join('')
}

function collect(out: Output, node: Nodes, index: number, parent: Parents, info: Info): void {
  if (node.type === 'element') collectElement(out, node, index, parent, info)
  else if (node.type === 'text') {
    // White space between table parts is not rendered.
    if (whitespaceOnly.test(node.value) && parent.type === 'element' && (parent.tagName === 'table' || parent.tagName === 'tr' || rowGroup(parent))) {
      const before = parent.children[index - 1]
      const after = parent.children[index + 1]
      if ((!before || (before.type === 'element' && tablePartNames.has(before.tagName))) && (!after || (after.type === 'element' && tablePartNames.has(after.tagName)))) return
    }
    if (info.whitespace === 'normal') collectText(out, (node as Text).value, info.breakBefore, info.breakAfter)
    else out.text(node.value)
  }
}

function collectElement(out: Output, node: Element, position: number, parent: Parents, info: Info): void {
  const whitespace = inferWhitespace(node, info.whitespace)
  const name = node.tagName
  if (notRenderedNames.has(name) || node.properties?.hidden || (name === 'dialog' && !node.properties?.open)) return
  let prefix: number | undefined
  let suffix: number | string | undefined
  if (name === 'br') suffix = '\n'
  else if (name === 'tr' && (info.rowAfter || after(parent, position, isRow))) suffix = '\n'
  else if (name === 'p') {
    prefix = 2
    suffix = 2
  } else if (blockOrCaptionNames.has(name)) {
    prefix = 1
    suffix = 1
  }
  if (prefix) out.lineBreaks(prefix)
  const inTable = name === 'table' || rowGroup(node)
  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const next = children[index + 1]
    collect(out, children[index], index, node, {
      breakAfter: next ? isElement(next, 'br') : Boolean(suffix),
      breakBefore: index ? false : Boolean(prefix),
      rowAfter: inTable ? inferRowAfter(node, index, info.rowAfter) : undefined,
      whitespace
    })
  }
  if ((name === 'td' || name === 'th') && after(parent, position, isCell)) out.text('\t')
  if (typeof suffix === 'string') out.text(suffix)
  else if (suffix) out.lineBreaks(suffix)
}

/**
 * Text in normal white space: each line's runs of spaces and tabs as one
 * space, none at a line's start or end where a break is; the line feeds
 * between lines as spaces (none beside a zero-width space); a text that is
 * empty at its start or end leaves a space there (the count 0).
 */
function collectText(out: Output, value: string, breakBefore: boolean, breakAfter: boolean): void {
  /** The line starting at `start`, collapsed and trimmed where a break is, and where it ends (-1: the text's end). */
  const lineAt = (start: number) => {
    const end = value.indexOf('\n', start)
    return {end, text: trimAndCollapse(segment(value, start, end === -1 ? value.length : end), start === 0 ? breakBefore : true, end === -1 ? breakAfter : true)}
  }
  let join: 0 | undefined
  let line = lineAt(0)
  for (let index = 0; ; index++) {
    const last = line.end === -1
    // The line after this one: the zero-width space rule looks ahead.
    const next = last ? null : lineAt(line.end + 1)
    if (line.text.charCodeAt(line.text.length - 1) === 0x200b || next?.text.charCodeAt(0) === 0x200b) {
      out.text(line.text)
      join = undefined
    } else if (line.text) {
      if (join === 0) out.lineBreaks(0)
      out.text(line.text)
      join = 0
    } else if (index === 0 || last) out.lineBreaks(0)
    if (!next) return
    line = next
  }
}

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

function segment(value: string, start: number, end: number): string {
  const part = start === 0 && end === value.length ? value : value.slice(start, end)
  bidiControls.lastIndex = 0
  return bidiControls.test(part) ? part.replace(bidiControls, '') : part
}

/** Runs of spaces and tabs as one space; none at the start with a break before, or at the end with a break after. */
function trimAndCollapse(value: string, breakBefore: boolean, breakAfter: boolean): string {
  let collapsed = spacesOrTabs.test(value) ? value.replace(spacesOrTabsAll, ' ') : value
  if (breakBefore && collapsed.charCodeAt(0) === 0x20) collapsed = collapsed.slice(1)
  if (breakAfter && collapsed.charCodeAt(collapsed.length - 1) === 0x20) collapsed = collapsed.slice(0, -1)
  return collapsed
}

/** A tab, or two spaces or tabs: what collapsing changes (a lone space stays as it is). */
const spacesOrTabs = /\t|[\t ]{2}/
const spacesOrTabsAll = /[\t ]+/g
const whitespaceOnly = /^[\t\n\f\r ]+$/

function inferWhitespace(node: Nodes, inherited: Whitespace): Whitespace {
  if (node.type !== 'element') return inherited
  switch (node.tagName) {
    case 'listing':
    case 'plaintext':
    case 'xmp':
      return 'pre'
    case 'nobr':
      return 'nowrap'
    case 'pre':
      return node.properties?.wrap ? 'pre-wrap' : 'pre'
    case 'td':
    case 'th':
      return node.properties?.noWrap ? 'nowrap' : inherited
    case 'textarea':
      return 'pre-wrap'
    default:
      return inherited
  }
}

function inferRowAfter(parent: Parents, index: number, rowAfter: boolean | undefined): boolean | undefined {
  return parent.type === 'element' && parent.tagName === 'table' ? after(parent, index, isRowOrRowGroupWithRow) : rowAfter
}

/** Some element after `parent.children[index]` passes `test`. */
function after(parent: Parents, index: number, test: (element: Element) => boolean): boolean {
  for (let k = index + 1; k < parent.children.length; k++) {
    const child = parent.children[k]
    if (child.type === 'element' && test(child)) return true
  }
  return false
}

const isElement = (node: Nodes, name: string) => node.type === 'element' && node.tagName === name
const isRow = (node: Element) => node.tagName === 'tr'
const isCell = (node: Element) => node.tagName === 'td' || node.tagName === 'th'
const rowGroup = (node: Element) => node.tagName === 'tbody' || node.tagName === 'tfoot' || node.tagName === 'thead'
const isRowOrRowGroupWithRow = (node: Element) => isRow(node) || (rowGroup(node) && node.children.some((child) => child.type === 'element' && isRow(child)))

const tablePartNames = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])

/** Elements never rendered (the HTML standard's hidden elements; scripting on). */
const notRenderedNames = new Set(['datalist', 'head', 'noembed', 'noframes', 'noscript', 'rp', 'script', 'style', 'template', 'title'])

/** Elements whose display is block-level or a table's caption in the HTML standard's user-agent style sheet. */
const blockOrCaptionNames = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'dialog', 'dir', 'dl', 'dt', 'div', 'figure', 'figcaption', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'ul', 'xmp'
])
