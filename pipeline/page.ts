/**
 * Stage 1 for a web page (a saved `.html` / `.htm` file, or a response
 * from a web archive): its bytes decoded by the charset it declares, its
 * main text put on the VFile for the stages after (so every offset indexes
 * that text, published as `output/text/<document_id>.txt`), and what the
 * page says about itself on `file.data.page`.
 */
import type {VFile} from 'vfile'
import {charsetOf, decodePage} from './charset.js'
import {readPage} from './html.js'
import {refuse} from './messages.js'
import './data.js'

const source = 'readout:html'

/** Where an archived page came from (see `warc.ts`). */
export interface Origin {
  documentId: string
  url: string
  /** The archive file, relative to the input folder. */
  archive: string
  /** When it was captured (the record's WARC-Date). */
  captured: string | null
  /** The response's Content-Type header. */
  contentType: string | null
}

/** The least a page's text must hold to be read as a readout: a sentence or two. */
const minimumWords = 12

export const isPageName = (name: string) => /\.html?$/i.test(name)

/** The words holding a letter in `text`, counted up to `limit` (a readout has thousands: no need to count them all). */
function wordsUpTo(text: string, limit: number): number {
  const word = /\S*\p{L}\S*/gu
  let n = 0
  while (n < limit && word.exec(text)) n++
  return n
}

export function readHtml(bytes: Uint8Array, file: VFile, origin?: Origin): void {
  const decoded = decodePage(bytes, charsetOf(origin?.contentType))
  if (decoded.unknown) {
    file.message(`Unexpected charset \`${decoded.unknown}\`, expected one this machine decodes; read as ${decoded.charset}`, {place: {line: 1, column: 1}, ruleId: 'unknown-charset', source})
  } else if (decoded.from === 'fallback') {
    file.message('Unexpected bytes that are not UTF-8 in a page that declares no charset; read as Windows-1252', {place: {line: 1, column: 1}, ruleId: 'not-utf8', source})
  }
  const page = readPage(decoded.text, origin?.url ?? null)
  file.value = page.text
  file.data.page = {
    mediaType: 'text/html',
    url: page.url,
    title: page.title,
    published: page.published,
    archive: origin?.archive ?? null,
    captured: origin?.captured ?? null
  }
  if (page.language && !/^en(?:-|$)/i.test(page.language)) {
    refuse(file, `Unexpected page in \`${page.language}\` (its <html lang>), expected a readout in English (export the English version of the page)`, {place: {line: 1, column: 1}, ruleId: 'not-english', source})
    return
  }
  const words = wordsUpTo(page.text, minimumWords)
  if (words < minimumWords) {
    refuse(file, `Unexpected page without readable text (${words} words outside scripts, navigation and forms), expected the readout's text: save the page once it has loaded in a browser, or copy its text into a .txt file`, {
      place: {line: 1, column: 1},
      ruleId: 'no-readable-text',
      source
    })
  }
}
