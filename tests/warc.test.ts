/**
 * Web archives: the HTML pages of a crawl are documents, everything else is
 * counted; a cut or corrupt archive gives the pages before the damage. The
 * archives are made here with warcio's serializer (one gzip member per
 * record, as wget --warc-file writes them) from the fixture pages, and
 * warcio's parser is the oracle the reading is checked against.
 */
import {createReadStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as zlib from 'node:zlib'
import {deflateSync, gzipSync} from 'node:zlib'
import fc from 'fast-check'
import {WARCParser, WARCRecord, WARCSerializer} from 'warcio'
import {afterAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'
import {createHash, randomBytes} from 'node:crypto'
import {documentIdOfUrl, memberLimit, readArchive, readRecord, tableCrc32} from '../pipeline/warc.js'
import {tableRows} from './helpers.js'

const work = mkdtempSync(join(tmpdir(), 'readout-warc-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const page = (name: string) => readFileSync(join('tests/fixtures/html', name, 'page.html'))

interface Capture {
  type?: 'response' | 'request' | 'warcinfo' | 'metadata'
  url?: string
  date?: string
  status?: string
  contentType?: string
  /** Other HTTP headers (Transfer-Encoding, Content-Encoding). */
  headers?: Record<string, string>
  body: string | Uint8Array
}

/** One record as bytes, gzipped on its own unless `gzip` is false. */
async function record(capture: Capture, gzip = true): Promise<Uint8Array> {
  const type = capture.type ?? 'response'
  const http = type === 'response' ? {statusline: `HTTP/1.1 ${capture.status ?? '200 OK'}`, httpHeaders: {...(capture.contentType ? {'Content-Type': capture.contentType} : {}), ...capture.headers}} : type === 'request' ? {statusline: 'GET / HTTP/1.1', httpHeaders: {}} : {}
  const body = typeof capture.body === 'string' ? new TextEncoder().encode(capture.body) : capture.body
  return WARCSerializer.serialize(WARCRecord.create({warcVersion: 'WARC/1.0', type, url: capture.url, date: capture.date, ...http}, [body]), {gzip})
}

const crawl: Capture[] = [
  {type: 'warcinfo', body: 'software: Wget/1.21\r\nformat: WARC File Format 1.0\r\n'},
  {type: 'request', url: 'https://www.mofa.go.jp/na/na1/us/page3e_000650.html', body: ''},
  {url: 'https://www.mofa.go.jp/na/na1/us/page3e_000650.html', date: '2023-08-01T10:00:00Z', contentType: 'text/html; charset=windows-1252', body: page('ministry')},
  {url: 'https://www.mofa.go.jp/css/common.css', date: '2023-08-01T10:00:01Z', contentType: 'text/css', body: 'body { margin: 0 }'},
  {url: 'https://www.mofa.go.jp/files/000237001.jpg', date: '2023-08-01T10:00:02Z', contentType: 'image/jpeg', body: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])},
  {url: 'https://www.mofa.go.jp/js/jquery.js', date: '2023-08-01T10:00:03Z', contentType: 'application/javascript', body: 'var $;'},
  {url: 'https://www.mofa.go.jp/gone.html', date: '2023-08-01T10:00:04Z', status: '404 Not Found', contentType: 'text/html', body: '<p>The page was not found.</p>'},
  {url: 'https://www.mofa.go.jp/old.html', date: '2023-08-01T10:00:05Z', status: '301 Moved Permanently', body: ''},
  {type: 'metadata', url: 'https://www.mofa.go.jp/na/na1/us/page3e_000650.html', body: 'outlink: https://www.mofa.go.jp/'},
  {url: 'https://www.gov.uk/government/news/japan-uk', date: '2023-07-30T09:00:00Z', contentType: 'text/html; charset=utf-8', body: '<main><h1>An older capture</h1><p>Not this one.</p></main>'},
  {url: 'https://www.gov.uk/government/news/japan-uk', date: '2023-08-02T09:00:00Z', contentType: 'text/html; charset=utf-8', body: page('govuk')},
  {url: 'https://www.state.gov/japan-canada/', date: '2023-08-03T09:00:00Z', contentType: 'text/html', body: page('state')}
]

async function archive(path: string, captures: Capture[], gzip = true): Promise<Buffer> {
  const bytes = Buffer.concat(await Promise.all(captures.map((c) => record(c, gzip))))
  writeFileSync(path, bytes)
  return bytes
}

const messagesOf = (reading: Awaited<ReturnType<typeof readArchive>>) => reading.messages.map((m) => `${m.severity} ${m.ruleId} ${m.reason}`)

describe('readArchive', () => {
  it('should give each HTML response with status 200 as a page, the latest capture of a URL, and count the rest', async () => {
    const path = join(work, 'crawl.warc.gz')
    await archive(path, crawl)
    const reading = await readArchive(path, 'crawl.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => [p.source, p.origin.documentId, p.origin.captured])).toEqual([
      ['crawl.warc.gz#https://www.mofa.go.jp/na/na1/us/page3e_000650.html', 'www-mofa-go-jp-na-na1-us-page3e-000650', '2023-08-01T10:00:00Z'],
      ['crawl.warc.gz#https://www.gov.uk/government/news/japan-uk', 'www-gov-uk-government-news-japan-uk', '2023-08-02T09:00:00Z'],
      ['crawl.warc.gz#https://www.state.gov/japan-canada/', 'www-state-gov-japan-canada', '2023-08-03T09:00:00Z']
    ])
    expect(messagesOf(reading)).toEqual([
      'info duplicate-url Unexpected second capture of https://www.gov.uk/government/news/japan-uk (records 10 and 11), expected each page once; the latest (2023-08-02T09:00:00Z) is exported',
      'info warc-skipped Skipped 8 of 12 records that are not HTML pages with status 200: 3 not HTML (images, styles, scripts, documents), 1 metadata records, 1 redirects, 1 request records, 1 status 404, 1 warcinfo records'
    ])
  })

  it('should read a plain .warc the same as a .warc.gz', async () => {
    const path = join(work, 'plain.warc')
    await archive(path, crawl, false)
    const reading = await readArchive(path, 'plain.warc', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650', 'www-gov-uk-government-news-japan-uk', 'www-state-gov-japan-canada'])
    expect(reading.messages.map((m) => m.ruleId)).toEqual(['duplicate-url', 'warc-skipped'])
  })

  it('should make document ids from host, path and query (the export numbers those that clash)', async () => {
    expect(documentIdOfUrl('https://www.mofa.go.jp/na/na1/us/page3e_000650.html')).toBe('www-mofa-go-jp-na-na1-us-page3e-000650')
    expect(documentIdOfUrl('https://www.example.org/news/index.html')).toBe('www-example-org-news')
    expect(documentIdOfUrl('https://www.example.org/press.aspx?id=12')).toBe('www-example-org-press-id-12')
    const path = join(work, 'clash.warc.gz')
    await archive(path, [
      {url: 'https://example.org/a-b', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: page('state')},
      {url: 'https://example.org/a/b', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: page('govuk')}
    ])
    const reading = await readArchive(path, 'clash.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['example-org-a-b', 'example-org-a-b'])
    expect(messagesOf(reading)).toEqual([])
  })

  it('should keep the whole records before a cut and name the file, the record and the byte', async () => {
    const path = join(work, 'cut.warc.gz')
    const parts = await Promise.all(crawl.map((c) => record(c)))
    const whole = Buffer.concat(parts)
    const last = parts[parts.length - 1]
    // Cut in the middle of the last record (the State-style page).
    writeFileSync(path, whole.subarray(0, whole.length - Math.floor(last.length / 2)))
    const reading = await readArchive(path, 'cut.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650', 'www-gov-uk-government-news-japan-uk'])
    const at = whole.length - last.length
    expect(messagesOf(reading).find((m) => m.includes('warc-truncated'))).toBe(`warning warc-truncated Unexpected end of cut.warc.gz after record 11 (byte ${at} of ${whole.length - Math.floor(last.length / 2)}): the archive is cut or corrupt in record 12; the 2 page(s) before it are exported`)
  })

  it('should find a plain .warc cut in a record too, in its body or its headers', async () => {
    const path = join(work, 'cut.warc')
    const parts = await Promise.all(crawl.map((c) => record(c, false)))
    const whole = Buffer.concat(parts)
    const at = whole.length - parts[parts.length - 1].length
    for (const cut of [whole.length - 500, at + 100, at + 400]) {
      writeFileSync(path, whole.subarray(0, cut))
      const reading = await readArchive(path, 'cut.warc', 1 << 20)
      expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650', 'www-gov-uk-government-news-japan-uk'])
      // Cut in the record's body or in its WARC headers alike.
      expect(messagesOf(reading).find((m) => m.includes('warc-truncated'))).toBe(`warning warc-truncated Unexpected end of cut.warc after record 11 (byte ${at} of ${cut}): the archive is cut or corrupt in record 12; the 2 page(s) before it are exported`)
    }
  })

  it('should stop at a corrupt gzip member with the pages before it', async () => {
    const path = join(work, 'corrupt.warc.gz')
    const parts = await Promise.all(crawl.map((c) => record(c)))
    const whole = Buffer.concat(parts)
    const first = parts.slice(0, 3).reduce((n, r) => n + r.length, 0)
    const broken = Buffer.from(whole)
    for (let i = first + 20; i < first + 60; i++) broken[i] ^= 0x5a
    writeFileSync(path, broken)
    const reading = await readArchive(path, 'corrupt.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650'])
    expect(messagesOf(reading)[0]).toMatch(new RegExp(`^warning warc-truncated Unexpected unreadable data in corrupt\\.warc\\.gz after record 3 \\(byte ${first} of ${whole.length}\\): the gzip member does not inflate \\([a-z /-]+\\); the 1 page\\(s\\) before it are exported$`))
  })

  it('should read a page again from its place in the archive, the bytes the first pass hashed (gzip or plain, chunked or gzip-encoded)', async () => {
    const html = page('state')
    const captures: Capture[] = [
      crawl[0],
      {url: 'https://example.org/plain', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: page('ministry')},
      crawl[3],
      {url: 'https://example.org/chunked', date: '2023-01-01T00:00:01Z', contentType: 'text/html', headers: {'Transfer-Encoding': 'chunked'}, body: chunked(html, 0x400)},
      {url: 'https://example.org/gzipped', date: '2023-01-01T00:00:02Z', contentType: 'text/html', headers: {'Content-Encoding': 'gzip'}, body: gzipSync(page('govuk'))}
    ]
    for (const gzip of [true, false]) {
      const path = join(work, gzip ? 'again.warc.gz' : 'again.warc')
      await archive(path, captures, gzip)
      const reading = await readArchive(path, 'again', 1 << 20)
      expect(reading.pages.map((p) => p.origin.url)).toEqual(['https://example.org/plain', 'https://example.org/chunked', 'https://example.org/gzipped'])
      const bodies = reading.pages.map((p) => readRecord(path, p.record))
      expect(bodies.map((body) => createHash('sha256').update(body).digest('hex'))).toEqual(reading.pages.map((p) => p.sha256))
      expect(bodies.map((body) => Buffer.from(body).equals(page('ministry')) || Buffer.from(body).equals(html) || Buffer.from(body).equals(page('govuk')))).toEqual([true, true, true])
      // Another record's place is no page's: refused with a message, not read as the wrong page.
      expect(() => readRecord(path, {...reading.pages[1].record, id: reading.pages[0].record.id})).toThrow(/^Unexpected bytes at the record at byte \d+ of .*again\.warc(\.gz)?, expected the record indexed there; was the archive changed during the export\?$/)
    }
  })

  it('should refuse a file that is no archive at all, and skip an enormous page without reading it', async () => {
    const path = join(work, 'not.warc.gz')
    writeFileSync(path, gzipSync(Buffer.from('<html><body>not an archive</body></html>')))
    expect(messagesOf(await readArchive(path, 'not.warc.gz', 1 << 20))).toEqual(['error warc-unreadable Unexpected content in not.warc.gz, expected a WARC file (plain or gzip): no record could be read (no WARC record in the gzip member there)'])
    const garbage = join(work, 'garbage.warc.gz')
    writeFileSync(garbage, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
    expect((await readArchive(garbage, 'garbage.warc.gz', 1 << 20)).messages.map((m) => m.ruleId)).toEqual(['warc-unreadable'])

    const big = join(work, 'big.warc.gz')
    await archive(big, [{url: 'https://example.org/big', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: '<p>' + 'x'.repeat(2000) + '</p>'}, crawl[2]])
    const reading = await readArchive(big, 'big.warc.gz', 1000)
    expect(reading.pages).toEqual([])
    expect(messagesOf(reading)[0]).toMatch(/^warning too-large Unexpected page of 0\.0 MB at https:\/\/example\.org\/big \(record 1\), expected a readout page of at most 0 MB; skipped without reading it$/)
  })
  it('should read an archive gzipped whole (one member for all its records), each page again from inside its member, and say so', async () => {
    const path = join(work, 'whole.warc.gz')
    writeFileSync(path, gzipSync(Buffer.concat(await Promise.all(crawl.map((c) => record(c, false))))))
    const reading = await readArchive(path, 'whole.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650', 'www-gov-uk-government-news-japan-uk', 'www-state-gov-japan-canada'])
    const bodies = reading.pages.map((p) => readRecord(path, p.record))
    expect(bodies.map((body) => createHash('sha256').update(body).digest('hex'))).toEqual(reading.pages.map((p) => p.sha256))
    expect(Buffer.from(bodies[2]).equals(page('state'))).toBe(true)
    expect(messagesOf(reading)).toContain('info warc-shared-member Unexpected gzip members holding many records in whole.warc.gz (12 records in members of several), expected one member per record as wget, Heritrix and warcio write them; each page there is read by inflating its whole member again (recompress the archive for speed, for example with `warcio recompress`)')
  })

  it('should pass a gzip member too large to hold as a stream (a video in the crawl), and read only the first record of one that holds many', async () => {
    const video: Capture = {url: 'https://example.org/video.mp4', date: '2023-08-01T10:00:06Z', contentType: 'video/mp4', body: randomBytes(memberLimit + (1 << 20))}
    const large = gzipSync(await record(video, false), {level: 1})
    const path = join(work, 'video.warc.gz')
    const before = await record(crawl[2])
    writeFileSync(path, Buffer.concat([before, large, await record(crawl[11])]))
    const reading = await readArchive(path, 'video.warc.gz', 1 << 20)
    expect(reading.pages.map((p) => p.origin.documentId)).toEqual(['www-mofa-go-jp-na-na1-us-page3e-000650', 'www-state-gov-japan-canada'])
    expect(messagesOf(reading)).toEqual(['info warc-skipped Skipped 1 of 3 records that are not HTML pages with status 200: 1 not HTML (images, styles, scripts, documents)'])
    expect(Buffer.from(readRecord(path, reading.pages[1].record)).equals(page('state'))).toBe(true)

    // Cut in the middle of the large member: the page before it is kept.
    const cut = join(work, 'video-cut.warc.gz')
    writeFileSync(cut, Buffer.concat([before, large.subarray(0, large.length >> 1)]))
    expect(messagesOf(await readArchive(cut, 'video-cut.warc.gz', 1 << 20))[0]).toBe(`warning warc-truncated Unexpected end of video-cut.warc.gz after record 1 (byte ${before.length} of ${before.length + (large.length >> 1)}): the archive is cut or corrupt in record 2; the 1 page(s) before it are exported`)

    // A member too large to hold that holds many records: its first is read, the others named as unread.
    const whole = join(work, 'video-whole.warc.gz')
    writeFileSync(whole, gzipSync(Buffer.concat([await record(video, false), await record(crawl[2], false)]), {level: 1}))
    expect(messagesOf(await readArchive(whole, 'video-whole.warc.gz', 1 << 20))).toEqual([
      `warning warc-shared-member Unexpected gzip member of over ${memberLimit >> 20} MB holding many records in video-whole.warc.gz (byte 0), expected one member per record; only its first record is read (recompress the archive, for example with \`warcio recompress\`)`,
      'info warc-skipped Skipped 1 of 1 records that are not HTML pages with status 200: 1 not HTML (images, styles, scripts, documents)',
      'warning warc-no-pages Unexpected archive without HTML pages, expected responses with status 200 and an HTML content type'
    ])
  })

  it("should check gzip members' CRC-32 on any Node 20: the table's checksum is zlib's, whole or continued", () => {
    // zlib.crc32 exists from Node 20.15 on: named, its import would stop this file loading before it.
    const crc32 = (zlib as {crc32?: (bytes: Uint8Array) => number}).crc32 ?? ((bytes: Uint8Array) => tableCrc32(bytes))
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926)
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 2000}), fc.nat({max: 2000}), (bytes, cut) => {
        const at = Math.min(cut, bytes.length)
        expect(tableCrc32(bytes)).toBe(crc32(bytes))
        expect(tableCrc32(bytes.subarray(at), tableCrc32(bytes.subarray(0, at)))).toBe(crc32(bytes))
      }),
      {numRuns: 200}
    )
  })

  it('should find the pages warcio finds, with the bodies warcio reads, in any archive (gzip or plain, any encoding)', async () => {
    const body = fc.uint8Array({maxLength: 3000})
    const capture = fc.record({
      type: fc.constantFrom('response', 'response', 'response', 'request', 'metadata', 'warcinfo'),
      status: fc.constantFrom('200 OK', '200 OK', '404 Not Found', '301 Moved Permanently'),
      contentType: fc.constantFrom('text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', 'image/png', 'text/css'),
      encoding: fc.constantFrom('none', 'chunked', 'gzip', 'deflate'),
      chunk: fc.integer({min: 1, max: 700}),
      body
    })
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(capture, {minLength: 1, maxLength: 8}), fc.constantFrom('members', 'plain', 'whole'), async (drawn, kind) => {
        const captures: Capture[] = drawn.map((c, i) => {
          const bytes = Buffer.from(c.body)
          const encoded = c.encoding === 'gzip' ? gzipSync(bytes) : c.encoding === 'deflate' ? deflateSync(bytes) : c.encoding === 'chunked' ? chunked(bytes, c.chunk) : bytes
          const headers = c.encoding === 'chunked' ? {'Transfer-Encoding': 'chunked'} : c.encoding === 'none' ? {} : {'Content-Encoding': c.encoding}
          return {type: c.type as Capture['type'], url: `https://example.org/page-${i}`, date: '2023-01-01T00:00:00Z', status: c.status, contentType: c.contentType, headers, body: encoded}
        })
        const path = join(work, `oracle-${run++}.warc${kind === 'plain' ? '' : '.gz'}`)
        const records = await Promise.all(captures.map((c) => record(c, kind === 'members')))
        writeFileSync(path, kind === 'whole' ? gzipSync(Buffer.concat(records)) : Buffer.concat(records))
        const reading = await readArchive(path, 'oracle', 1 << 20)
        const ours = reading.pages.map((p) => [p.origin.url, p.sha256, createHash('sha256').update(readRecord(path, p.record)).digest('hex')])
        const theirs = (await warcioPages(path)).map(([url, sha256]) => [url, sha256, sha256])
        expect(ours).toEqual(theirs)
        expect(reading.messages.filter((m) => m.severity !== 'info' && m.ruleId !== 'warc-no-pages')).toEqual([])
      }),
      {numRuns: 60, seed: 12}
    )
  })
})

/** A body in chunks of `size` bytes (Transfer-Encoding: chunked). */
function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = []
  for (let at = 0; at < body.length; at += size) parts.push(Buffer.from(`${Math.min(size, body.length - at).toString(16)}\r\n`), body.subarray(at, at + size), Buffer.from('\r\n'))
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')])
}

/** The pages warcio's parser finds in an archive (HTML responses with status 200): each URL and the sha256 of the body it reads. */
async function warcioPages(path: string): Promise<[string, string][]> {
  const pages: [string, string][] = []
  for await (const found of new WARCParser(createReadStream(path))) {
    const info = found.getResponseInfo()
    if (found.warcType !== 'response' || Number(info?.status) !== 200 || !/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(info?.headers.get('content-type') ?? '')) continue
    const hash = createHash('sha256')
    for await (const chunk of found) hash.update(chunk)
    pages.push([found.warcTargetURI ?? '', hash.digest('hex')])
  }
  return pages
}

describe('export of archives', () => {
  it('should number the later of the inputs that give one document id, in source order, whatever their kind, naming both', async () => {
    const input = join(work, 'clashes')
    mkdirSync(input)
    await archive(join(input, 'crawl.warc.gz'), [
      {url: 'https://example.org/a-b', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: page('state')},
      {url: 'https://example.org/a/b', date: '2023-01-01T00:00:00Z', contentType: 'text/html', body: page('govuk')}
    ])
    writeFileSync(join(input, 'example-org-a-b.html'), page('wordpress'))
    writeFileSync(join(input, 'example-org-a-b.txt'), readFileSync('tests/fixtures/html/ministry/readout.txt'))
    // Its own id is the first number free: never one another input holds as its own.
    writeFileSync(join(input, 'example-org-a-b-3.txt'), readFileSync('tests/fixtures/html/state/readout.txt'))
    const output = join(work, 'clashes-out')
    const result = await exportFolder({input, output, workers: 0})
    expect(result.refused).toEqual([])
    expect(result.exported).toBe(5)
    expect(tableRows(join(output, 'csv', 'documents.csv')).map((d) => [d.document_id, d.source])).toEqual([
      ['example-org-a-b', 'crawl.warc.gz#https://example.org/a-b'],
      ['example-org-a-b-2', 'crawl.warc.gz#https://example.org/a/b'],
      ['example-org-a-b-3', 'example-org-a-b-3.txt'],
      ['example-org-a-b-4', 'example-org-a-b.html'],
      ['example-org-a-b-5', 'example-org-a-b.txt']
    ])
    expect(readdirSync(join(output, 'text')).sort()).toEqual(['example-org-a-b-2.txt', 'example-org-a-b-4.txt', 'example-org-a-b.txt'])
    const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')) as {files: {source: string; document_id: string | null; status: string; messages: {severity: string; rule: string; reason: string}[]}[]}
    const clashes = report.files.flatMap((f) => f.messages.filter((m) => m.rule === 'document-id-clash').map((m) => [f.source, f.document_id, f.status, m.severity, m.reason]))
    expect(clashes).toEqual([
      ['crawl.warc.gz#https://example.org/a/b', 'example-org-a-b-2', 'exported', 'info', 'Unexpected document id example-org-a-b, already given by crawl.warc.gz#https://example.org/a-b; exported as example-org-a-b-2'],
      ['example-org-a-b.html', 'example-org-a-b-4', 'exported', 'info', 'Unexpected document id example-org-a-b, already given by crawl.warc.gz#https://example.org/a-b; exported as example-org-a-b-4'],
      ['example-org-a-b.txt', 'example-org-a-b-5', 'exported', 'info', 'Unexpected document id example-org-a-b, already given by crawl.warc.gz#https://example.org/a-b; exported as example-org-a-b-5']
    ])
  })

  it('should export a mix of .txt, .html and .warc.gz, each page with its URL, archive and capture date, its text published', async () => {
    const input = join(work, 'mix')
    mkdirSync(input)
    writeFileSync(join(input, 'seed.txt'), readFileSync('tests/fixtures/html/ministry/readout.txt'))
    writeFileSync(join(input, 'wordpress.html'), page('wordpress'))
    await archive(join(input, 'crawl.warc.gz'), crawl)
    const output = join(work, 'mix-out')
    const result = await exportFolder({input, output, workers: 0})
    expect(result.exported).toBe(5)
    const documents = tableRows(join(output, 'csv', 'documents.csv'))
    expect(documents.map((d) => [d.document_id, d.source, d.media_type, d.archive, d.captured])).toEqual([
      ['seed', 'seed.txt', 'text/plain', '', ''],
      ['wordpress', 'wordpress.html', 'text/html', '', ''],
      ['www-gov-uk-government-news-japan-uk', 'crawl.warc.gz#https://www.gov.uk/government/news/japan-uk', 'text/html', 'crawl.warc.gz', '2023-08-02T09:00:00Z'],
      ['www-mofa-go-jp-na-na1-us-page3e-000650', 'crawl.warc.gz#https://www.mofa.go.jp/na/na1/us/page3e_000650.html', 'text/html', 'crawl.warc.gz', '2023-08-01T10:00:00Z'],
      ['www-state-gov-japan-canada', 'crawl.warc.gz#https://www.state.gov/japan-canada/', 'text/html', 'crawl.warc.gz', '2023-08-03T09:00:00Z']
    ])
    // The canonical link wins over the archived URI.
    expect(documents[4].url).toBe('https://www.state.gov/japan-canada-foreign-ministers-meeting/')
    expect(readdirSync(join(output, 'text')).sort()).toEqual(['wordpress.txt', 'www-gov-uk-government-news-japan-uk.txt', 'www-mofa-go-jp-na-na1-us-page3e-000650.txt', 'www-state-gov-japan-canada.txt'])
    // The same statements from the archived page as from the readout's text.
    const statements = tableRows(join(output, 'csv', 'statements.csv'))
    const of = (id: string) => statements.filter((s) => s.document_id === id).map((s) => `${s.actor_kind} ${s.verb} ${s.content.replace(/\s+/g, ' ')}`)
    expect(of('www-mofa-go-jp-na-na1-us-page3e-000650')).toEqual(of('seed'))
    for (const s of statements) {
      const text = Array.from(readFileSync(s.document_id === 'seed' ? join(input, 'seed.txt') : join(output, 'text', `${s.document_id}.txt`), 'utf8'))
      expect(text.slice(Number(s.start), Number(s.end)).join('')).toBe(s.content)
    }
    const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')) as {files: {source: string; status: string; messages: {severity: string; rule: string}[]}[]}
    expect(report.files.find((f) => f.source === 'crawl.warc.gz')).toMatchObject({status: 'archive', messages: [{severity: 'info', rule: 'duplicate-url'}, {severity: 'info', rule: 'warc-skipped'}]})
  })

  it('should export the pages before the cut of a truncated archive, and keep the latest capture across archives', async () => {
    const input = join(work, 'two')
    mkdirSync(input)
    const whole = await archive(join(input, 'a.warc.gz'), crawl.slice(0, 4))
    writeFileSync(join(input, 'a.warc.gz'), whole)
    const later = {...crawl[2], date: '2024-01-01T00:00:00Z'}
    const bytes = await archive(join(input, 'b.warc.gz'), [later, crawl[11]])
    writeFileSync(join(input, 'b.warc.gz'), bytes.subarray(0, bytes.length - 100))
    const output = join(work, 'two-out')
    const result = await exportFolder({input, output, workers: 0})
    expect(result.written).toBe(true)
    const documents = tableRows(join(output, 'csv', 'documents.csv'))
    expect(documents.map((d) => [d.document_id, d.archive, d.captured])).toEqual([['www-mofa-go-jp-na-na1-us-page3e-000650', 'b.warc.gz', '2024-01-01T00:00:00Z']])
    const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')) as {files: {source: string; status: string; messages: {severity: string; rule: string; reason: string}[]}[]}
    expect(report.files.map((f) => [f.source, f.status, f.messages.map((m) => `${m.severity} ${m.rule}`)])).toEqual([
      ['a.warc.gz', 'archive', ['info warc-skipped']],
      ['a.warc.gz#https://www.mofa.go.jp/na/na1/us/page3e_000650.html', 'duplicate', ['info duplicate-url']],
      ['b.warc.gz', 'archive', ['warning warc-truncated']],
      ['b.warc.gz#https://www.mofa.go.jp/na/na1/us/page3e_000650.html', 'exported', []]
    ])
    expect(report.files[2].messages[0].reason).toMatch(/^Unexpected end of b\.warc\.gz after record 1 \(byte \d+ of \d+\): the archive is cut or corrupt in record 2; the 1 page\(s\) before it are exported$/)
  })

  it('should leave the previous export as it was when an archive is unreadable', async () => {
    const input = join(work, 'unreadable')
    mkdirSync(input)
    writeFileSync(join(input, 'seed.txt'), readFileSync('tests/fixtures/html/ministry/readout.txt'))
    const output = join(work, 'unreadable-out')
    expect((await exportFolder({input, output, workers: 0})).written).toBe(true)
    const before = readFileSync(join(output, 'csv', 'documents.csv'), 'utf8')
    writeFileSync(join(input, 'broken.warc.gz'), Buffer.from('this is not a web archive\n'))
    const result = await exportFolder({input, output, workers: 0})
    expect(result.written).toBe(false)
    expect(result.refused).toEqual([{source: 'broken.warc.gz', reason: 'Unexpected content in broken.warc.gz, expected a WARC file (plain or gzip): no record could be read (no WARC record there)'}])
    expect(readFileSync(join(output, 'csv', 'documents.csv'), 'utf8')).toBe(before)
  })
})
