/**
 * Stage 1, read: bytes -> decoded text on a VFile, with the source's
 * sha256 and document id. Problems with the bytes become messages with a
 * place; a file that cannot be read as text fails.
 */
import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {documentIdOf, maxInputBytes, tooLarge} from './inputs.js'
import {refuse} from './messages.js'
import {isPageName, readHtml, type Origin} from './page.js'
import './data.js'

const source = 'readout:read'

/**
 * Decode `bytes` (the content of `relativePath`) into a VFile, as
 * `documentId` (default: an archived page's, else the file name's; the
 * export numbers ids that clash, see ids.ts).
 *
 * UTF-8 is expected; a byte-order mark is removed. UTF-16 with a BOM is
 * decoded with a warning. Bytes that are not UTF-8 but read as Windows-1252
 * (curly quotes saved by an old editor) are decoded as Windows-1252 with a
 * warning naming the first such byte. Binary content, HTML and empty files
 * are fatal.
 */
export function read(bytes: Uint8Array, relativePath: string, cwd?: string, origin?: Origin, documentId = origin?.documentId ?? documentIdOf(relativePath)): VFile {
  const file = new VFile({path: relativePath, cwd})
  file.data.source = {
    source: relativePath,
    documentId,
    sha256: createHash('sha256').update(bytes).digest('hex')
  }
  file.value = ''

  if (bytes.length > maxInputBytes) {
    const {reason, line, column} = tooLarge(bytes.length, bytes)
    refuse(file, reason, {place: {line, column}, ruleId: 'too-large', source})
    return file
  }

  // A web page: its main text, decoded by its declared charset (see page.ts).
  if (origin || isPageName(relativePath)) {
    try {
      readHtml(bytes, file, origin)
    } catch (error) {
      refuse(file, `Cannot read the page: ${error instanceof Error ? error.message : String(error)}`, {place: {line: 1, column: 1}, ruleId: 'crash', source})
      return file
    }
    if (documentId === '') refuse(file, 'Unexpected file name, expected letters or digits to make a document id', {place: {line: 1, column: 1}, ruleId: 'bad-file-name', source})
    return file
  }

  try {
    file.value = decode(bytes, file)
  } catch (error) {
    if (isFatal(error)) return file
    throw error
  }

  const text = String(file.value)
  if (documentId === '') {
    refuse(file, 'Unexpected file name, expected letters or digits to make a document id', {
      place: {line: 1, column: 1},
      ruleId: 'bad-file-name',
      source})
  }
  if (text.trim() === '') {
    refuse(file, 'Unexpected empty file, expected the text of a readout', {place: {line: 1, column: 1}, ruleId: 'empty-file', source})
    return file
  }
  const html = /^\s*<(?:!doctype\s+html|html|head|body|div|p)[\s>]/i.exec(text)
  if (html) {
    const place = location(file).toPoint(html[0].length - html[0].trimStart().length)
    refuse(file, 'Unexpected HTML markup in a text file, expected plain text (rename it .html to read it as a web page)', {
      place,
      ruleId: 'html-input',
      source})
  }
  return file
}

class Fatal extends Error {}
const isFatal = (error: unknown): error is Fatal => error instanceof Fatal

function decode(bytes: Uint8Array, file: VFile): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    file.message(`Unexpected ${encoding.toUpperCase()} encoding, expected UTF-8; decoded as ${encoding.toUpperCase()}`, {
      place: {line: 1, column: 1},
      ruleId: 'utf16-input',
      source
    })
    return new TextDecoder(encoding).decode(bytes)
  }

  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, nul))
    const place = location(new VFile(before)).toPoint(before.length) ?? {line: 1, column: 1}
    refuse(file, 'Unexpected NUL byte, expected text: this looks like a binary file', {
      place,
      ruleId: 'binary-input',
      source})
    throw new Fatal()
  }

  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8', {ignoreBOM: false}).decode(bytes.subarray(0, bad))
    const place = location(new VFile(before)).toPoint(before.length) ?? {line: 1, column: 1}
    file.message(
      `Unexpected byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}, expected UTF-8; decoded as Windows-1252`,
      {place, ruleId: 'not-utf8', source}
    )
    return decodeWindows1252(bytes)
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need === -1) return i
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
    }
    // No overlong forms, surrogates or code points past U+10FFFF (the second byte's range says).
    const second = bytes[i + 1]
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i
    i += need + 1
  }
  return bytes.length
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1 except
 * 0x80-0x9F, which hold curly quotes, dashes and the euro sign. (Node's
 * TextDecoder reads that range as C1 controls.)
 */
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : String.fromCharCode(b)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
