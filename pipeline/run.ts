/**
 * The pipeline, in the order data flows. Per document (in worker threads,
 * or read back from the cache): read -> parse -> extract -> records ->
 * validate. Then the dataset: entities merged, and every document's share
 * of the outputs rendered and streamed into a staging folder in document
 * order (CSV tables, JSON-LD graphs, Markdown pages), with the tables of the
 * whole dataset, the Data Package, the card and the report; the staging
 * folder replaces the output only when complete.
 */
import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import {readdirSync, readFileSync, realpathSync} from 'node:fs'
import {copyFile} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'
import type {RootContent} from 'mdast'
import {VFile} from 'vfile'
import {Cache, noRenames, Placer, readRange, renderTag, type RenderedFiles, type Summary, type TableShares} from './cache.js'
import {datasetGraphPath, documentTables, shareFiles} from './document.js'
import {evaluationContent, type Evaluation} from './evaluate.js'
import {EntityPlan, renamablePeople} from './merge.js'
import {Pool} from './pool.js'
import {identityOf, intact, kept, type ExportRecord} from './previous.js'
import {documentIdOf, maxInputBytes, readBounded, tooLarge} from './read.js'
import {archiveFile} from './sources.js'
import {isArchiveName, readArchive, type ArchivedPage} from './warc.js'
import {tableNames, type DocumentRecord, type TableName} from './types.js'
import {fingerprint, version} from './version.js'
import {csvFolders, toCsv} from './write/csv.js'
import {dataPackage} from './write/datapackage.js'
import {datasetGraphClosing} from './write/jsonld.js'
import {datasetCard} from './write/markdown.js'
import {OutputFolder} from './write/output.js'
import './data.js'

export {processDocument} from './document.js'

export interface ExportOptions {
  input: string
  output: string
  /** Export the good documents even when others fail (default: `false`). */
  keepGoing?: boolean
  /** Figures of `make evaluate` (its JSON) to publish in the dataset card (default: none). */
  evaluation?: string
  /** Worker threads (default: the machine's available parallelism; 1 runs on the main thread). */
  workers?: number
  /** Folder of the incremental cache (default: none, everything computed afresh). */
  cache?: string | null
  /** Called as documents are done: phase, done, total. */
  progress?: (phase: 'extract' | 'write', done: number, total: number) => void
}

export interface ExportResult {
  files: VFile[]
  /** Documents written to the output. */
  exported: number
  /** Readouts read from the cache (the stages ran on the others). */
  fromCache: number
  /** Of the documents exported, those whose table rows were copied from the previous export to the same folder (see `previous.ts`). */
  copied: number
  /** Files refused, with the first fatal reason. */
  refused: {source: string; reason: string}[]
  /** The output was (re)written. */
  written: boolean
}

export class UsageError extends Error {}

/** Plain-text readouts, saved web pages, and web archives (see `sources.ts`). */
const sourceFiles = /\.(?:txt|text|html?|warc|warc\.gz)$/i

interface InputEntry {
  path: string
  source: string
  problem?: string
  ruleId?: string
}

/** The readout files of a folder, in a stable order; links get messages. */
export function listInputs(folder: string): InputEntry[] {
  const root = resolve(folder)
  const found: InputEntry[] = []
  const walk = (dir: string) => {
    // The entries' types come with the listing (no lstat per file).
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const name = entry.name
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      const source = relative(root, path).split(sep).join('/')
      if (entry.isSymbolicLink()) {
        if (sourceFiles.test(name)) found.push({path, source, problem: 'Unexpected symbolic link, expected a regular file; skipped (copy the file instead)', ruleId: 'symbolic-link'})
        continue
      }
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && sourceFiles.test(name)) found.push({path, source})
    }
  }
  walk(root)
  return found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}

/** A file's messages as a VFile again, for vfile-reporter and the report. */
function fileOf(source: string, input: string, messages: Summary['messages']): VFile {
  const file = new VFile({path: source, cwd: input})
  for (const m of messages) {
    const place = m.line === null ? undefined : m.endLine === null ? {line: m.line, column: m.column ?? 1} : {start: {line: m.line, column: m.column ?? 1}, end: {line: m.endLine, column: m.endColumn ?? 1}}
    const message = file.message(m.reason, {place, ruleId: m.ruleId ?? undefined, source: m.source ?? undefined})
    message.fatal = m.fatal
  }
  return file
}

const message = (reason: string, ruleId: string, fatal: boolean) => ({reason, line: 1, column: 1, endLine: null, endColumn: null, ruleId, source: 'readout:read', fatal})

export async function exportFolder(options: ExportOptions): Promise<ExportResult> {
  const input = resolve(options.input)
  const output = resolve(options.output)
  const inputReal = realpathSync(input)
  if (inputReal === output || inputReal.startsWith(output + sep) || output === resolve('/')) {
    throw new UsageError(`The output folder ${options.output} would overwrite the input folder ${options.input}`)
  }
  const cache = new Cache(options.cache ?? null, fingerprint)
  const pool = new Pool(options.workers ?? Math.min(availableParallelism(), 8), cache.root, cache.atomic)
  try {
    return await run(options, input, output, cache, pool)
  } finally {
    await pool.close()
    cache.close()
  }
}

/**
 * What the second pass needs of a document: kept for every document, so
 * only a few short fields (its records stay in the cache; its entities are
 * merged into the plan as they come).
 */
interface Document {
  key: string
  source: string
  documentId: string
  /** Its row of the documents table (null when refused). */
  document: DocumentRecord | null
  /** Its shares as rendered with no person renamed. */
  shares: TableShares | null
  /** Exported (not refused, not a duplicate). */
  exported: boolean
  /** Its people known by family name alone: the only ids a rename can touch. */
  renamable: string[]
  /** Its page and graph are in the staging folder already (placed in the first pass: no rename can touch them). */
  placed: boolean
}

async function run(options: ExportOptions, input: string, output: string, cache: Cache, pool: Pool): Promise<ExportResult> {
  // Every input, its hash and document id; duplicates and id clashes found up front.
  const entries = listInputs(input)
  const files = new Map<string, VFile>()
  const bySha = new Map<string, string>()
  const byId = new Map<string, string>()
  type Job = {entry: InputEntry; sha256: string; key: string; extra: Summary['messages']; duplicate: boolean; page?: ArchivedPage}
  const jobs: Job[] = []
  // Pages from web archives: their document ids, and the job of each URL.
  const documentIds = new Map<string, string>()
  const jobsByUrl = new Map<string, Job>()
  for (const entry of entries) {
    if (entry.problem) {
      files.set(entry.source, fileOf(entry.source, input, [message(entry.problem, entry.ruleId!, false)]))
      continue
    }
    // A web archive: its pages are documents of their own (see sources.ts).
    if (isArchiveName(entry.source)) {
      const reading = await readArchive(entry.path, entry.source, maxInputBytes)
      files.set(entry.source, archiveFile(entry.source, input, reading))
      for (const page of reading.pages) {
        const id = page.origin.documentId
        documentIds.set(page.source, id)
        // The same URL in another archive: the latest capture wins.
        const earlier = jobsByUrl.get(page.origin.url)
        if (earlier) {
          const [kept, dropped] = (earlier.page?.origin.captured ?? '') > (page.origin.captured ?? '') ? [earlier, null] : [null, earlier]
          const key = cache.keyOf(`${page.source}\u0000${page.origin.captured}`, page.sha256)
          const note = (other: string) => ({...message(`Unexpected second capture of ${page.origin.url}, expected each page once; the latest, from ${other}, is exported`, 'duplicate-url', false), fatal: null})
          if (kept) {
            jobs.push({entry: {path: entry.path, source: page.source}, sha256: page.sha256, key, extra: [note(kept.entry.source)], duplicate: true, page})
            continue
          }
          dropped!.duplicate = true
          dropped!.extra.push(note(page.source))
          byId.set(id, page.source)
          const job = {entry: {path: entry.path, source: page.source}, sha256: page.sha256, key, extra: [], duplicate: false, page}
          jobs.push(job)
          jobsByUrl.set(page.origin.url, job)
          continue
        }
        const clash = byId.get(id)
        const extra = clash ? [message(`Unexpected document id ${id}, already given by ${clash}; rename the file or remove the page from the archive`, 'document-id-clash', true)] : []
        if (!clash) byId.set(id, page.source)
        const job = {entry: {path: entry.path, source: page.source}, sha256: page.sha256, key: cache.keyOf(`${page.source}\u0000${page.origin.captured}`, page.sha256), extra, duplicate: false, page}
        jobs.push(job)
        jobsByUrl.set(page.origin.url, job)
      }
      continue
    }
    // Too large: refused without reading it whole.
    const {size, bytes} = readBounded(entry.path)
    if (size > maxInputBytes) {
      const {reason, line, column} = tooLarge(size, bytes)
      files.set(entry.source, fileOf(entry.source, input, [{...message(reason, 'too-large', true), line, column}]))
      continue
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const extra: Summary['messages'] = []
    const twin = bySha.get(sha256)
    if (twin) extra.push(message(`Unexpected copy of ${twin} (same sha256), expected each readout once; exported once`, 'duplicate-document', false))
    else bySha.set(sha256, entry.source)
    const id = documentIdOf(entry.source)
    const clash = id && !twin ? byId.get(id) : undefined
    if (clash) extra.push(message(`Unexpected document id ${id}, already given by ${clash}; rename one of the two files`, 'document-id-clash', true))
    else if (id && !twin) byId.set(id, entry.source)
    jobs.push({entry, sha256, key: cache.keyOf(entry.source, sha256), extra, duplicate: Boolean(twin)})
  }

  // The staging folder, made now: while the documents are read, the
  // previous export's tables are copied into it (in the thread pool; see
  // previous.ts) and the pages and graphs no rename can touch are linked.
  const folder = new OutputFolder(output)
  const placer = new Placer()
  const previous = cache.previousExport(folder.target)
  const tables: Promise<boolean> = intact(previous, folder.target, sharePaths, shareHeaders)
    ? Promise.all(sharePaths.map((path) => copyFile(join(folder.target, path), folder.pathOf(path)))).then(() => true)
    : Promise.resolve(false)
  tables.catch(() => undefined) // awaited in the second pass
  try {
    // Per document: the summary from the cache, or the stages run (in the pool),
    // a bounded number at a time, its entities merged at once: memory grows with
    // the distinct entities, not with the documents.
    const plan = new EntityPlan()
    let done = 0
    const documents: Document[] = []
    const dates = new DateRange()
    let processed = 0
    await summariesInOrder(
      jobs,
      Math.max(4, pool.size * 4),
      cache,
      (job) => {
        processed++
        return pool.process(job.entry.path, job.entry.source, job.key, job.page && {bytes: job.page.bytes, origin: job.page.origin})
      },
      // In input order, whatever order the workers finish in: the merge is deterministic.
      async (summary, n) => {
        const job = jobs[n]
        job.page = undefined // its bytes are processed or cached by now
        options.progress?.('extract', ++done, jobs.length)
        files.set(job.entry.source, fileOf(job.entry.source, input, [...summary.messages, ...job.extra]))
        const refused = summary.refused || job.extra.some((m) => m.fatal)
        const exported = !refused && !job.duplicate
        if (exported) {
          plan.add(summary.entities)
          for (const date of summary.dates) dates.add(date)
        }
        const renamable = renamablePeople(summary.entities)
        const placed = exported && renamable.length === 0 && summary.shares !== null
        if (placed) await placePage(placer, folder, cache.files(job.key, noRenames, summary.shares!), summary.document!)
        documents.push({key: job.key, source: summary.source, documentId: summary.documentId, document: summary.document, shares: summary.shares, exported, renamable, placed})
      }
    )
    const fromCache = jobs.length - processed

    const ordered = [...files.keys()].sort().map((source) => files.get(source)!)
    for (const file of ordered) if (documentIds.has(file.path)) file.data.source = {source: file.path, documentId: documentIds.get(file.path)!, sha256: ''}
    const refused = ordered
      .filter((f) => f.messages.some((m) => m.fatal))
      .map((f) => ({source: f.path, reason: f.messages.find((m) => m.fatal)!.reason}))
    if (refused.length && !options.keepGoing) {
      await abandon(folder, placer, tables)
      return {files: ordered, exported: 0, fromCache, copied: 0, refused, written: false}
    }

    const exported = documents.filter((d) => d.exported).sort((a, b) => (a.documentId < b.documentId ? -1 : 1))
    const copied = await writeDataset(folder, exported, dates, plan, plan.renames(), cache, pool, options, refused, ordered, {previous, tables, placer})
    folder.commit()
    return {files: ordered, exported: exported.length, fromCache, copied, refused, written: true}
  } catch (error) {
    await abandon(folder, placer, tables)
    throw error
  }
}

/** Drop the staging folder once nothing more can land in it. */
async function abandon(folder: OutputFolder, placer: Placer, tables: Promise<boolean>): Promise<void> {
  await Promise.allSettled([placer.finish(), tables])
  folder.abandon()
}

/** Put a document's cached page and graph into the output, and the text read of a web page. */
async function placePage(placer: Placer, folder: OutputFolder, done: RenderedFiles, document: DocumentRecord): Promise<void> {
  const documentId = document.document_id
  await placer.place(done.jsonld, folder.pathOf(`jsonld/${documentId}.jsonld`))
  await placer.place(done.markdown, folder.pathOf(`markdown/${documentId}.md`))
  if (document.media_type !== 'text/plain') await placer.place(done.text, folder.pathOf(`text/${documentId}.txt`))
}

const sharePaths = shareFiles.map((file) => file.path)
const shareHeaders = shareFiles.map((file) => file.header())

async function writeDataset(
  folder: OutputFolder,
  documents: Document[],
  dates: DateRange,
  plan: EntityPlan,
  renames: Map<string, string>,
  cache: Cache,
  pool: Pool,
  options: ExportOptions,
  refused: ExportResult['refused'],
  files: VFile[],
  early: {previous: ExportRecord | null; tables: Promise<boolean>; placer: Placer}
) {
  // Which rendering of each document goes out: the one with the renames that apply to it.
  const renamesOf = documents.map((doc) => doc.renamable.filter((id) => renames.has(id)).map((id): [string, string] => [id, renames.get(id)!]))
  const renderings = documents.map((doc, n) => `${doc.key}:${renderTag(renamesOf[n])}`)

  // The files every document adds a share to: the previous export's copy
  // kept up to its first changed document, else written from their headers.
  // (A copy that failed is not used: the tables are then written whole.)
  const reuse = early.previous && (await early.tables.catch(() => false)) ? kept(early.previous, renderings, shareHeaders) : {documents: 0, bytes: []}
  const appenders = shareFiles.map((file, f) => {
    if (reuse.documents) return folder.appender(file.path, reuse.bytes[f])
    const appender = folder.appender(file.path)
    appender.write(shareHeaders[f])
    return appender
  })
  const graph = appenders[shareFiles.findIndex((file) => file.path === datasetGraphPath)]

  // Each document's shares, rendered in the pool (or read from the cache), written in order.
  const render = async (n: number): Promise<RenderedFiles> => {
    const doc = documents[n]
    const applying = renamesOf[n]
    if (!applying.length && doc.shares) return cache.files(doc.key, noRenames, doc.shares)
    return cache.rendered(doc.key, renderTag(applying)) ?? (await pool.render(doc.key, applying))
  }
  const counts = Object.fromEntries(tableNames.map((table) => [table, 0])) as Record<TableName, number>
  const entities = plan.table()
  counts.entities = entities.length
  const lengths: number[][] = []
  const placer = early.placer
  const written = inOrder(
    documents.map((_, n) => n),
    Math.max(4, pool.size * 4),
    render,
    async (done, n) => {
      const {documentId, source} = documents[n]
      // Its shares: in the copied beginning already, or appended.
      if (n >= reuse.documents) {
        const bytes = readShares(done, source)
        let at = 0
        done.lengths.forEach((length, k) => {
          appenders[k].write(bytes.subarray(at, (at += length)))
        })
      }
      lengths.push(done.lengths)
      for (const table of documentTables) counts[table] += done.rows[table]
      if (!documents[n].placed) await placePage(placer, folder, done, documents[n].document!)
      options.progress?.('write', n + 1, documents.length)
    }
  )
  try {
    await written
    await placer.finish()
    // The dataset as a whole: the graph closed with the merged entities.
    graph.write(datasetGraphClosing(entities, documents.map((d) => d.documentId), version))
    for (const appender of appenders) appender.close()
  } catch (error) {
    for (const appender of appenders) appender.close()
    throw error
  }
  // What the next export to this folder can copy: the tables as written (a rename keeps their identity).
  cache.saveExport({
    output: folder.target,
    documents: renderings.map((rendering, n) => ({rendering, lengths: lengths[n]})),
    files: shareFiles.map((file) => identityOf(folder.pathOf(file.path))!)
  })
  folder.write(`${csvFolders.canonical}/entities.csv`, toCsv('entities', entities, 'canonical'))
  folder.write(`${csvFolders.spreadsheet}/entities.csv`, toCsv('entities', entities, 'spreadsheet'))
  const rows = documents.map((d) => d.document!)
  folder.write('datapackage.json', JSON.stringify(dataPackage(rows, version), null, 2) + '\n')
  const evaluation: RootContent[] | undefined = options.evaluation ? evaluationContent(JSON.parse(readFileSync(options.evaluation, 'utf8')) as Evaluation) : undefined
  folder.write('README.md', datasetCard(rows, dates.range(), counts, {version, refused, evaluation}))
  folder.write('report.json', JSON.stringify(report(files), null, 2) + '\n')
  return reuse.documents
}

/** The first and last of the dates seen. */
class DateRange {
  private first: string | null = null
  private last: string | null = null

  add(date: string | null): void {
    if (!date) return
    if (this.first === null || date < this.first) this.first = date
    if (this.last === null || date > this.last) this.last = date
  }

  range(): [string, string] | null {
    return this.first && this.last ? [this.first, this.last] : null
  }
}

function readShares(files: RenderedFiles, source: string): Buffer {
  try {
    return readRange(files.entry, files.offset, files.lengths.reduce((a, b) => a + b, 0))
  } catch {
    throw new Error(`The cache lost the tables of ${source}; delete the cache folder and export again`)
  }
}

/**
 * Every job's summary, in the jobs' order: read from the cache where it
 * has the job, else `processed`. The jobs the cache lacks are started
 * ahead of their turn, at most `window` at a time, so that the workers
 * process them while this thread reads the cached ones (a re-export where
 * one document in the middle changed does not wait for it when it comes).
 */
async function summariesInOrder<J extends {key: string}>(jobs: J[], window: number, cache: Cache, processed: (job: J) => Promise<Summary>, each: (summary: Summary, index: number) => Promise<void>): Promise<void> {
  const started = new Map<number, Promise<Summary>>()
  let scanned = 0
  for (let n = 0; n < jobs.length; n++) {
    for (; scanned < jobs.length && started.size < window; scanned++) {
      if (cache.has(jobs[scanned].key)) continue
      const promise = processed(jobs[scanned])
      promise.catch(() => undefined) // awaited at its turn; a failure is thrown there, once
      started.set(scanned, promise)
    }
    const ahead = started.get(n)
    started.delete(n)
    await each(ahead ? await ahead : (cache.summary(jobs[n].key) ?? (await processed(jobs[n]))), n)
  }
}

/** `work` on every item, at most `window` at a time, results in the items' order. */
async function inOrder<T, R>(items: T[], window: number, work: (item: T) => Promise<R>, each: (result: R, index: number) => void | Promise<void>): Promise<void> {
  const running: Promise<R>[] = []
  let next = 0
  const start = () => {
    const promise = work(items[next++])
    promise.catch(() => undefined) // awaited below; a failure is thrown there, once
    running.push(promise)
  }
  for (let n = 0; n < items.length; n++) {
    while (next < items.length && next < n + window) start()
    await each(await running.shift()!, n)
  }
}

/** Every message of every file, in order: what a user needs to check the export. */
function report(files: VFile[]) {
  return {
    files: files.map((file) => ({
      source: file.path,
      document_id: isArchiveName(file.path) ? null : file.data.source?.documentId || documentIdOf(file.path) || null,
      status: file.messages.some((m) => m.fatal) ? 'refused' : isArchiveName(file.path) ? 'archive' : file.messages.some((m) => m.ruleId === 'duplicate-document' || m.ruleId === 'duplicate-url') ? 'duplicate' : file.messages.some((m) => m.ruleId === 'symbolic-link') ? 'skipped' : 'exported',
      messages: file.messages.map((m) => ({
        line: m.line ?? null,
        column: m.column ?? null,
        severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
        rule: m.ruleId ?? null,
        reason: m.reason
      }))
    }))
  }
}

