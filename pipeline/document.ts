/**
 * One document's work, as plain data that crosses worker threads and is
 * kept in the cache: the stages from bytes to validated records, and the
 * rendering of the records into the document's share of every output
 * (CSV rows, its JSON-LD graph, its Markdown page).
 */
import './jit.js'
import {parse} from './parse.js'
import {extract} from './extract/index.js'
import {isRefused, refuse} from './messages.js'
import type {Origin} from './page.js'
import {read} from './read.js'
import {toRecords} from './records.js'
import {renamablePeople, renameRecords} from './merge.js'
import type {DocumentName, DocumentRecord, DocumentRecords, EntityRecord, MeetingRecord, ParticipantRecord, TableName} from './types.js'
import {validate} from './validate.js'
import {datasetGraphPart, documentGraph} from './write/jsonld.js'
import {documentPage} from './write/markdown.js'
import {csvRows} from './write/csv.js'
import {documentTables} from './write/shares.js'
import {VFile} from 'vfile'
import {noTimings, timed, type Timings} from './clock.js'
import './data.js'

/** A message as plain data (what vfile-reporter needs to print it again). */
export interface PlainMessage {
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  ruleId: string | null
  source: string | null
  /** `true`: an error; `false`: a warning; `null`: information. */
  fatal: boolean | null
}

/** What the dataset needs of a document besides its rendered outputs: small, kept for every document. */
export interface Summary {
  source: string
  documentId: string
  sha256: string
  messages: PlainMessage[]
  refused: boolean
  /** What the dataset's card, package and event pages name it by (null when refused): its row of the documents table travels with its other rows. */
  document: DocumentName | null
  /** Its meetings' dates (for the dates the dataset covers). */
  dates: (string | null)[]
  entities: EntityRecord[]
  /** Its meetings (written with the dataset: their events are across documents) and their principals, for linking. */
  meetings: MeetingRecord[]
  principals: Pick<ParticipantRecord, 'meeting_id' | 'person_id' | 'family_name' | 'country' | 'title'>[]
}

/**
 * A document's outputs as one buffer (what a worker transfers to the main
 * thread and the cache keeps): its share of each of `shareFiles`, then the
 * text read of a web page (empty for plain text), then its JSON-LD graph,
 * then its Markdown page, as UTF-8, one after the other. What an export
 * needs of a document whose graph and page it links from the last output
 * (its shares and text) comes first: the cache reads that alone.
 */
export interface Rendered {
  bytes: Uint8Array
  /** Byte length of each part, in that order (`shareFiles.length + 3` parts). */
  lengths: number[]
  /** Rows per table, for the dataset's counts. */
  rows: Record<string, number>
}

export type {Timings} from './clock.js'

/** A processed document: its summary, its outputs (null when refused), the time each stage took. */
export interface Processed {
  summary: Summary
  rendered: Rendered | null
  timings: Timings
  /** Its records as extracted (before any rename), when asked for (what an event's page reads of a readout), and when a rename may touch its people (see `Kept`). */
  records?: DocumentRecords | null
  /** The text its records index, with its records when a rename may touch its people. */
  text?: string
}

/**
 * What it takes to render a document again with its people renamed, as
 * `renderAgain` does: its summary, its records as extracted and the text
 * they index. A worker answers with them for each document a rename may
 * touch (see `renamablePeople`), so that the end of the export renders it
 * again instead of running every stage on it again.
 */
export interface Kept {
  summary: Summary
  records: DocumentRecords
  text: string
}

const stages = [
  ['parse', parse],
  ['extract', extract],
  ['records', toRecords],
  ['validate', validate]
] as const

/** Run every stage on one file's bytes (as `documentId`, default: its own, see `read`); an exception becomes a fatal message on the file. Adds each stage's milliseconds to `timings`. */
export function processDocument(bytes: Uint8Array, source: string, cwd?: string, timings: Timings = noTimings(), origin?: Origin, documentId?: string): VFile {
  const file = timed(timings, 'read', () => read(bytes, source, cwd, origin, documentId))
  for (const [name, stage] of stages) {
    if (isRefused(file)) break
    timed(timings, name, () => {
      try {
        stage(file)
      } catch (error) {
        refuse(file, `Cannot process file: ${error instanceof Error ? error.message : String(error)}`, {ruleId: 'crash', source: 'readout', cause: error instanceof Error ? error : undefined})
      }
    })
  }
  return file
}

/**
 * Process one file and render it right away (in the same worker), with
 * `renames` applied to its people (none in the common case): plain data
 * for the main thread; with `withRecords`, its records too.
 */
export function processAndRender(bytes: Uint8Array, source: string, documentId: string, renames?: Map<string, string>, origin?: Origin, withRecords = false): Processed {
  const timings = noTimings()
  const file = processDocument(bytes, source, undefined, timings, origin, documentId)
  const records = isRefused(file) ? null : (file.data.records ?? null)
  const text = String(file.value)
  const rendered = timed(timings, 'render', () => (records ? encode(renderDocument(renames ? renameRecords(records, renames) : records, text)) : null))
  const summary = summaryOf(file, source, records)
  const renamable = records !== null && !renames && renamablePeople(summary.entities).length > 0
  return {summary, rendered, timings, ...(withRecords || renamable ? {records} : {}), ...(renamable ? {text} : {})}
}

/** A document rendered again from what was kept of it, with `renames` applied to its people: what `processAndRender` gives for its bytes and those renames. */
export function renderAgain({summary, records, text}: Kept, renames: Map<string, string>): Processed {
  const timings = noTimings()
  const rendered = timed(timings, 'render', () => encode(renderDocument(renameRecords(records, renames), text)))
  return {summary, rendered, timings}
}

/** A document whose bytes cannot be read (an archived page whose record changed since the archive was indexed): refused, with `reason`. */
export function unreadable(source: string, documentId: string, reason: string): Processed {
  const file = new VFile({path: source})
  file.data.source = {source, documentId, sha256: ''}
  refuse(file, reason, {place: {line: 1, column: 1}, ruleId: 'warc-truncated', source: 'readout:warc'})
  return {summary: summaryOf(file, source, null), rendered: null, timings: noTimings()}
}

/** Only the fields named: a document's lead alone (some 560 bytes) was a fifth of the 3 KB the main thread kept for each readout until the end. */
function nameOf({document_id, source, sha256, title, published, url}: DocumentRecord): DocumentName {
  return {document_id, source, sha256, title, published, url}
}

function summaryOf(file: VFile, source: string, records: DocumentRecords | null): Summary {
  const info = file.data.source!
  return {
    source,
    documentId: info.documentId,
    sha256: info.sha256,
    messages: file.messages.map((m) => ({
      reason: m.reason,
      line: m.line ?? null,
      column: m.column ?? null,
      endLine: m.place && 'end' in m.place ? m.place.end.line : null,
      endColumn: m.place && 'end' in m.place ? m.place.end.column : null,
      ruleId: m.ruleId ?? null,
      source: m.source ?? null,
      fatal: Boolean(m.fatal)
    })),
    refused: file.messages.some((m) => m.fatal) || !records,
    document: records ? nameOf(records.document) : null,
    dates: (records?.meetings ?? []).map((meeting) => meeting.date),
    entities: records?.entities ?? [],
    meetings: records?.meetings ?? [],
    principals: (records?.participants ?? []).map(({meeting_id, person_id, family_name, country, title}) => ({meeting_id, person_id, family_name, country, title}))
  }
}

/** A rendered document's parts, named. */
export interface RenderedParts {
  /** Its share of each of `shareFiles`. */
  shares: Uint8Array[]
  /** The text read of a web page (empty for plain text). */
  text: Uint8Array
  graph: Uint8Array
  page: Uint8Array
}

/** The parts of `rendered` (a part the bytes stop short of is empty: see `Cache.get`'s `leading`). */
export function partsOf({bytes, lengths}: Rendered): RenderedParts {
  let at = 0
  const parts = lengths.map((length) => bytes.subarray(Math.min(at, bytes.length), Math.min((at += length), bytes.length)))
  const shares = parts.length - 3
  return {shares: parts.slice(0, shares), text: parts[shares], graph: parts[shares + 1], page: parts[shares + 2]}
}

/** Byte length of a rendered document's leading parts, its shares and text: all an export reads of a document whose graph and page it links. */
export function leadingLength(lengths: number[]): number {
  return lengths.slice(0, -2).reduce((a, b) => a + b, 0)
}

/** A rendered document as one buffer with the lengths of its parts. */
function encode(rendered: RenderedDocument): Rendered {
  const parts = [...rendered.shares, rendered.text ?? '', rendered.jsonld, rendered.markdown]
  const lengths = parts.map((part) => Buffer.byteLength(part))
  // Its own ArrayBuffer (not a slice of Node's shared pool), so that it can be transferred; each part encoded straight into it.
  const bytes = Buffer.from(new ArrayBuffer(lengths.reduce((a, b) => a + b, 0)))
  let at = 0
  parts.forEach((part, n) => (at += bytes.write(part, at, lengths[n], 'utf8')))
  return {bytes: new Uint8Array(bytes.buffer), lengths, rows: rendered.rows}
}

export interface RenderedDocument {
  /** The document's share of each of `shareFiles`. */
  shares: string[]
  /** Rows per table, for the dataset's counts. */
  rows: Record<string, number>
  jsonld: string
  markdown: string
  /** The text read of a web page, published as `text/<document_id>.txt` (null for plain text: the input is that text). */
  text: string | null
}

export function renderDocument(records: DocumentRecords, text: string): RenderedDocument {
  const tables: Record<TableName, object[]> = {
    documents: [records.document],
    sections: records.sections,
    meetings: records.meetings,
    events: [],
    participants: records.participants,
    entities: records.entities,
    mentions: records.mentions,
    statements: records.statements
  }
  const csv = documentTables.map((table) => csvRows(table, tables[table]))
  return {
    shares: [...csv.map((share) => share.canonical), ...csv.map((share) => share.spreadsheet), datasetGraphPart(records)],
    rows: Object.fromEntries(documentTables.map((table) => [table, tables[table].length])),
    jsonld: documentGraph(records, text) + '\n',
    markdown: documentPage(records),
    text: records.document.media_type === 'text/plain' ? null : text
  }
}
