/**
 * Reading a web archive (`.warc`, `.warc.gz`, as wget --warc-file,
 * Webrecorder, Heritrix or Common Crawl write them) into pages: every
 * response record with status 200 and an HTML content type is one page;
 * the others (requests, metadata, images, styles, scripts, redirects,
 * errors) are counted, not warned one by one.
 *
 * The first pass walks the file record by record, never reading it whole,
 * and keeps only an index of its pages: each page's URL, capture date,
 * hash, and where its record lies (its gzip member, as wget writes one per
 * record, or its bytes in a plain .warc). The worker processing a page
 * reads it again from there (`readRecord`). Both passes read a record with
 * the same few functions below (`recordAt`, `bodyOf`), and gzip members
 * are inflated by Node's zlib: an archive's index costs a third of what
 * it did with warcio, whose gzip inflates in JavaScript (see the README's
 * Speed section). warcio's parser is the tests' oracle for this reading.
 */
import {createHash} from 'node:crypto'
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import * as zlib from 'node:zlib'
import {createInflateRaw, gunzipSync, inflateRawSync, inflateSync} from 'node:zlib'
import type {Origin} from './page.js'

/** Where a record lies in its archive: its gzip member (or, in a plain .warc, the record itself), and where the record starts within that member's bytes. */
export interface RecordPlace {
  offset: number
  length: number
  /** The record's first byte in its inflated member: 0 but in an archive gzipped whole or in large members. */
  start: number
  /** Its WARC-Record-ID, to check that the record read again is the one indexed. */
  id: string | null
}

/** One page found in an archive: where it is, not its bytes. */
export interface ArchivedPage {
  /** `<archive>#<url>`: the page's source in the report and documents.csv. */
  source: string
  /** The sha256 of its body. */
  sha256: string
  record: RecordPlace
  origin: Origin
}

/** A message about the archive itself (its place: the record's number, 1-based, and byte offset). */
export interface ArchiveMessage {
  reason: string
  ruleId: string
  severity: 'error' | 'warning' | 'info'
}

export interface ArchiveReading {
  pages: ArchivedPage[]
  messages: ArchiveMessage[]
}

export const isArchiveName = (name: string) => /\.warc(?:\.gz)?$/i.test(name)

const htmlTypes = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i

/** `document_id` of an archived page: its host, path and query, slugged (`www.mofa.go.jp/na/page3e_000650.html` -> `www-mofa-go-jp-na-page3e-000650`). */
export function documentIdOfUrl(url: string): string {
  let host = ''
  let rest = url
  try {
    const parsed = new URL(url)
    host = parsed.hostname
    rest = parsed.pathname.replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '/').replace(/\.(?:html?|php|aspx?|jsp|cfm)$/i, '') + parsed.search
  } catch {
    // Not a URL: its characters are slugged as they are.
  }
  return `${host}${rest}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/** Damage that ends the walk: the file cut short (`end`), or bytes that are no record or no gzip (`unreadable`, with what is wrong). */
class Damage extends Error {
  constructor(readonly kind: 'end' | 'unreadable', reason: string) {
    super(reason)
  }
}

/**
 * The HTML pages of the archive at `path` (`archive`: its name relative to
 * the input folder), each at most `maxBytes`; the latest capture of a URL
 * wins. Never throws for what the file holds: a cut or corrupt archive
 * gives the pages before the damage and a message naming the record.
 */
export async function readArchive(path: string, archive: string, maxBytes: number): Promise<ArchiveReading> {
  const messages: ArchiveMessage[] = []
  const byUrl = new Map<string, ArchivedPage & {order: number}>()
  const skipped = new Map<string, number>()
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1)
  const file = openArchive(path, 1 << 20)
  let records = 0
  /** Where the record the walk could not read starts (the file's size after a whole last record). */
  let at = 0
  let damage: Damage | null = null
  /** Records in gzip members of several records (each read again by inflating its whole member), and the members too large to hold whose later records are not read. */
  let shared = 0
  const unread: number[] = []
  try {
    for await (const found of walk(file, maxBytes)) {
      at = found.next
      if (found.shared) shared++
      if (found.unread) unread.push(found.place.offset)
      records++
      const {warc, block} = found
      const type = warc.get('warc-type')
      if (type !== 'response') {
        skip(`${type ?? 'untyped'} records`)
        continue
      }
      const url = warc.get('warc-target-uri') ?? ''
      const http = headersOf(block, 0)
      const status = Number(/^HTTP\/\S+\s+(\d{3})\b/.exec(http?.lines[0] ?? '')?.[1] ?? NaN)
      if (status !== 200) {
        skip(status >= 300 && status < 400 ? 'redirects' : `status ${Number.isFinite(status) ? status : 'unknown'}`)
        continue
      }
      const contentType = http!.fields.get('content-type') ?? null
      if (!htmlTypes.test(contentType ?? '')) {
        skip('not HTML (images, styles, scripts, documents)')
        continue
      }
      const length = Number(warc.get('content-length'))
      if (length > maxBytes || !found.whole) {
        const mb = (length / (1 << 20)).toFixed(1)
        messages.push({reason: `Unexpected page of ${mb} MB at ${url} (record ${records}), expected a readout page of at most ${maxBytes >> 20} MB; skipped without reading it`, ruleId: 'too-large', severity: 'warning'})
        continue
      }
      const captured = capturedOf(warc.get('warc-date'))
      const page = {
        source: `${archive}#${url}`,
        sha256: createHash('sha256').update(bodyOf(block, http)).digest('hex'),
        record: found.place,
        origin: {documentId: '', url, archive, captured, contentType},
        order: records
      }
      const earlier = byUrl.get(url)
      if (earlier) {
        const later = (earlier.origin.captured ?? '') > (captured ?? '') ? earlier : page
        messages.push({reason: `Unexpected second capture of ${url} (records ${earlier.order} and ${records}), expected each page once; the latest (${later.origin.captured ?? `record ${later.order}`}) is exported`, ruleId: 'duplicate-url', severity: 'info'})
        byUrl.set(url, later)
      } else byUrl.set(url, page)
    }
  } catch (error) {
    if (!(error instanceof Damage)) throw error
    damage = error
  } finally {
    closeSync(file.fd)
  }

  if (damage) {
    const what = `${archive} after record ${records} (byte ${at} of ${file.size})`
    const reason = damage.kind === 'unreadable'
      ? `Unexpected unreadable data in ${what}: ${damage.message}; the ${byUrl.size} page(s) before it are exported`
      : `Unexpected end of ${what}: the archive is cut or corrupt in record ${records + 1}; the ${byUrl.size} page(s) before it are exported`
    messages.push(records === 0 ? {reason: `Unexpected content in ${archive}, expected a WARC file (plain or gzip): no record could be read (${damage.message})`, ruleId: 'warc-unreadable', severity: 'error'} : {reason, ruleId: 'warc-truncated', severity: 'warning'})
  }
  if (shared) messages.push({reason: `Unexpected gzip members holding many records in ${archive} (${shared} records in members of several), expected one member per record as wget, Heritrix and warcio write them; each page there is read by inflating its whole member again (recompress the archive for speed, for example with \`warcio recompress\`)`, ruleId: 'warc-shared-member', severity: 'info'})
  for (const offset of unread) messages.push({reason: `Unexpected gzip member of over ${memberLimit >> 20} MB holding many records in ${archive} (byte ${offset}), expected one member per record; only its first record is read (recompress the archive, for example with \`warcio recompress\`)`, ruleId: 'warc-shared-member', severity: 'warning'})
  if (skipped.size) {
    const total = [...skipped.values()].reduce((a, b) => a + b, 0)
    const kinds = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([why, n]) => `${n} ${why}`)
    messages.push({reason: `Skipped ${total} of ${records} records that are not HTML pages with status 200: ${kinds.join(', ')}`, ruleId: 'warc-skipped', severity: 'info'})
  }
  if (byUrl.size === 0 && !damage) messages.push({reason: `Unexpected archive without HTML pages, expected responses with status 200 and an HTML content type`, ruleId: 'warc-no-pages', severity: 'warning'})
  return {pages: withIds([...byUrl.values()].sort((a, b) => a.order - b.order)), messages}
}

/** Each page's own `document_id`, from its URL (the export numbers ids that clash, see ids.ts). */
function withIds(pages: ArchivedPage[]): ArchivedPage[] {
  for (const page of pages) page.origin.documentId = documentIdOfUrl(page.origin.url) || 'page'
  return pages
}

/** A WARC-Date as ISO 8601 in UTC (seconds), or null when it is not a date. */
function capturedOf(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The body of the page whose record is at `place` in the archive at
 * `path`, as the first pass read it. Synchronous, for the worker's read
 * stage. Throws when the bytes there are not that record (the archive
 * changed since it was indexed).
 */
export function readRecord(path: string, place: RecordPlace): Uint8Array {
  const where = `the record at byte ${place.offset} of ${path}`
  const changed = `; was the archive changed during the export?`
  const file = openArchive(path)
  let bytes: Buffer
  try {
    bytes = file.read(place.offset, place.length)
  } finally {
    closeSync(file.fd)
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes)
    } catch (error) {
      throw new Error(`Cannot inflate ${where}: ${error instanceof Error ? error.message : String(error)}${changed}`)
    }
  }
  const record = recordAt(bytes, place.start)
  if (!record || (record.warc.get('warc-record-id') ?? null) !== place.id) throw new Error(`Unexpected bytes at ${where}, expected the record indexed there${changed}`)
  return bodyOf(record.block)
}

/** An archive open for reading: its descriptor and size. */
interface ArchiveFile {
  fd: number
  size: number
  /** The `length` bytes at `offset` (fewer at the end of the file): a view of the window read there, `ahead` bytes at least (a window is never overwritten: a read past it reads a new one). */
  read(offset: number, length: number): Buffer
}

/** The archive at `path`, read through a window of `ahead` bytes (the walk reads many small members; a page read again, one record). */
function openArchive(path: string, ahead = 0): ArchiveFile {
  const fd = openSync(path, 'r')
  const size = fstatSync(fd).size
  let window = Buffer.alloc(0)
  let at = 0
  const read = (offset: number, length: number) => {
    const end = Math.min(offset + length, size)
    if (offset < at || end > at + window.length) {
      window = Buffer.allocUnsafe(Math.max(0, Math.min(Math.max(length, ahead), size - offset)))
      at = offset
      let filled = 0
      while (filled < window.length) {
        const n = readSync(fd, window, filled, window.length - filled, offset + filled)
        if (n === 0) break
        filled += n
      }
      window = window.subarray(0, filled)
    }
    return window.subarray(offset - at, Math.max(offset - at, Math.min(end - at, window.length)))
  }
  return {fd, size, read}
}

/** A WARC record in bytes: its WARC header fields by lower-case name, its block (HTTP headers and body, for a response), and where it ends. */
interface WarcRecord {
  warc: Map<string, string>
  block: Buffer
  end: number
}

/** The record starting at `start` of `bytes`, or null when no WARC header block starts there. Its block is cut short when `bytes` end first. */
function recordAt(bytes: Buffer, start: number): WarcRecord | null {
  const headers = headersOf(bytes, start)
  if (!headers || !/^WARC\/\d/.test(headers.lines[0]!)) return null
  const end = headers.end + Number(headers.fields.get('content-length') ?? NaN)
  if (!Number.isSafeInteger(end)) return null
  return {warc: headers.fields, block: bytes.subarray(headers.end, end), end}
}

/** A response block's body: its HTTP headers (`http`, when already read) passed, its chunked transfer and gzip or deflate content encoding undone (a body that does not undo is read as it is). */
function bodyOf(block: Buffer, http = headersOf(block, 0)): Buffer {
  if (!http) return block.subarray(block.length)
  let body = block.subarray(http.end)
  const transfer = http.fields.get('transfer-encoding')?.toLowerCase()
  if (transfer === 'chunked') body = dechunk(body) ?? body
  const encoding = http.fields.get('content-encoding')?.toLowerCase() ?? (transfer === 'chunked' ? undefined : transfer)
  return encoding ? inflated(body, encoding) ?? body : body
}

/** One record as the walk finds it. */
interface Found extends WarcRecord {
  place: RecordPlace
  /** Whether the record's bytes are all held: not so for a record larger than a page in a plain .warc, nor in a gzip member too large to hold (only its first bytes are). */
  whole: boolean
  /** Whether its gzip member holds other records too; and whether, too large to hold, it holds more that are not read. */
  shared: boolean
  unread: boolean
  /** Where the walk goes on in the file. */
  next: number
}

/** The most a gzip member's inflated bytes are held in memory; a larger one (a video, say, or an archive gzipped whole) is inflated as a stream for its first bytes and its end. */
export const memberLimit = 16 << 20
/** What the walk reads first of a gzip member or a record: most records (a page, compressed) fit. */
const firstRead = 1 << 16

/** The records of an archive in file order, gzip or plain (told by its first bytes). Throws `Damage` where the file is cut or no longer a WARC. */
async function* walk(file: ArchiveFile, maxBytes: number): AsyncGenerator<Found> {
  const magic = file.read(0, 2)
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b
  let offset = 0
  while (offset < file.size) {
    if (!gzip) {
      const found = plainRecordAt(file, offset, maxBytes)
      yield found
      offset = found.next
      continue
    }
    const member = await memberAt(file, offset)
    for (let start = 0; ; ) {
      const record = recordAt(member.bytes, start)
      if (!record) throw new Damage('unreadable', `no WARC record ${start ? `at byte ${start} of` : 'in'} the gzip member there`)
      if (member.whole && record.end > member.size) throw new Damage('unreadable', `the record's Content-Length runs past the end of its gzip member`)
      // Records are separated by a blank line (CRLF CRLF); more than that after one is another record. (Of a member not held, only the size is known.)
      const rest = member.whole ? pastLineEnds(member.bytes, record.end) : record.end + 4
      const more = rest < member.size
      yield {...record, place: {offset, length: member.length, start, id: record.warc.get('warc-record-id') ?? null}, whole: member.whole, shared: member.whole && (start > 0 || more), unread: more && !member.whole, next: more && member.whole ? offset : offset + member.length}
      if (!more || !member.whole) break
      start = rest
    }
    offset += member.length
  }
}

/** The plain .warc record at `offset`: its bytes read when it is at most a page's size, its first bytes otherwise. */
function plainRecordAt(file: ArchiveFile, offset: number, maxBytes: number): Found {
  const head = file.read(offset, firstRead)
  if (!/^WARC\/\d/.test(head.toString('latin1', 0, 6))) throw new Damage(head.length < 6 ? 'end' : 'unreadable', 'no WARC record there')
  const headers = headersOf(head, 0)
  if (!headers) throw new Damage(head.length < firstRead ? 'end' : 'unreadable', 'no end to the WARC headers there')
  const length = headers.end + Number(headers.fields.get('content-length') ?? NaN)
  if (!Number.isSafeInteger(length)) throw new Damage('unreadable', 'a WARC record without Content-Length')
  if (offset + length > file.size) throw new Damage('end', 'the record is cut')
  const whole = length <= head.length || length - headers.end <= maxBytes
  const record = recordAt(whole ? file.read(offset, length) : head, 0)!
  const next = pastLineEnds(file.read(offset + length, 16), 0)
  return {...record, place: {offset, length, start: 0, id: record.warc.get('warc-record-id') ?? null}, whole, shared: false, unread: false, next: offset + length + next}
}

/** Where the run of CR and LF from `at` ends. */
function pastLineEnds(bytes: Buffer, at: number): number {
  while (at < bytes.length && (bytes[at] === 0x0d || bytes[at] === 0x0a)) at++
  return at
}

/** A gzip member: its length in the file, the size it inflates to, and its inflated bytes (all, or its first ones when it is too large to hold). */
interface Member {
  length: number
  size: number
  bytes: Buffer
  whole: boolean
}

const cut = () => new Damage('end', 'the gzip member is cut')

/** The gzip member at `offset`, inflated by zlib in one call when it fits in memory, as a stream otherwise; its checksum and size checked. */
async function memberAt(file: ArchiveFile, offset: number): Promise<Member> {
  for (let want = firstRead; ; want *= 4) {
    const bytes = file.read(offset, want)
    // The file ends within what was asked.
    const last = bytes.length < want
    const header = gzipHeaderLength(bytes)
    if (header === null) throw new Damage('unreadable', 'no gzip member there')
    if (header === -1) {
      if (last) throw cut()
      continue
    }
    let inflated: {buffer: Buffer; engine: {bytesWritten: number}}
    try {
      inflated = inflateRawSync(bytes.subarray(header), {info: true, maxOutputLength: memberLimit}) as unknown as typeof inflated
    } catch (error) {
      const code = (error as {code?: string}).code
      // Cut short by the read (a member larger than what was read), unless the file ends there.
      if (code === 'Z_BUF_ERROR' && last) throw cut()
      if (code === 'Z_BUF_ERROR' && want < memberLimit) continue
      if (code === 'Z_BUF_ERROR' || code === 'ERR_BUFFER_TOO_LARGE') return streamedMember(file, offset, header)
      throw new Damage('unreadable', `the gzip member does not inflate (${error instanceof Error ? error.message : String(error)})`)
    }
    const {buffer, engine} = inflated
    const length = header + engine.bytesWritten + 8
    if (length > bytes.length) {
      if (last) throw cut()
      continue
    }
    checkTrailer(bytes.subarray(length - 8, length), crc32(buffer), buffer.length)
    return {length, size: buffer.length, bytes: buffer, whole: true}
  }
}

/** The gzip member at `offset` (its gzip header `header` bytes long) inflated as a stream, holding its first bytes only: for members too large to hold. */
async function streamedMember(file: ArchiveFile, offset: number, header: number): Promise<Member> {
  const inflate = createInflateRaw()
  const first: Buffer[] = []
  let held = 0
  let size = 0
  let crc = 0
  inflate.on('data', (chunk: Buffer) => {
    if (held < firstRead) first.push(chunk)
    held += chunk.length
    size += chunk.length
    crc = crc32(chunk, crc)
  })
  let ended = false
  const end = new Promise<void>((resolve, reject) => inflate.once('end', resolve).once('error', reject))
  const settled = end.then(() => void (ended = true), () => void (ended = true))
  for (let at = offset + header; !ended && at < file.size; ) {
    const chunk = file.read(at, 1 << 20)
    at += chunk.length
    if (!inflate.write(chunk)) await Promise.race([new Promise((resolve) => inflate.once('drain', resolve)), settled])
  }
  if (!ended) inflate.end()
  try {
    await end
  } catch (error) {
    if ((error as {code?: string}).code === 'Z_BUF_ERROR') throw cut()
    throw new Damage('unreadable', `the gzip member does not inflate (${error instanceof Error ? error.message : String(error)})`)
  }
  const length = header + inflate.bytesWritten + 8
  const trailer = file.read(offset + length - 8, 8)
  if (trailer.length < 8) throw cut()
  checkTrailer(trailer, crc, size)
  return {length, size, bytes: Buffer.concat(first), whole: false}
}

/** The length of the gzip header at the start of `bytes` (RFC 1952), -1 when `bytes` end inside it, null when it is no gzip header. */
function gzipHeaderLength(bytes: Buffer): number | null {
  const magic = [0x1f, 0x8b, 8]
  for (let i = 0; i < 3; i++) if (i < bytes.length && bytes[i] !== magic[i]) return null
  if (bytes.length < 10) return -1
  const flags = bytes[3]!
  let at = 10
  // FEXTRA: a length and that many bytes; FNAME, FCOMMENT: zero-terminated; FHCRC: two bytes.
  if (flags & 4) at = at + 2 > bytes.length ? Infinity : at + 2 + bytes.readUInt16LE(at)
  for (const flag of [8, 16]) if (flags & flag) at = at >= bytes.length || bytes.indexOf(0, at) === -1 ? Infinity : bytes.indexOf(0, at) + 1
  if (flags & 2) at += 2
  return at > bytes.length ? -1 : at
}

/** The CRC-32 of `bytes`, continuing `crc` (gzip's checksum): Node's own from 20.15 on, else computed here byte by byte with the standard table. */
export const crc32: (bytes: Uint8Array, crc?: number) => number = (zlib as {crc32?: (bytes: Uint8Array, crc?: number) => number}).crc32 ?? tableCrc32

const crcTable = Uint32Array.from({length: 256}, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1
  return n >>> 0
})

export function tableCrc32(bytes: Uint8Array, crc = 0): number {
  crc = ~crc
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

/** A gzip member's trailer must give the checksum and size of what it inflated to. */
function checkTrailer(trailer: Buffer, crc: number, size: number): void {
  if (trailer.readUInt32LE(0) !== crc >>> 0 || trailer.readUInt32LE(4) !== size % 2 ** 32) throw new Damage('unreadable', `the gzip member's checksum does not match what it inflates to`)
}

/** A header block from `start` (a first line, then `Name: value` lines, then a blank line; CRLF or LF) within 64 KB: its lines, its fields by lower-case name, where it ends. */
function headersOf(bytes: Buffer, start: number): {lines: string[]; fields: Map<string, string>; end: number} | null {
  const limit = Math.min(bytes.length, start + (1 << 16))
  for (let eol = bytes.indexOf(0x0a, start); eol !== -1 && eol < limit; eol = bytes.indexOf(0x0a, eol + 1)) {
    const blank = bytes[eol + 1] === 0x0d ? eol + 2 : eol + 1
    if (bytes[blank] !== 0x0a || blank >= limit) continue
    const lines = bytes.toString('latin1', start, bytes[eol - 1] === 0x0d && eol > start ? eol - 1 : eol).split(/\r?\n/)
    const fields = new Map<string, string>()
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':')
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
    return {lines, fields, end: blank + 1}
  }
  return null
}

/** A chunked body's data, or null when it is not chunked after all (then it is read as it is, as warcio does). */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = body.indexOf('\r\n', at)
    if (eol === -1) return parts.length ? Buffer.concat(parts) : null
    const size = parseInt(body.toString('latin1', at, eol), 16)
    if (!Number.isFinite(size)) return parts.length ? Buffer.concat(parts) : null
    if (size === 0) return Buffer.concat(parts)
    parts.push(body.subarray(eol + 2, eol + 2 + size))
    at = eol + 2 + size + 2
  }
}

/** A body inflated by its content encoding, or null when it does not inflate (then it is read as it is, as warcio does). */
function inflated(body: Buffer, encoding: string): Buffer | null {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body)
    if (encoding === 'deflate') {
      try {
        return inflateSync(body)
      } catch {
        return inflateRawSync(body)
      }
    }
  } catch {
    return null
  }
  return null
}
