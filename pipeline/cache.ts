/**
 * The cache that makes re-exports incremental. Per input file, keyed by the
 * hash of its bytes, its path and the pipeline's version: a summary (what
 * the dataset needs from it: messages, its document, meetings, participants
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
import {copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {documentTables, type PlainMessage, type ProcessedDocument, type RenderedDocument} from './document.js'
import {renamablePeople} from './merge.js'
import type {DocumentRecord, DocumentRecords, EntityRecord, MeetingRecord, ParticipantRecord} from './types.js'

/** Where a document's rendered tables are in its table file, and how many rows each holds. */
export interface TableShares {
  /** Byte length of each share, in `documentTables` order, canonical then spreadsheet flavour. */
  lengths: number[]
  /** Rows per table, for the dataset's counts. */
  rows: Record<string, number>
}

/** A rendered document in the cache: its table shares and the files holding them, its JSON-LD and its Markdown. */
export interface RenderedFiles extends TableShares {
  tables: string
  jsonld: string
  markdown: string
}

export interface Summary {
  source: string
  documentId: string
  sha256: string
  messages: PlainMessage[]
  refused: boolean
  document: DocumentRecord | null
  meetings: MeetingRecord[]
  participants: ParticipantRecord[]
  entities: EntityRecord[]
  /** The table shares as rendered with no person renamed (null when refused). */
  shares: TableShares | null
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex')

/** The tag of a rendering: which renames applied. */
export const renderTag = (renames: [string, string][]) => hash(JSON.stringify(renames)).slice(0, 16)

export const noRenames = renderTag([])

/** The table shares of a rendering, as one buffer and the byte length of each share. */
function tableBytes(rendered: RenderedDocument): {bytes: Buffer; shares: TableShares} {
  const parts: Buffer[] = []
  for (const table of documentTables) parts.push(Buffer.from(rendered.csv[table][0]))
  for (const table of documentTables) parts.push(Buffer.from(rendered.csv[table][1]))
  return {bytes: Buffer.concat(parts), shares: {lengths: parts.map((p) => p.length), rows: rendered.rows}}
}

/**
 * The entries of one cache folder, read and written from any thread: the
 * worker that processed a document stores it.
 */
export class CacheEntries {
  private readonly made = new Set<string>()

  constructor(readonly root: string) {}

  private path(key: string, suffix: string): string {
    return join(this.root, key.slice(0, 2), `${key}.${suffix}`)
  }

  private store(path: string, content: string | Buffer) {
    const folder = dirname(path)
    if (!this.made.has(folder)) {
      mkdirSync(folder, {recursive: true})
      this.made.add(folder)
    }
    const partial = `${path}.${process.pid}-${threadTag}.partial`
    writeFileSync(partial, content)
    renameSync(partial, path)
  }

  summary(key: string): Summary | null {
    try {
      return JSON.parse(readFileSync(this.path(key, 'summary.json'), 'utf8')) as Summary
    } catch {
      return null
    }
  }

  /**
   * Keep what later passes and runs need: the outputs rendered without
   * renames, the summary, and the full records only where a person known
   * by family name alone might be renamed (the only reason to render again).
   */
  saveProcessed(key: string, processed: ProcessedDocument): Summary {
    const r = processed.records
    const entities = r?.entities ?? []
    if (r && renamablePeople(entities).length) this.store(this.path(key, 'records.json'), JSON.stringify({text: processed.text, records: r}))
    const shares = processed.rendered ? this.saveRendered(key, noRenames, processed.rendered) : null
    const summary: Summary = {
      source: processed.source,
      documentId: processed.documentId,
      sha256: processed.sha256,
      messages: processed.messages,
      refused: processed.messages.some((m) => m.fatal) || !r,
      document: r?.document ?? null,
      meetings: r?.meetings ?? [],
      participants: r?.participants ?? [],
      entities,
      shares: shares && {lengths: shares.lengths, rows: shares.rows}
    }
    this.store(this.path(key, 'summary.json'), JSON.stringify(summary))
    return summary
  }

  records(key: string): {text: string; records: DocumentRecords} | null {
    try {
      return JSON.parse(readFileSync(this.path(key, 'records.json'), 'utf8')) as {text: string; records: DocumentRecords}
    } catch {
      return null
    }
  }

  /** The files of a rendering with tag `tag`, given its table shares. */
  files(key: string, tag: string, shares: TableShares): RenderedFiles {
    return {...shares, tables: this.path(key, `${tag}.csv`), jsonld: this.path(key, `${tag}.jsonld`), markdown: this.path(key, `${tag}.md`)}
  }

  /** A rendering stored earlier with these renames, if every file of it is there. */
  rendered(key: string, tag: string): RenderedFiles | null {
    try {
      const shares = JSON.parse(readFileSync(this.path(key, `${tag}.shares.json`), 'utf8')) as TableShares
      const files = this.files(key, tag, shares)
      return existsSync(files.tables) && existsSync(files.jsonld) && existsSync(files.markdown) ? files : null
    } catch {
      return null
    }
  }

  saveRendered(key: string, tag: string, rendered: RenderedDocument): RenderedFiles {
    const {bytes, shares} = tableBytes(rendered)
    const files = this.files(key, tag, shares)
    this.store(files.jsonld, rendered.jsonld)
    this.store(files.markdown, rendered.markdown)
    this.store(files.tables, bytes)
    this.store(this.path(key, `${tag}.shares.json`), JSON.stringify(shares))
    return files
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
    const temporary = folder ? null : mkdtempSync(join(tmpdir(), 'readout-cache-'))
    super(folder ? join(folder, version) : temporary!)
    this.temporary = temporary
    if (folder && existsSync(folder)) {
      // Other versions' entries can never hit again.
      for (const entry of readdirSync(folder)) if (entry !== version) rmSync(join(folder, entry), {recursive: true, force: true})
    }
  }

  /** Summaries are read back only from a kept cache. */
  override summary(key: string): Summary | null {
    return this.temporary ? null : super.summary(key)
  }

  close(): void {
    if (this.temporary) rmSync(this.temporary, {recursive: true, force: true})
  }

  keyOf(source: string, sha256: string): string {
    return hash(source, sha256)
  }
}

/** Put a cached file into the output: a hard link where the file system allows it, else a copy. */
export function place(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}
