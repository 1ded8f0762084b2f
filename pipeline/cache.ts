/**
 * The cache that makes re-exports incremental. Per input file, keyed by the
 * hash of its bytes, its path and the pipeline's version: a summary (what
 * the dataset needs from it: messages, its document, its meetings' dates
 * and entities), its full records when a rename might touch them, and its
 * rendered outputs (keyed also by the renames that applied to it): its
 * JSON-LD graph, its Markdown page and its share of every table, as bytes.
 * A changed file or a new pipeline version misses; everything else is read
 * back instead of computed again.
 *
 * Entries are written where the work is done (in the worker threads), so
 * the main thread only moves bytes: table shares are appended to the
 * tables, pages and graphs hard-linked into the output.
 */
import {createHash} from 'node:crypto'
import {closeSync, copyFile, existsSync, link, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {type PlainMessage, type ProcessedDocument, type RenderedDocument} from './document.js'
import {renamablePeople} from './merge.js'
import type {ExportRecord} from './previous.js'
import {alive} from './write/output.js'
import type {DocumentRecord, DocumentRecords, EntityRecord} from './types.js'

/** Where a document's rendered tables are in its cache entry, and how many rows each holds. */
export interface TableShares {
  /** Byte offset of the first share in the entry file. */
  offset: number
  /** Byte length of each share, in `shareFiles` order. */
  lengths: number[]
  /** Rows per table, for the dataset's counts. */
  rows: Record<string, number>
}

/** A rendered document in the cache: its table shares and the file holding them, its JSON-LD and its Markdown. */
export interface RenderedFiles extends TableShares {
  entry: string
  jsonld: string
  markdown: string
  /** The text read of a web page (the same whatever the renames). */
  text: string
}

export interface Summary {
  source: string
  documentId: string
  sha256: string
  messages: PlainMessage[]
  refused: boolean
  document: DocumentRecord | null
  /** Its meetings' dates (for the dates the dataset covers). */
  dates: (string | null)[]
  entities: EntityRecord[]
  /** The table shares as rendered with no person renamed (null when refused). */
  shares: TableShares | null
}

/** The head of an entry file: its summary (for the rendering with no renames), shares, and the length of the records after them. */
interface EntryHead {
  summary: Summary | null
  lengths: number[]
  rows: Record<string, number>
  /** Bytes of the records' JSON after the table shares (0: not kept). */
  records: number
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex')

/** The tag of a rendering: which renames applied. */
export const renderTag = (renames: [string, string][]) => hash(JSON.stringify(renames)).slice(0, 16)

export const noRenames = renderTag([])

/** Digits of the head's length at the start of an entry file. */
const headDigits = 10

/**
 * The entries of one cache folder, read and written from any thread: the
 * worker that processed a document stores it. Per document and rendering,
 * three files: the entry (a head in JSON, the table shares as bytes, the
 * records where kept), the JSON-LD and the Markdown (separate, to be
 * hard-linked into the output).
 */
export class CacheEntries {
  private readonly made = new Set<string>()

  /** `atomic`: write each file aside and rename it into place (a kept cache; a private temporary one need not). */
  constructor(
    readonly root: string,
    readonly atomic = true
  ) {}

  private path(key: string, suffix: string): string {
    return join(this.root, key.slice(0, 2), `${key}.${suffix}`)
  }

  /** Write a file from its parts, as UTF-8. */
  protected store(path: string, parts: string[]) {
    const folder = dirname(path)
    if (!this.made.has(folder)) {
      mkdirSync(folder, {recursive: true})
      this.made.add(folder)
    }
    // Kept: a new file renamed into place, never one rewritten in place (earlier outputs may hard-link the old one).
    const partial = this.atomic ? `${path}.${process.pid}-${threadTag}.partial` : path
    const fd = openSync(partial, 'w')
    try {
      for (const part of parts) writeSync(fd, part)
    } finally {
      closeSync(fd)
    }
    if (this.atomic) renameSync(partial, path)
  }

  /** The head of an entry file and where its table shares start, or null when it is missing or broken. */
  private head(path: string): {head: EntryHead; offset: number} | null {
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch {
      return null
    }
    try {
      const digits = Buffer.allocUnsafe(headDigits)
      if (readSync(fd, digits, 0, headDigits, 0) !== headDigits) return null
      const length = Number(digits.toString('latin1'))
      const bytes = Buffer.allocUnsafe(length)
      if (!Number.isInteger(length) || readSync(fd, bytes, 0, length, headDigits) !== length) return null
      return {head: JSON.parse(bytes.toString('utf8')) as EntryHead, offset: headDigits + length}
    } catch {
      return null
    } finally {
      closeSync(fd)
    }
  }

  /** An entry file: its head's length, its head, then the shares and the records (if kept). Returns where the shares start. */
  private writeEntry(path: string, head: EntryHead, shares: string[], records: string | null): number {
    const json = JSON.stringify(head)
    const length = Buffer.byteLength(json)
    this.store(path, [String(length).padStart(headDigits, '0'), json, ...shares, ...(records === null ? [] : [records])])
    return headDigits + length
  }

  /** The folder's files as listed by `list()`, or null: each file is then looked up on its own. */
  private listed: Set<string> | null = null

  /**
   * List the folder's files once (a few hundred directory reads), so that
   * `has` and `summary` need no call to the file system to know which
   * files are there. Files stored after the listing are not in it: list
   * before a run, look up only what was there before it.
   */
  list(): void {
    const listed = new Set<string>()
    if (existsSync(this.root)) {
      for (const folder of readdirSync(this.root)) {
        if (folder.length !== 2) continue
        for (const name of readdirSync(join(this.root, folder))) listed.add(name)
      }
    }
    this.listed = listed
  }

  private exists(key: string, suffix: string): boolean {
    return this.listed ? this.listed.has(`${key}.${suffix}`) : existsSync(this.path(key, suffix))
  }

  /** An entry was stored for `key` (it may still turn out broken: see `summary`). */
  has(key: string): boolean {
    return this.exists(key, 'entry')
  }

  /** A document stored earlier, if every file of it is there (else it is processed again). */
  summary(key: string): Summary | null {
    if (!this.has(key)) return null
    const found = this.head(this.path(key, 'entry'))
    const summary = found?.head.summary
    if (!found || !summary) return null
    const {head, offset} = found
    if (head.lengths.length && !(this.exists(key, `${noRenames}.jsonld`) && this.exists(key, `${noRenames}.md`))) return null
    if (summary.document && summary.document.media_type !== 'text/plain' && !this.exists(key, 'txt')) return null
    return {...summary, shares: head.lengths.length ? {offset, lengths: head.lengths, rows: head.rows} : null}
  }

  /**
   * Keep what later passes and runs need: the summary, the outputs rendered
   * without renames, and the full records only where a person known by
   * family name alone might be renamed (the only reason to render again).
   */
  saveProcessed(key: string, processed: ProcessedDocument): Summary {
    const r = processed.records
    const entities = r?.entities ?? []
    const summary: Summary = {
      source: processed.source,
      documentId: processed.documentId,
      sha256: processed.sha256,
      messages: processed.messages,
      refused: processed.messages.some((m) => m.fatal) || !r,
      document: r?.document ?? null,
      dates: (r?.meetings ?? []).map((meeting) => meeting.date),
      entities,
      shares: null
    }
    const records = r && renamablePeople(entities).length ? JSON.stringify({text: processed.text, records: r}) : null
    const rendered = processed.rendered
    if (!rendered) {
      this.writeEntry(this.path(key, 'entry'), {summary, lengths: [], rows: {}, records: 0}, [], null)
      return summary
    }
    this.store(this.path(key, `${noRenames}.jsonld`), [rendered.jsonld])
    this.store(this.path(key, `${noRenames}.md`), [rendered.markdown])
    if (rendered.text !== null) this.store(this.path(key, 'txt'), [rendered.text])
    const lengths = rendered.shares.map((share) => Buffer.byteLength(share))
    const offset = this.writeEntry(this.path(key, 'entry'), {summary, lengths, rows: rendered.rows, records: records === null ? 0 : Buffer.byteLength(records)}, rendered.shares, records)
    summary.shares = {offset, lengths, rows: rendered.rows}
    return summary
  }

  records(key: string): {text: string; records: DocumentRecords} | null {
    const path = this.path(key, 'entry')
    const found = this.head(path)
    if (!found?.head.records) return null
    const at = found.offset + found.head.lengths.reduce((a, b) => a + b, 0)
    return JSON.parse(readRange(path, at, found.head.records).toString('utf8')) as {text: string; records: DocumentRecords}
  }

  /** The files of a rendering with tag `tag`, given its table shares. */
  files(key: string, tag: string, shares: TableShares): RenderedFiles {
    return {...shares, entry: this.path(key, tag === noRenames ? 'entry' : `${tag}.entry`), jsonld: this.path(key, `${tag}.jsonld`), markdown: this.path(key, `${tag}.md`), text: this.path(key, 'txt')}
  }

  /** A rendering with renames stored earlier, if every file of it is there. */
  rendered(key: string, tag: string): RenderedFiles | null {
    const found = this.head(this.path(key, `${tag}.entry`))
    if (!found) return null
    const files = this.files(key, tag, {offset: found.offset, lengths: found.head.lengths, rows: found.head.rows})
    return existsSync(files.jsonld) && existsSync(files.markdown) ? files : null
  }

  /** Store a rendering with renames (tag other than `noRenames`). */
  saveRendered(key: string, tag: string, rendered: RenderedDocument): RenderedFiles {
    this.store(this.path(key, `${tag}.jsonld`), [rendered.jsonld])
    this.store(this.path(key, `${tag}.md`), [rendered.markdown])
    const lengths = rendered.shares.map((share) => Buffer.byteLength(share))
    const offset = this.writeEntry(this.path(key, `${tag}.entry`), {summary: null, lengths, rows: rendered.rows, records: 0}, rendered.shares, null)
    return this.files(key, tag, {offset, lengths, rows: rendered.rows})
  }
}

/** `length` bytes of a file from `position`. */
export function readRange(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const bytes = Buffer.allocUnsafe(length)
    if (readSync(fd, bytes, 0, length, position) !== length) throw new Error(`${path} is shorter than expected`)
    return bytes
  } finally {
    closeSync(fd)
  }
}

let threadTag = 0
/** Partial files are named per thread too (workers share the process id). */
export function setThreadTag(tag: number): void {
  threadTag = tag
}

/**
 * The cache of a run. With a `folder`, entries are kept between runs (other
 * pipeline versions' entries are removed); with `null`, they wait in a
 * temporary folder (not memory) between the two passes and go at `close()`.
 */
export class Cache extends CacheEntries {
  private readonly temporary: string | null

  constructor(folder: string | null, version: string) {
    const temporary = folder ? null : temporaryFolder()
    super(folder ? join(folder, version) : temporary!, !temporary)
    this.temporary = temporary
    if (folder && existsSync(folder)) {
      // Other versions' entries can never hit again.
      for (const entry of readdirSync(folder)) if (entry !== version) rmSync(join(folder, entry), {recursive: true, force: true})
    }
    if (!temporary) this.list()
  }

  /** Summaries are read back only from a kept cache. */
  override has(key: string): boolean {
    return !this.temporary && super.has(key)
  }

  close(): void {
    if (this.temporary) rmSync(this.temporary, {recursive: true, force: true})
  }

  private exportPath(output: string): string {
    return join(this.root, 'exports', `${hash(output).slice(0, 16)}.json`)
  }

  /** What the last export to `output` from this cache wrote into its tables (none from a temporary cache). */
  previousExport(output: string): ExportRecord | null {
    if (this.temporary) return null
    try {
      return JSON.parse(readFileSync(this.exportPath(output), 'utf8')) as ExportRecord
    } catch {
      return null
    }
  }

  /** Keep what an export wrote into its tables, for the next export to the same folder. */
  saveExport(record: ExportRecord): void {
    if (this.temporary) return
    this.store(this.exportPath(record.output), [JSON.stringify(record)])
  }

  keyOf(source: string, sha256: string): string {
    return hash(source, sha256)
  }
}

/**
 * A private folder for a run's entries, named with the process id; those
 * of runs that were killed (their process is gone) are removed first.
 */
function temporaryFolder(): string {
  const prefix = 'readout-cache-'
  for (const entry of readdirSync(tmpdir())) {
    const pid = entry.startsWith(prefix) ? Number(entry.slice(prefix.length).split('-')[0]) : NaN
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), entry), {recursive: true, force: true})
  }
  return mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`))
}

/**
 * Puts cached files into the output: a hard link where the file system
 * allows it, else a copy. The links are made in libuv's thread pool, up to
 * `limit` under way, while the calling thread goes on (writing the
 * tables); `finish` waits for the last and throws the first failure.
 */
export class Placer {
  private pending = 0
  private failure: Error | null = null
  private wake: (() => void) | null = null

  constructor(private readonly limit = 256) {}

  /** Put `from` at `to`: returns at once, or when fewer than `limit` are under way. */
  async place(from: string, to: string): Promise<void> {
    while (this.pending >= this.limit) await this.settled()
    if (this.failure) throw this.failure
    this.pending++
    link(from, to, (error) => {
      if (!error) return this.done(null)
      copyFile(from, to, (failed) => this.done(failed && new Error(`Cannot put ${from} into the output at ${to}: ${failed.message}`, {cause: failed})))
    })
  }

  /** Every file placed; the first failure, if any, thrown. */
  async finish(): Promise<void> {
    while (this.pending) await this.settled()
    if (this.failure) throw this.failure
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve))
  }

  private done(error: Error | null) {
    this.pending--
    if (error) this.failure ??= error
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
