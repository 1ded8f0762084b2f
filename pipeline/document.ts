/**
 * One document's work, as plain data that crosses worker threads and is
 * kept in the cache: the stages from bytes to validated records, and the
 * rendering of the records into the document's share of every output
 * (CSV rows, its JSON-LD graph, its Markdown page).
 */
import {parse} from './parse.js'
import {extract} from './extract/index.js'
import {isRefused, refuse} from './messages.js'
import type {Origin} from './page.js'
import {read} from './read.js'
import {toRecords} from './records.js'
import type {DocumentRecords, TableName} from './types.js'
import {validate} from './validate.js'
import {datasetGraphOpening, datasetGraphPart, documentGraph} from './write/jsonld.js'
import {documentPage} from './write/markdown.js'
import {csvFolders, csvRows, toCsv} from './write/csv.js'
import type {VFile} from 'vfile'
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

export interface ProcessedDocument {
  source: string
  documentId: string
  sha256: string
  text: string
  messages: PlainMessage[]
  records: DocumentRecords | null
  /** The outputs as they are when no person of the document is renamed (the common case). */
  rendered: RenderedDocument | null
}

/** Run every stage on one file's bytes; an exception becomes a fatal message on the file. */
export function processDocument(bytes: Uint8Array, source: string, cwd?: string, origin?: Origin): VFile {
  const file = read(bytes, source, cwd, origin)
  for (const stage of [parse, extract, toRecords, validate]) {
    if (isRefused(file)) break
    try {
      stage(file)
    } catch (error) {
      refuse(file, `Cannot process file: ${error instanceof Error ? error.message : String(error)}`, {ruleId: 'crash', source: 'readout', cause: error instanceof Error ? error : undefined})
    }
  }
  return file
}

/**
 * Process one file and render it right away (in the same worker) as if no
 * person were renamed, the common case: plain data for the main thread.
 */
export function processAndRender(bytes: Uint8Array, source: string, origin?: Origin): ProcessedDocument {
  const file = processDocument(bytes, source, undefined, origin)
  const info = file.data.source!
  const text = String(file.value)
  const records = isRefused(file) ? null : (file.data.records ?? null)
  return {
    source,
    documentId: info.documentId,
    sha256: info.sha256,
    text,
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
    records,
    rendered: records ? renderDocument(records, text) : null
  }
}

/** The tables a document contributes rows to (entities are merged for the dataset). */
export const documentTables: TableName[] = ['documents', 'sections', 'meetings', 'participants', 'mentions', 'statements']

export const datasetGraphPath = 'jsonld/dataset.jsonld'

/**
 * The files of the dataset a document contributes a share to, in order,
 * with what they start with: each table in both CSV flavours (its header),
 * and the dataset's JSON-LD graph (its opening; `run.ts` closes it).
 */
export const shareFiles: {path: string; header: () => string}[] = [
  ...documentTables.map((table) => ({path: `${csvFolders.canonical}/${table}.csv`, header: () => toCsv(table, [], 'canonical')})),
  ...documentTables.map((table) => ({path: `${csvFolders.spreadsheet}/${table}.csv`, header: () => toCsv(table, [], 'spreadsheet')})),
  {path: datasetGraphPath, header: datasetGraphOpening}
]

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
    participants: records.participants,
    entities: records.entities,
    mentions: records.mentions,
    statements: records.statements
  }
  const csv = documentTables.map((table) => csvRows(table, tables[table]))
  return {
    shares: [...csv.map((share) => share.canonical), ...csv.map((share) => share.spreadsheet), datasetGraphPart(records)],
    rows: Object.fromEntries(documentTables.map((table) => [table, tables[table].length])),
    jsonld: JSON.stringify(documentGraph(records, text)) + '\n',
    markdown: documentPage(records),
    text: records.document.media_type === 'text/plain' ? null : text
  }
}
