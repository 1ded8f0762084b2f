/**
 * Reading a web archive (`.warc`, `.warc.gz`, as wget --warc-file,
 * Webrecorder, Heritrix or Common Crawl write them) into pages: every
 * response record with status 200 and an HTML content type is one page;
 * the others (requests, metadata, images, styles, scripts, redirects,
 * errors) are counted, not warned one by one. The archive is streamed
 * (warcio), never read whole, and the first pass keeps only an index of
 * its pages: each page's URL, capture date, hash, and where its record
 * lies in the file (a gzip member, as wget writes one per record), which
 * the worker processing the page reads again (`readRecord`). So memory
 * holds one page at a time, not the archive.
 *
 * warcio ends its loop without a word on a file cut in the middle of a
 * record, or on a gzip member it cannot inflate: its offset then stays at
 * the start of the record it could not read, short of the file's size;
 * after a whole last record it is the file's size. In a plain .warc it
 * hands a cut record over as if whole: there, each record's declared
 * length must end within the file.
 */
import {createHash} from 'node:crypto'
import {closeSync, createReadStream, openSync, readSync, statSync} from 'node:fs'
import {gunzipSync, inflateRawSync, inflateSync} from 'node:zlib'
import {WARCParser} from 'warcio'
import type {Origin} from './page.js'

/** Where a record lies in its archive: its first byte and its length (a whole gzip member in a .warc.gz). */
export interface RecordPlace {
  offset: number
  length: number
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
  const size = statSync(path).size
  let records = 0
  let failure: string | null = null
  /** Where a record of a plain .warc starts that the file cuts short. */
  let cut: number | null = null
  /** The last page found, whose record ends where the next one starts. */
  let open: RecordPlace | null = null
  const parser = new WARCParser(createReadStream(path))
  try {
    for await (const record of parser) {
      if (open) open.length = parser.offset - open.offset
      open = null
      // warcio reads any header block as a record: one without WARC-Type or WARC-Record-ID is damage (or no archive).
      if (!record.warcType && !record.warcHeader('WARC-Record-ID')) {
        failure = `record ${records + 1} has no WARC headers`
        break
      }
      // In a plain .warc warcio hands over a cut record as if whole: its declared length must fit in the file.
      if (!parser._reader.compressed && (record.warcHeader('Content-Length') == null || parser._warcHeadersLength + record.warcContentLength > size)) {
        cut = parser.offset
        break
      }
      records++
      const type = record.warcType
      if (type !== 'response') {
        skip(`${type ?? 'untyped'} records`)
        continue
      }
      const url = record.warcTargetURI ?? ''
      const info = record.getResponseInfo()
      const status = Number(info?.status)
      if (status !== 200) {
        skip(status >= 300 && status < 400 ? 'redirects' : `status ${Number.isFinite(status) ? status : 'unknown'}`)
        continue
      }
      const contentType = info?.headers.get('content-type') ?? null
      if (!htmlTypes.test(contentType ?? '')) {
        skip('not HTML (images, styles, scripts, documents)')
        continue
      }
      if (record.warcContentLength > maxBytes) {
        const mb = (record.warcContentLength / (1 << 20)).toFixed(1)
        messages.push({reason: `Unexpected page of ${mb} MB at ${url} (record ${records}), expected a readout page of at most ${maxBytes >> 20} MB; skipped without reading it`, ruleId: 'too-large', severity: 'warning'})
        continue
      }
      const place: RecordPlace = {offset: parser.offset, length: 0, id: record.warcHeader('WARC-Record-ID') ?? null}
      // Its body hashed as it streams by; read again when the page is processed.
      const hash = createHash('sha256')
      for await (const chunk of record) hash.update(chunk)
      open = place
      const captured = capturedOf(record.warcDate)
      const page = {
        source: `${archive}#${url}`,
        sha256: hash.digest('hex'),
        record: place,
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
    failure = error instanceof Error ? error.message : String(error)
  }

  // Where the loop stopped: after a whole last record, at the end of the file.
  if (open) open.length = (cut ?? parser.offset) - open.offset
  const complete = failure === null && cut === null && parser.offset === size
  if (!complete) {
    const at = cut ?? parser.offset
    const what = `${archive} after record ${records} (byte ${at} of ${size})`
    const reason = failure
      ? `Unexpected unreadable data in ${what}: ${failure.replace(/\s+/g, ' ')}; the ${byUrl.size} page(s) before it are exported`
      : `Unexpected end of ${what}: the archive is cut or corrupt in record ${records + 1}; the ${byUrl.size} page(s) before it are exported`
    messages.push(records === 0 ? {reason: `Unexpected content in ${archive}, expected a WARC file (plain or gzip): no record could be read`, ruleId: 'warc-unreadable', severity: 'error'} : {reason, ruleId: 'warc-truncated', severity: 'warning'})
  }
  if (skipped.size) {
    const total = [...skipped.values()].reduce((a, b) => a + b, 0)
    const kinds = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([why, n]) => `${n} ${why}`)
    messages.push({reason: `Skipped ${total} of ${records} records that are not HTML pages with status 200: ${kinds.join(', ')}`, ruleId: 'warc-skipped', severity: 'info'})
  }
  if (byUrl.size === 0 && complete) messages.push({reason: `Unexpected archive without HTML pages, expected responses with status 200 and an HTML content type`, ruleId: 'warc-no-pages', severity: 'warning'})
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
 * `path`, as the first pass read it: the record's bytes read alone (a gzip
 * member inflated), its WARC and HTTP headers passed, its chunked transfer
 * and gzip or deflate content encoding undone as warcio undoes them.
 * Synchronous, for the worker's read stage. Throws when the bytes there
 * are not that record (the archive changed since it was indexed).
 */
export function readRecord(path: string, place: RecordPlace): Uint8Array {
  const where = `the record at byte ${place.offset} of ${path}`
  const changed = `; was the archive changed during the export?`
  let record = readAt(path, place)
  if (record[0] === 0x1f && record[1] === 0x8b) {
    try {
      record = gunzipSync(record)
    } catch (error) {
      throw new Error(`Cannot inflate ${where}: ${error instanceof Error ? error.message : String(error)}${changed}`)
    }
  }
  const warc = headersOf(record, 0)
  if (!warc || warc.lines[0] === undefined || !/^WARC\/\d/.test(warc.lines[0]) || (warc.fields.get('warc-record-id') ?? null) !== place.id) {
    throw new Error(`Unexpected bytes at ${where}, expected the record indexed there${changed}`)
  }
  const block = record.subarray(warc.end, warc.end + Number(warc.fields.get('content-length') ?? 0))
  const http = headersOf(block, 0)
  if (!http) throw new Error(`Unexpected end of the HTTP headers in ${where}${changed}`)
  let body = block.subarray(http.end)
  const transfer = http.fields.get('transfer-encoding')?.toLowerCase()
  if (transfer === 'chunked') body = dechunk(body) ?? body
  const encoding = http.fields.get('content-encoding')?.toLowerCase() ?? (transfer === 'chunked' ? undefined : transfer)
  return encoding ? inflated(body, encoding) ?? body : body
}

/** The `length` bytes at `offset` of a file. */
function readAt(path: string, {offset, length}: RecordPlace): Buffer {
  const bytes = Buffer.alloc(length)
  const fd = openSync(path, 'r')
  try {
    let filled = 0
    while (filled < length) {
      const n = readSync(fd, bytes, filled, length - filled, offset + filled)
      if (n === 0) break
      filled += n
    }
    return bytes.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

/** A header block from `start` (a first line, then `Name: value` lines, then a blank line; CRLF or, as warcio allows, LF): its lines, its fields by lower-case name, where it ends. */
function headersOf(bytes: Buffer, start: number): {lines: string[]; fields: Map<string, string>; end: number} | null {
  const head = bytes.toString('latin1', start, Math.min(bytes.length, start + (1 << 16)))
  const blank = /\r?\n\r?\n/.exec(head)
  if (!blank) return null
  const lines = head.slice(0, blank.index).split(/\r?\n/)
  const fields = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return {lines, fields, end: start + blank.index + blank[0].length}
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
