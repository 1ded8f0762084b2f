/**
 * A page's bytes to text by the charset it declares: a byte-order mark
 * first, then the transport's (an archived response's `Content-Type`),
 * then the page's own `<meta charset>` or `http-equiv` in its first 1,024
 * bytes (the HTML standard's prescan), else UTF-8, and Windows-1252 where
 * the bytes are not UTF-8.
 */
import {decodeWindows1252} from './read.js'

export interface Decoded {
  text: string
  /** The encoding used, as the Encoding Standard names it. */
  charset: string
  /** Where the charset came from. */
  from: 'bom' | 'transport' | 'meta' | 'default' | 'fallback'
  /** A declared label this machine cannot decode (then UTF-8 was used). */
  unknown?: string
}

/** Labels the Encoding Standard reads as Windows-1252 (Node's TextDecoder reads 0x80-0x9F as controls). */
const latin1 = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'ansi_x3.4-1968', 'iso88591'])

/** The charset parameter of a `Content-Type` value, or of a `<meta>` tag's content. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([^\s"';,>]+)/i.exec(contentType ?? '')
  return match ? match[1].toLowerCase() : null
}

/** The charset a page's first 1,024 bytes declare in a `<meta>` tag. */
export function prescan(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1')
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^\s"'/>;]+)/i.exec(tag)
    if (direct && !/http-equiv/i.test(tag)) return direct[1].toLowerCase()
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
      const charset = charsetOf(content ? (content[1] ?? content[2] ?? content[3]) : null)
      if (charset) return charset
    }
  }
  return null
}

function decodeAs(label: string, bytes: Uint8Array): string | null {
  if (latin1.has(label)) return decodeWindows1252(bytes)
  // A page declaring UTF-16 in ASCII is UTF-8 (the standard says so).
  if (label === 'utf-8' || label === 'utf8' || label.startsWith('utf-16')) return null
  return new TextDecoder(label).decode(bytes)
}

export function decodePage(bytes: Uint8Array, transport: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', from: 'bom'}
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const charset = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    return {text: new TextDecoder(charset).decode(bytes.subarray(2)), charset, from: 'bom'}
  }
  let unknown: string | undefined
  for (const [label, from] of [[transport, 'transport'], [prescan(bytes), 'meta']] as const) {
    if (!label) continue
    if (!isKnown(label)) {
      unknown ??= label
      continue
    }
    const text = decodeAs(label, bytes)
    if (text !== null) return {text, charset: label, from}
    break
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), charset: 'utf-8', from: 'default', unknown}
  } catch {
    return {text: decodeWindows1252(bytes), charset: 'windows-1252', from: 'fallback', unknown}
  }
}

function isKnown(label: string): boolean {
  if (latin1.has(label)) return true
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}
