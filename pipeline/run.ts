/**
 * The pipeline, in the order data flows: read -> parse -> extract ->
 * records -> validate, per document; then the documents merged into tables
 * and written (CSV, Data Package, JSON-LD, Markdown), all or nothing.
 */
import {lstatSync, readdirSync, readFileSync, realpathSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {evaluationContent, type Evaluation} from './evaluate.js'
import {extract} from './extract/index.js'
import {mergeDocuments} from './merge.js'
import {parse} from './parse.js'
import {read} from './read.js'
import {toRecords} from './records.js'
import {tableNames, type DocumentRecords, type TableRows} from './types.js'
import {validate} from './validate.js'
import {version} from './version.js'
import {toCsv, csvFolders} from './write/csv.js'
import {dataPackage} from './write/datapackage.js'
import {datasetGraph, documentGraph} from './write/jsonld.js'
import {datasetCard, documentPage} from './write/markdown.js'
import {OutputFolder} from './write/output.js'
import {isRefused, refuse} from './messages.js'
import './data.js'

export interface ExportOptions {
  input: string
  output: string
  /** Export the good documents even when others fail (default: `false`). */
  keepGoing?: boolean
  /** Figures of `make evaluate` (its JSON) to publish in the dataset card (default: none). */
  evaluation?: string
}

export interface ExportResult {
  files: VFile[]
  /** Documents written to the output. */
  exported: number
  /** Files refused, with the first fatal reason. */
  refused: {source: string; reason: string}[]
  /** The output was (re)written. */
  written: boolean
}

/** Run every stage on one file's bytes; an exception becomes a fatal message on the file. */
export function processDocument(bytes: Uint8Array, source: string, cwd?: string): VFile {
  const file = read(bytes, source, cwd)
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

const sourceFiles = /\.(?:txt|text)$/i

/** The readout files of a folder, in a stable order; links and odd names get messages. */
export function listInputs(folder: string): {path: string; source: string; problem?: string; ruleId?: string}[] {
  const root = resolve(folder)
  const found: {path: string; source: string; problem?: string; ruleId?: string}[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      const source = relative(root, path).split(sep).join('/')
      const stat = lstatSync(path)
      if (stat.isSymbolicLink()) {
        if (sourceFiles.test(name)) found.push({path, source, problem: 'Unexpected symbolic link, expected a regular file; skipped (copy the file instead)', ruleId: 'symbolic-link'})
        continue
      }
      if (stat.isDirectory()) walk(path)
      else if (stat.isFile() && sourceFiles.test(name)) found.push({path, source})
    }
  }
  walk(root)
  return found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}

export function exportFolder(options: ExportOptions): ExportResult {
  const input = resolve(options.input)
  const output = resolve(options.output)
  const inputReal = realpathSync(input)
  if (inputReal === output || inputReal.startsWith(output + sep) || output === resolve('/')) {
    throw new UsageError(`The output folder ${options.output} would overwrite the input folder ${options.input}`)
  }

  const files: VFile[] = []
  const documents: DocumentRecords[] = []
  const texts = new Map<string, string>()
  const bySha = new Map<string, string>()
  const byId = new Map<string, string>()
  for (const entry of listInputs(input)) {
    if (entry.problem) {
      const file = read(new Uint8Array(), entry.source, input)
      file.messages.length = 0
      file.message(entry.problem, {place: {line: 1, column: 1}, ruleId: entry.ruleId, source: 'readout:read'})
      files.push(file)
      continue
    }
    const file = processDocument(readFileSync(entry.path), entry.source, input)
    files.push(file)
    const info = file.data.source!
    const records = file.data.records
    if (isRefused(file) || !records) continue
    const twin = bySha.get(info.sha256)
    if (twin) {
      file.message(`Unexpected copy of ${twin} (same sha256), expected each readout once; exported once`, {place: {line: 1, column: 1}, ruleId: 'duplicate-document', source: 'readout:read'})
      continue
    }
    const clash = byId.get(info.documentId)
    if (clash) {
      refuse(file, `Unexpected document id ${info.documentId}, already given by ${clash}; rename one of the two files`, {place: {line: 1, column: 1}, ruleId: 'document-id-clash', source: 'readout:read'})
      continue
    }
    bySha.set(info.sha256, info.source)
    byId.set(info.documentId, info.source)
    documents.push(records)
    texts.set(info.documentId, String(file.value))
  }

  const refused = files
    .filter((f) => f.messages.some((m) => m.fatal))
    .map((f) => ({source: f.data.source?.source ?? f.path, reason: f.messages.find((m) => m.fatal)!.reason}))
  if (refused.length && !options.keepGoing) return {files, exported: 0, refused, written: false}

  const rows = mergeDocuments(documents)
  const folder = new OutputFolder(output)
  try {
    writeDataset(folder, rows, texts, refused, files, options.evaluation ? evaluationContent(JSON.parse(readFileSync(options.evaluation, 'utf8')) as Evaluation) : undefined)
    folder.commit()
  } catch (error) {
    folder.abandon()
    throw error
  }
  return {files, exported: rows.documents.length, refused, written: true}
}

export class UsageError extends Error {}

function writeDataset(folder: OutputFolder, rows: TableRows, texts: Map<string, string>, refused: ExportResult['refused'], files: VFile[], evaluation?: RootContent[]) {
  for (const table of tableNames) {
    folder.write(`${csvFolders.canonical}/${table}.csv`, toCsv(table, rows[table], 'canonical'))
    folder.write(`${csvFolders.spreadsheet}/${table}.csv`, toCsv(table, rows[table], 'spreadsheet'))
  }
  folder.write('datapackage.json', JSON.stringify(dataPackage(rows, version), null, 2) + '\n')
  for (const doc of rows.documents) {
    folder.write(`jsonld/${doc.document_id}.jsonld`, JSON.stringify(documentGraph(rows, doc.document_id, texts.get(doc.document_id)!), null, 2) + '\n')
    folder.write(`markdown/${doc.document_id}.md`, documentPage(rows, doc.document_id))
  }
  folder.write('jsonld/dataset.jsonld', JSON.stringify(datasetGraph(rows, version), null, 2) + '\n')
  folder.write('README.md', datasetCard(rows, {version, refused, evaluation}))
  folder.write('report.json', JSON.stringify(report(files), null, 2) + '\n')
}

/** Every message of every file, in order: what a user needs to check the export. */
function report(files: VFile[]) {
  return {
    files: files.map((file) => ({
      source: file.data.source?.source ?? file.path,
      document_id: file.data.source?.documentId ?? null,
      status: isRefused(file) ? 'refused' : file.messages.some((m) => m.ruleId === 'duplicate-document') ? 'duplicate' : 'exported',
      messages: file.messages.map((m) => ({
        line: m.line ?? null,
        column: m.column ?? null,
        severity: m.fatal ? 'error' : 'warning',
        rule: m.ruleId ?? null,
        reason: m.reason
      }))
    }))
  }
}
