/**
 * Reading a web archive (`.warc`, `.warc.gz`, as wget --warc-file,
 * Webrecorder, Heritrix or Common Crawl write them) into pages: every
 * response record with status 200 and an HTML content type is one page;
 * the others (requests, metadata, images, styles, scripts, redirects,
 * errors) are counted, not warned one by one. The archive is streamed
 * (warcio), never read whole; each page's body is read only when it is
 * within the size limit.
 *
 * warcio ends its loop without a word on a file cut in the middle of a
 * record, or on a gzip member it cannot inflate: its offset then stays at
 * the start of the record it could not read, short of the file's size;
 * after a whole last record it is the file's size. In a plain .warc it
 * hands a cut record over as if whole: there, each record's declared
 * length must end within the file.
 */
import {createHash} from 'node:crypto'
import {createReadStream, statSync} from 'node:fs'
import {WARCParser} from 'warcio'
import type {Origin} from './page.js'

/** One page found in an archive. */
export interface ArchivedPage {
  /** `<archive>#<url>`: the page's source in the report and documents.csv. */
  source: string
  bytes: Uint8Array
  sha256: string
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
  const parser = new WARCParser(createReadStream(path))
  try {
    for await (const record of parser) {
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
      const bytes = await record.readFully(true)
      const captured = capturedOf(record.warcDate)
      const page = {
        source: `${archive}#${url}`,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
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
  return {pages: withIds([...byUrl.values()].sort((a, b) => a.order - b.order), messages), messages}
}

/** Each page's `document_id`; of two URLs giving the same one, the later in URL order takes `-2`, `-3`, ... */
function withIds(pages: ArchivedPage[], messages: ArchiveMessage[]): ArchivedPage[] {
  const taken = new Map<string, string>()
  for (const page of [...pages].sort((a, b) => (a.origin.url < b.origin.url ? -1 : 1))) {
    const base = documentIdOfUrl(page.origin.url) || 'page'
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    if (id !== base) messages.push({reason: `Unexpected document id ${base} for ${page.origin.url}, already given by ${taken.get(base)}; exported as ${id}`, ruleId: 'document-id-clash', severity: 'info'})
    taken.set(id, page.origin.url)
    page.origin.documentId = id
  }
  return pages
}

/** A WARC-Date as ISO 8601 in UTC (seconds), or null when it is not a date. */
function capturedOf(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
