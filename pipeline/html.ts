/**
 * Reading a saved web page: bytes -> the page's main text as lines the
 * layout stage understands (title, date line, paragraphs, headings, list
 * items), with what the page says about itself (URL, title, release date,
 * language). The markup goes through the unified family: rehype-parse to a
 * hast tree (parse5, the parser rehype-parse uses, and
 * hast-util-from-parse5), then the main content's text by the browser's
 * `innerText` algorithm (`inner-text.ts`, hast-util-to-text's, leaner).
 *
 * The main content is the page's `<main>`, `<article>`, `[role=main]` or a
 * content container a CMS names (`#maincontents`, `#content`), the deepest of
 * them that still holds most of the text; without any, the container whose
 * paragraphs hold the most text (Readability's idea, without its scoring of
 * class names). Inside it, everything that is chrome rather than the
 * readout is removed before the text is taken: navigation, site headers and
 * footers, asides, forms, buttons, scripts and styles, and the blocks whose
 * class or id says what they are (breadcrumb, cookie banner, share buttons,
 * related or recent posts, comments, tags, feedback, metadata).
 */
import type {Element, Nodes, Parents, Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import {parseDate} from './extract/when.js'
import {innerText} from './inner-text.js'

/** What a page says about itself (null: it does not say). */
export interface PageInfo {
  url: string | null
  title: string | null
  /** Release date, YYYY-MM-DD. */
  published: string | null
  /** The `<html lang>` attribute as written. */
  language: string | null
}

export interface Page extends PageInfo {
  /** The main content's text, one block per line, blank lines between paragraphs. */
  text: string
}

/** Parse a decoded page and take its main text and metadata; `base` resolves relative URLs (an archive's target URI). */
export function readPage(html: string, base: string | null = null): Page {
  // parse5 (the HTML standard's parser, as rehype-parse uses it) without
  // source positions: the text read is published, offsets index that text,
  // and parsing with positions took twice as long.
  try {
    return readTree(fromParse5(parse(html)) as Root, base)
  } finally {
    verdicts.clear()
  }
}

function readTree(tree: Root, base: string | null): Page {
  const found = scan(tree)
  const info = pageInfo(found, base)
  const main = mainContent(tree, found.containers)
  // Dates the chrome carries are read before it is removed.
  info.published ??= publishedLine(main)
  // The content's own heading, else og:title (a site's <h1> outside the content is often its name).
  info.title = firstText(main, 'h1') ?? info.title
  return {...info, text: lines(innerText(prune(main)))}
}

/** What one walk of the tree finds: the head's metadata, the first <time datetime>, the content containers. */
interface Scan {
  metas: Map<string, string>
  canonical: string | null
  language: string | null
  time: string | null
  containers: {node: Element; ancestors: Parents[]}[]
}

const containerIds = new Set(['maincontents', 'main-contents', 'maincontent', 'main-content', 'content', 'main'])

function scan(tree: Root): Scan {
  const found: Scan = {metas: new Map(), canonical: null, language: null, time: null, containers: []}
  // The path from the root to the node walked; copied only for a container.
  const path: Parents[] = [tree]
  const walk = (node: Parents) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const name = child.tagName
      if (name === 'meta') {
        const key = (attribute(child, 'property') ?? attribute(child, 'name'))?.toLowerCase()
        const content = attribute(child, 'content')?.trim()
        if (key && content && !found.metas.has(key)) found.metas.set(key, content)
      } else if (name === 'link') {
        if (found.canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(attribute(child, 'rel') ?? '')) found.canonical = attribute(child, 'href')
      } else if (name === 'html') {
        found.language ??= attribute(child, 'lang')?.trim() || null
      } else if (name === 'time') {
        found.time ??= attribute(child, 'dateTime')
      }
      if (name === 'main' || name === 'article' || attribute(child, 'role') === 'main' || containerIds.has(attribute(child, 'id') ?? '')) found.containers.push({node: child, ancestors: path.slice()})
      if (child.children.length) {
        path.push(child)
        walk(child)
        path.pop()
      }
    }
  }
  walk(tree)
  return found
}

/** The text of the first `tag` element under `node` outside chrome. */
function firstText(node: Nodes, tag: string): string | null {
  if (node.type === 'element' && chrome(node)) return null
  if (node.type === 'element' && node.tagName === tag) return clean(innerText(prune(node))) || null
  if (!('children' in node)) return null
  for (const child of node.children) {
    const found = firstText(child as Nodes, tag)
    if (found) return found
  }
  return null
}

/**
 * Block text as lines: a run of spaces (no-break and zero-width ones too)
 * as one space, lines trimmed, at most one blank line in a row. One pass:
 * only the runs that change are replaced (a run holding line feeds by one
 * or two of them, any other run but a lone space by a space).
 */
function lines(text: string): string {
  return text.replace(changedSpace, (run) => {
    const feed = run.indexOf('\n')
    if (feed === -1) return ' '
    return run.indexOf('\n', feed + 1) === -1 ? '\n' : '\n\n'
  }).trim()
}

const changedSpace = /[ \t\f\v\u00a0\u200b]*\n[ \t\f\v\u00a0\u200b\n]*|[\t\f\v\u00a0\u200b][ \t\f\v\u00a0\u200b]*| [ \t\f\v\u00a0\u200b]+/g

const clean = (value: string) => value.replace(/\s+/g, ' ').trim()

function attribute(node: Element | undefined, name: string): string | null {
  const value = node?.properties[name]
  if (value === undefined || value === null || value === false) return null
  return Array.isArray(value) ? value.join(' ') : String(value)
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    const url = new URL(href.trim(), base ?? undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** An ISO date or date-time (`2023-03-14T09:00:00Z`), or a date as written: its day, YYYY-MM-DD. */
export function dateOf(value: string | null): string | null {
  if (!value) return null
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value)
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${iso[1]}-${iso[2]}-${iso[3]}` : null
  }
  return parseDate(value, null, true)?.full ?? null
}

/** Where pages write their release date, most specific first. */
const dateMetas = ['article:published_time', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'govuk:first-published-at', 'date']

function pageInfo(found: Scan, base: string | null): PageInfo {
  const url = resolveUrl(found.canonical, base) ?? resolveUrl(found.metas.get('og:url') ?? null, base) ?? resolveUrl(base, null)
  const meta = dateMetas.map((name) => found.metas.get(name)).find(Boolean) ?? null
  const title = found.metas.get('og:title')
  return {url, title: title ? clean(title) : null, published: dateOf(meta) ?? dateOf(found.time), language: found.language}
}

/** A labelled release date written on the page ("Published 14 March 2023", "Posted on September 18, 2023"): read from the blocks holding the label. */
function publishedLine(tree: Parents): string | null {
  // The label opens a short text ("Published 14 March 2023", "<dt>Published</dt>").
  const label = /^\s*(?:first\s+)?(?:published|posted|released|issued)\b/i
  const blocks: Parents[] = []
  const find = (node: Parents) => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.length < 80 && label.test(child.value)) blocks.push(node)
      else if (child.type === 'element') find(child)
    }
  }
  find(tree)
  for (const block of blocks.slice(0, 20)) {
    // The label's block and its parent (a <dt>Published</dt><dd>date</dd> pair).
    for (const line of innerText(ancestorOf(tree, block) ?? block).split('\n')) {
      const match = /^\s*(?:First\s+)?(?:published|posted|released|issued)(?:\s+on)?\s*:?\s+(.{6,40}?)\s*$/i.exec(line)
      const date = match ? dateOf(match[1]) : null
      if (date) return date
    }
  }
  return null
}

/** The parent of `target` under `tree`. */
function ancestorOf(tree: Parents, target: Parents): Parents | null {
  for (const child of tree.children) {
    if (child === target) return tree
    if (child.type === 'element') {
      const found = ancestorOf(child, target)
      if (found) return found
    }
  }
  return null
}

/** The main content: the deepest content container holding at least two thirds of the largest one's text, else the densest block. */
function mainContent(tree: Root, containers: Scan['containers']): Parents {
  // The deepest measured first: an outer container counts the inner ones' size, not their text again.
  const sizes = new Map<Element, number>()
  for (const {node} of [...containers].sort((a, b) => b.ancestors.length - a.ancestors.length)) sizes.set(node, textSize(node, sizes))
  const candidates = containers
    .map(({node, ancestors}) => ({node, size: sizes.get(node)!, ancestors}))
    // A card inside a related-articles box is no content container.
    .filter((c) => c.size > 0 && !c.ancestors.some((a) => a.type === 'element' && chrome(a)))
    .map((c) => ({...c, depth: c.ancestors.length}))
  if (candidates.length) {
    const largest = Math.max(...candidates.map((c) => c.size))
    let best = candidates[0]
    for (const c of candidates) {
      if (c.size * 3 < largest * 2) continue
      if (best.size * 3 < largest * 2 || c.depth > best.depth) best = c
    }
    return best.node
  }
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  const body = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body')
  return densest(body ?? tree)
}

/** Characters of text outside links and chrome: what a reader reads rather than clicks (`known`: elements measured already). */
function textSize(node: Nodes, known?: Map<Element, number>): number {
  if (node.type === 'text') return node.value.trim().length
  if (node.type !== 'element' && node.type !== 'root') return 0
  if (node.type === 'element') {
    const size = known?.get(node)
    if (size !== undefined) return size
    if (node.tagName === 'a' || chrome(node)) return 0
  }
  let size = 0
  for (const child of node.children) size += textSize(child, known)
  return size
}

/** The block whose paragraphs (and their parents' half) hold the most text. */
function densest(body: Parents): Parents {
  const scores = new Map<Parents, number>()
  const walk = (node: Parents, parents: Parents[]) => {
    for (const child of node.children) {
      if (child.type !== 'element' || chrome(child)) continue
      if (child.tagName === 'p' || child.tagName === 'li' || /^h[1-6]$/.test(child.tagName)) {
        const size = textSize(child)
        const parent = parents.length ? node : body
        scores.set(parent, (scores.get(parent) ?? 0) + size)
        if (parents.length > 1) scores.set(parents[parents.length - 2], (scores.get(parents[parents.length - 2]) ?? 0) + size / 2)
      } else walk(child, [...parents, child])
    }
  }
  walk(body, [body])
  let best: Parents = body
  let score = 0
  for (const [node, value] of scores) {
    if (value > score) {
      best = node
      score = value
    }
  }
  return best
}

/** Elements that are never the readout. */
const chromeTags = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'form', 'button', 'iframe', 'select', 'textarea', 'input', 'label', 'footer', 'dialog', 'menu', 'object', 'embed', 'canvas', 'video', 'audio', 'map'])
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar'])
/** Words of class names and ids that name chrome (`gem-c-cookie-banner`, `share-buttons`, `related-articles`). */
const chromeWords = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'topicpath', 'cookie', 'cookies', 'consent', 'banner', 'share', 'sharing',
  'social', 'sns', 'related', 'recent', 'comment', 'comments', 'respond', 'reply', 'tag', 'tags', 'taglist', 'sidebar', 'widget', 'widgets',
  'feedback', 'useful', 'survey', 'skip', 'subscribe', 'newsletter', 'pagination', 'pager', 'footer', 'masthead', 'toolbar', 'metadata',
  'meta', 'byline', 'contextual', 'print', 'pagetop', 'hidden', 'visually', 'sr', 'screenreader', 'advert', 'ads', 'promo', 'popup', 'modal'
])

/**
 * Each element's verdict, once (the tree is walked several times); for
 * the page being read only, emptied when it is read (a WeakMap kept across
 * pages grew with every element of every page and slowed the collector).
 */
const verdicts = new Map<Element, boolean>()

function chrome(node: Element): boolean {
  let verdict = verdicts.get(node)
  if (verdict === undefined) verdicts.set(node, (verdict = isChrome(node)))
  return verdict
}

function isChrome(node: Element): boolean {
  if (chromeTags.has(node.tagName)) return true
  if (node.tagName === 'header' && (holds(node, (e) => e.tagName === 'nav' || e.tagName === 'form' || attribute(e, 'role') === 'navigation') || !holds(node, (e) => e.tagName === 'h1' || e.tagName === 'h2' || e.tagName === 'time'))) return true
  const props = node.properties
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true
  if (String(props.ariaHidden) === 'true') return true
  const role = attribute(node, 'role')
  if (role && chromeRoles.has(role.toLowerCase())) return true
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribute(node, 'style') ?? '')) return true
  const names = `${attribute(node, 'className') ?? ''} ${attribute(node, 'id') ?? ''}`
  if (names.trim() === '') return false
  return names
    .toLowerCase()
    .split(/[-_\s]+|(?<=[a-z])(?=\d)/)
    .some((word) => chromeWords.has(word))
}

/** Some element under `node` passes `test`. */
function holds(node: Element, test: (element: Element) => boolean): boolean {
  return node.children.some((child) => child.type === 'element' && (test(child) || holds(child, test)))
}

/**
 * The tree without its chrome, changed in place (it is read once). A
 * heading becomes a paragraph of its own, as a browser sets it apart
 * (`innerText` gives it one line break, a paragraph two).
 */
function prune<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node
  const children = node.children.filter((child) => child.type !== 'comment' && !(child.type === 'element' && chrome(child)))
  for (const child of children) prune(child as Nodes)
  if (node.type === 'element') {
    if (node.tagName === 'ol') numberItems(node, children as Element['children'])
    else if (headings.has(node.tagName)) node.tagName = 'p'
  }
  node.children = children as typeof node.children
  return node
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The numbers a browser shows before an ordered list's items ("1. ", from
 * its `start`), which `innerText` leaves out: numbered paragraphs and
 * sections are how readouts are laid out. An item that writes its own
 * number keeps it alone.
 */
function numberItems(list: Element, children: Element['children']): void {
  let n = Number(attribute(list, 'start') ?? 1)
  if (!Number.isInteger(n)) n = 1
  children.forEach((child, k) => {
    if (child.type !== 'element' || child.tagName !== 'li') return
    const value = Number(attribute(child, 'value') ?? n)
    if (Number.isInteger(value)) n = value
    if (!/^\s*[(（]?\d{1,2}[).）]?\s/.test(innerText(child))) children[k] = {...child, children: [{type: 'text', value: `${n}. `}, ...child.children]}
    n++
  })
}
