/**
 * The cache that makes re-exports incremental. Per input file, keyed by the
 * hash of its bytes, its path and the pipeline's version: a summary (what
 * the dataset needs from it: messages, its document, meetings, participants
 * and entities), its full records, and its rendered outputs (keyed also by
 * the renames that applied to it). A changed file or a new pipeline version
 * misses; everything else is read back instead of computed again.
 */
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import type {PlainMessage, ProcessedDocument, RenderedDocument} from './document.js'
import {renamablePeople} from './merge.js'
import type {DocumentRecord, DocumentRecords, EntityRecord, MeetingRecord, ParticipantRecord} from './types.js'

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
}

export function summarise(processed: ProcessedDocument): Summary {
  const r = processed.records
  return {
    source: processed.source,
    documentId: processed.documentId,
    sha256: processed.sha256,
    messages: processed.messages,
    refused: processed.messages.some((m) => m.fatal) || !r,
    document: r?.document ?? null,
    meetings: r?.meetings ?? [],
    participants: r?.participants ?? [],
    entities: r?.entities ?? []
  }
}

/** A rendered document in the cache: its CSV rows and counts, and where its JSON-LD and Markdown files are. */
export type CachedRender = Pick<RenderedDocument, 'csv' | 'rows'> & {jsonld: string; markdown: string}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex')

export class Cache {
  private readonly root: string
  private readonly temporary: string | null

  /**
   * `folder` null: nothing is kept between runs; the records wait in a
   * temporary folder (not memory) between the two passes and go at `close()`.
   */
  constructor(folder: string | null, version: string) {
    this.temporary = folder ? null : mkdtempSync(join(tmpdir(), 'readout-cache-'))
    this.root = folder ? join(folder, version) : this.temporary!
    if (folder && existsSync(folder)) {
      // Other versions' entries can never hit again.
      for (const entry of readdirSync(folder)) if (entry !== version) rmSync(join(folder, entry), {recursive: true, force: true})
    }
  }

  /** Summaries are read back only from a kept cache. */
  get keeps(): boolean {
    return this.temporary === null
  }

  close(): void {
    if (this.temporary) rmSync(this.temporary, {recursive: true, force: true})
  }

  keyOf(source: string, sha256: string): string {
    return hash(source, sha256)
  }

  private path(key: string, suffix: string): string {
    return join(this.root, key.slice(0, 2), `${key}.${suffix}`)
  }

  private store(path: string, content: string) {
    mkdirSync(dirname(path), {recursive: true})
    const partial = `${path}.${process.pid}.partial`
    writeFileSync(partial, content)
    renameSync(partial, path)
  }

  summary(key: string): Summary | null {
    if (!this.keeps) return null
    try {
      return JSON.parse(readFileSync(this.path(key, 'summary.json'), 'utf8')) as Summary
    } catch {
      return null
    }
  }

  /**
   * Keep what later passes and runs need: the summary, the outputs rendered
   * without renames, and the full records only where a person known by
   * family name alone might be renamed (the only reason to render again).
   */
  saveProcessed(key: string, processed: ProcessedDocument): Summary {
    const summary = summarise(processed)
    if (processed.records && renamablePeople(summary.entities).length) {
      this.store(this.path(key, 'records.json'), JSON.stringify({text: processed.text, records: processed.records}))
    }
    if (processed.rendered) this.saveRendered(key, '[]', processed.rendered)
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

  /** The rendered outputs for this document with these renames: CSV rows and their counts, and the paths of its JSON-LD and Markdown files. */
  rendered(key: string, renames: string): CachedRender | null {
    const tag = hash(renames).slice(0, 16)
    const jsonld = this.path(key, `${tag}.jsonld`)
    const markdown = this.path(key, `${tag}.md`)
    try {
      const {csv, rows} = JSON.parse(readFileSync(this.path(key, `${tag}.csv.json`), 'utf8')) as Pick<RenderedDocument, 'csv' | 'rows'>
      if (!existsSync(jsonld) || !existsSync(markdown)) return null
      return {csv, rows, jsonld, markdown}
    } catch {
      return null
    }
  }

  saveRendered(key: string, renames: string, rendered: RenderedDocument): CachedRender {
    const tag = hash(renames).slice(0, 16)
    const jsonld = this.path(key, `${tag}.jsonld`)
    const markdown = this.path(key, `${tag}.md`)
    this.store(jsonld, rendered.jsonld)
    this.store(markdown, rendered.markdown)
    this.store(this.path(key, `${tag}.csv.json`), JSON.stringify({csv: rendered.csv, rows: rendered.rows}))
    return {csv: rendered.csv, rows: rendered.rows, jsonld, markdown}
  }
}

/** Put a cached file into the output: a hard link where the file system allows it, else a copy. */
export function place(from: string, to: string): void {
  mkdirSync(dirname(to), {recursive: true})
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}
