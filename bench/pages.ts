/**
 * The benchmark's HTML corpus: each synthetic readout as a saved web page
 * (the text in blocks inside a site's chrome: navigation, breadcrumb,
 * search form, related links, share buttons, footer, scripts and styles,
 * in the four styles of the test fixtures), and the same pages in one web
 * archive. Deterministic: the same readouts give the same bytes.
 */
import {readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The readout's paragraphs (lines between blank lines) as blocks, as a site
 * writes them: a numbered heading alone as a heading, the rest as a
 * paragraph whose lines are kept by `<br>`. A browser's text of the page is
 * then the readout's text (its lines trimmed, one blank line between
 * paragraphs): the pages cost what reading HTML costs, not other text.
 */
function blocks(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length)
    .map((lines) => {
      const value = lines[0]
      if (lines.length === 1 && /^\d{1,2}\s+\S/.test(value) && value.split(/\s+/).length < 8 && !value.endsWith('.')) return `<h3>${escape(value)}</h3>`
      if (lines.length === 1 && /^\(\d{1,2}\)\s+\S/.test(value) && value.split(/\s+/).length < 8 && !value.endsWith('.')) return `<h4>${escape(value)}</h4>`
      return `<p>${lines.map(escape).join('<br>\n')}</p>`
    })
    .join('\n')
}

const head = (title: string, url: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escape(title)} | Ministry of Foreign Affairs</title>\n<link rel="canonical" href="${url}">\n<meta property="og:title" content="${escape(title)}">\n<link rel="stylesheet" href="/css/common.css">\n<script src="/js/jquery.min.js"></script>\n<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-0000');</script>\n<style>.share{display:flex}.hidden{display:none}#global-nav li{float:left}</style>\n</head>\n`

const navigation = `<div id="header"><p class="skip"><a href="#maincontents">Skip to main content</a></p><div id="logo"><a href="/"><img src="/img/logo.png" alt="Ministry of Foreign Affairs"></a></div><form id="search" action="/search"><input type="text" name="q"><button>Search</button></form><ul id="global-nav"><li><a href="/policy/">Foreign Policy</a></li><li><a href="/region/">Countries &amp; Regions</a></li><li><a href="/press/">Press Releases</a></li><li><a href="/about/">About the Ministry</a></li><li><a href="/visa/">Visas</a></li></ul></div>\n`
const related = `<div class="related-links"><h2>Related Links</h2><ul><li><a href="/a.html">The two sides agreed to strengthen cooperation in cyber space</a></li><li><a href="/b.html">The two ministers confirmed that they will hold a strategic dialogue</a></li><li><a href="/c.html">Foreign Minister's Press Conference</a></li></ul></div>\n`
const share = `<div class="share-buttons"><span>Share</span> <a href="https://twitter.com/intent/tweet">X</a> <a href="https://facebook.com/sharer">Facebook</a> <a href="mailto:">Email</a></div>\n`
const footer = `<div id="footer"><ul><li><a href="/policy.html">Website Policy</a></li><li><a href="/privacy.html">Privacy Policy</a></li><li><a href="/access.html">Access</a></li></ul><p>Ministry of Foreign Affairs, 2-2-1 Kasumigaseki, Chiyoda-ku, Tokyo. The two sides shared the view that this site is best viewed with JavaScript enabled.</p></div>\n<script src="/js/common.js"></script>\n`

/** One readout as a page of one of the styles (`n` picks it). */
export function pageOf(text: string, n: number, url: string): string {
  const title = text.split('\n').find((line) => /Meeting|Talk|Call|Summit|Visit/.test(line) && line.length < 120)?.trim() ?? 'Readout'
  const body = blocks(text)
  const breadcrumb = `<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/region/">Countries &amp; Regions</a></li><li>${escape(title)}</li></ol></nav>\n`
  switch (n % 4) {
    case 0:
      return `${head(title, url)}<body>\n${navigation}${breadcrumb}<div id="wrapper"><div id="maincontents">\n${body}\n${related}<p class="pagetop"><a href="#header">Page Top</a></p></div><div id="side"><h2>Relations</h2><ul><li><a href="/data.html">Basic Data</a></li></ul></div></div>\n${footer}</body>\n</html>\n`
    case 1:
      return `${head(title, url)}<body>\n<div class="gem-c-cookie-banner" role="region"><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>\n<header role="banner"><nav><a href="/browse">Topics</a></nav></header>\n${breadcrumb}<main id="main-content">\n<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/fcdo">Foreign Office</a></dd></dl></div>\n<div class="govuk-govspeak">\n${body}\n</div>\n<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button></div>\n</main>\n${footer}</body>\n</html>\n`
    case 2:
      return `${head(title, url)}<body>\n<header class="site-header">${navigation}</header>\n<main id="content"><article class="article">\n${share}<div class="entry-content">\n${body}\n</div>\n<footer class="related-tags"><a href="/tags/japan">Japan</a> <a href="/tags/diplomacy">Diplomacy</a></footer>\n</article>\n<section class="related-articles"><h2>Related Articles</h2><article><h3><a href="/x/">Secretary's Call with the Foreign Minister</a></h3><p>The two sides agreed to strengthen the Alliance.</p></article></section>\n</main>\n${footer}</body>\n</html>\n`
    default:
      return `${head(title, url)}<body>\n<div id="page" class="site">${navigation}<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post">\n<div class="entry-content">\n${body}\n${share}</div>\n<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/japan/">Japan</a></span></footer>\n</article>\n<div id="comments" class="comments-area"><form class="comment-form"><textarea name="comment">The two sides confirmed that comments are moderated.</textarea><input type="submit" value="Post Comment"></form></div></main></div>\n<aside class="widget-area"><section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a href="/1/">Minister stated that Japan will contribute to peace</a></li></ul></section></aside></div>\n${footer}</body>\n</html>\n`
  }
}

/** The readouts of `textFolder` as pages in `pageFolder` (same names, .html); their total size in bytes. */
export function makePages(textFolder: string, pageFolder: string): number {
  rmSync(pageFolder, {recursive: true, force: true})
  mkdirSync(pageFolder, {recursive: true})
  let bytes = 0
  readdirSync(textFolder)
    .sort()
    .forEach((name, n) => {
      const page = pageOf(readFileSync(join(textFolder, name), 'utf8'), n, `https://www.example.org/press/${name.replace(/\.txt$/, '.html')}`)
      writeFileSync(join(pageFolder, name.replace(/\.txt$/, '.html')), page)
      bytes += Buffer.byteLength(page)
    })
  return bytes
}

/** The pages of `pageFolder` as one web archive (a gzip member per record, as wget writes), with a request before each response. */
export function makeArchive(pageFolder: string, path: string): void {
  const parts: Buffer[] = []
  const record = (headers: Record<string, string>, block: Buffer) => {
    const head = ['WARC/1.0', ...Object.entries({...headers, 'Content-Length': String(block.length)}).map(([k, v]) => `${k}: ${v}`)].join('\r\n')
    parts.push(gzipSync(Buffer.concat([Buffer.from(head + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')])))
  }
  readdirSync(pageFolder)
    .sort()
    .forEach((name, n) => {
      const url = `https://www.example.org/press/${name}`
      const date = new Date(Date.UTC(2024, 0, 1, 0, 0, n)).toISOString().replace(/\.\d{3}Z$/, 'Z')
      const id = (kind: string) => `<urn:uuid:00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}>`
      record({'WARC-Type': 'request', 'WARC-Target-URI': url, 'WARC-Date': date, 'WARC-Record-ID': id('0'), 'Content-Type': 'application/http; msgtype=request'}, Buffer.from(`GET /press/${name} HTTP/1.1\r\nHost: www.example.org\r\n\r\n`))
      const body = readFileSync(join(pageFolder, name))
      const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`)
      record({'WARC-Type': 'response', 'WARC-Target-URI': url, 'WARC-Date': date, 'WARC-Record-ID': id('1'), 'Content-Type': 'application/http; msgtype=response'}, Buffer.concat([http, body]))
    })
  writeFileSync(path, Buffer.concat(parts))
}
