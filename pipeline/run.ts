/**
 * The pipeline, in the order data flows. Per document (in worker threads,
 * or read back from the cache): read -> parse -> extract -> records ->
 * validate -> render; the rendered document comes back to this thread as
 * one buffer. Documents are taken in document-id order (the order of every
 * table) and each is streamed into a staging folder as soon as the ones
 * before it are in: its table rows appended, its JSON-LD graph and
 * Markdown page written. Entities are merged as documents come (in input
 * order); at the end the few documents whose people the merge renames are
 * rendered again in their place, and the dataset's own files are written
 * (entities, Data Package, card, report). The staging folder replaces the
 * output only when complete.
 */
import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import {readdirSync, readFileSync, realpathSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import type {RootContent} from 'mdast'
import {VFile} from 'vfile'
import {Cache, identityOf, inputIdentity, type ExportRecord} from './cache.js'
import {addTimings, cpuMs, noTimings, timed, type Timings} from './clock.js'
import {partsOf, type Kept, type PlainMessage, type Processed, type Rendered, type Summary} from './document.js'
import {evaluationContent, type Evaluation} from './evaluate.js'
import {EntityPlan, renamablePeople} from './merge.js'
import {linkEvents, type LinkWarning, type MeetingSummary} from './events.js'
import {Pool, type ArchivedTask} from './pool.js'
import {documentIdOf, maxInputBytes, readBounded, tooLarge} from './inputs.js'
import {clashReason, uniqueIds} from './ids.js'
import {archiveFile} from './sources.js'
import {Spill, type SpillPlace} from './spill.js'
import {isArchiveName, readArchive, type ArchivedPage} from './warc.js'
import {tableNames, type DocumentName, type EntityRecord, type EventRecord, type MeetingRecord, type StatementRecord, type TableName} from './types.js'
import {fingerprint, version} from './version.js'
import {csvFolders, csvRows, toCsv} from './write/csv.js'
import {dataPackage} from './write/datapackage.js'
import {datasetGraphClosing, vocabularyGraph} from './write/jsonld.js'
import {datasetCard, eventPage, type EventSide} from './write/markdown.js'
import {OutputFolder, ShareFiles} from './write/output.js'
import {datasetGraphPath, documentTables, shareFiles} from './write/shares.js'
import './data.js'

export interface ExportOptions {
  input: string
  output: string
  /** Export the good documents even when others fail (default: `false`). */
  keepGoing?: boolean
  /** Figures of `make evaluate` (its JSON) to publish in the dataset card (default: none). */
  evaluation?: string
  /** Worker threads (default: the machine's available parallelism; 0 runs everything on the calling thread). */
  workers?: number
  /** Folder of the incremental cache (default: none, everything computed afresh and nothing kept). */
  cache?: string | null
  /** Called as documents are done: done, total. */
  progress?: (done: number, total: number) => void
}

export interface ExportResult {
  files: VFile[]
  /** Documents written to the output. */
  exported: number
  /** Readouts read from the cache (the stages ran on the others). */
  fromCache: number
  /** Files refused, with the first fatal reason. */
  refused: {source: string; reason: string}[]
  /** The output was (re)written. */
  written: boolean
  /** Milliseconds spent per stage, wall and CPU: summed over the documents processed (read ... render, in the workers), their writing (write) and the dataset's own files (dataset), on this thread. */
  timings: Timings
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
function fileOf(source: string, input: string, messages: PlainMessage[]): VFile {
  const file = new VFile({path: source, cwd: input})
  for (const m of messages) {
    const place = m.line === null ? undefined : m.endLine === null ? {line: m.line, column: m.column ?? 1} : {start: {line: m.line, column: m.column ?? 1}, end: {line: m.endLine, column: m.endColumn ?? 1}}
    const message = file.message(m.reason, {place, ruleId: m.ruleId ?? undefined, source: m.source ?? undefined})
    message.fatal = m.fatal
  }
  return file
}

const message = (reason: string, ruleId: string, fatal: boolean): PlainMessage => ({reason, line: 1, column: 1, endLine: null, endColumn: null, ruleId, source: 'readout:read', fatal})

export async function exportFolder(options: ExportOptions): Promise<ExportResult> {
  const input = resolve(options.input)
  const output = resolve(options.output)
  const inputReal = realpathSync(input)
  if (inputReal === output || inputReal.startsWith(output + sep) || output === resolve('/')) {
    throw new UsageError(`The output folder ${options.output} would overwrite the input folder ${options.input}`)
  }
  const cache = options.cache ? new Cache(options.cache, fingerprint) : null
  const pool = new Pool(options.workers ?? Math.min(availableParallelism(), 8))
  try {
    return await run(options, input, output, cache, pool)
  } finally {
    await pool.close()
    cache?.close()
  }
}

interface Job {
  entry: InputEntry
  sha256: string
  /** Its cache key ('' without a cache). */
  key: string
  documentId: string
  /** Messages found before it is read (copies, id clashes). */
  extra: PlainMessage[]
  duplicate: boolean
  /** A page from a web archive: where its record is and where it was captured. */
  page?: ArchivedPage
  /** The renames (JSON) the last export to the output applied to it, assumed again, and the cache key of its rendering with them (null: none); see `assumeRenames`. */
  assumed: {renames: string; key: string} | null
}

/** What the end of the export needs of a document written: a few short fields. */
interface Written {
  job: Job
  document: DocumentName
  /** Its meetings and their principals: written, linked into events, when the dataset is. */
  meetings: MeetingRecord[]
  principals: Summary['principals']
  rows: Record<string, number>
  /** Its people a rename can touch (see `renamablePeople`). */
  renamable: string[]
  /** The renames (JSON) its graph, page and rows apply (null: none). */
  renames: string | null
  /** Its graph and page are the previous output's files, linked (their identities are the last export's). */
  linked: boolean
  /** Where what it takes to render it again lies in the spill (null: not kept, processed again if renamed). */
  kept: SpillPlace | null
}

async function run(options: ExportOptions, input: string, output: string, cache: Cache | null, pool: Pool): Promise<ExportResult> {
  // Every input, its hash and own document id; duplicates found up front.
  const files = new Map<string, VFile>()
  const bySha = new Map<string, string>()
  const jobs: Job[] = []
  // The job of each archived URL: the latest capture wins.
  const jobsByUrl = new Map<string, Job>()
  for (const entry of listInputs(input)) {
    if (entry.problem) {
      files.set(entry.source, fileOf(entry.source, input, [message(entry.problem, entry.ruleId!, false)]))
      continue
    }
    // A web archive: its pages are documents of their own (see sources.ts).
    if (isArchiveName(entry.source)) {
      const reading = await readArchive(entry.path, entry.source, maxInputBytes)
      files.set(entry.source, archiveFile(entry.source, input, reading))
      for (const page of reading.pages) {
        const job: Job = {entry: {path: entry.path, source: page.source}, sha256: page.sha256, key: '', documentId: page.origin.documentId, extra: [], duplicate: false, page, assumed: null}
        jobs.push(job)
        // The same URL captured again, here or in another archive: the latest capture wins.
        const earlier = jobsByUrl.get(page.origin.url)
        if (earlier) {
          const [kept, dropped] = (earlier.page?.origin.captured ?? '') > (page.origin.captured ?? '') ? [earlier, job] : [job, earlier]
          dropped.duplicate = true
          dropped.extra.push({...message(`Unexpected second capture of ${page.origin.url}, expected each page once; the latest, from ${kept.entry.source}, is exported`, 'duplicate-url', false), fatal: null})
          jobsByUrl.set(page.origin.url, kept)
        } else jobsByUrl.set(page.origin.url, job)
      }
      continue
    }
    // A file unchanged since an export from this cache hashed it is not read (its identity is taken before it is read).
    const identity = cache ? inputIdentity(entry.path) : null
    let sha256 = identity ? cache!.knownSha256(entry.path, identity) : undefined
    if (!sha256) {
      // Too large: refused without reading it whole.
      const {size, bytes} = readBounded(entry.path)
      if (size > maxInputBytes) {
        const {reason, line, column} = tooLarge(size, bytes)
        files.set(entry.source, fileOf(entry.source, input, [{...message(reason, 'too-large', true), line, column}]))
        continue
      }
      sha256 = createHash('sha256').update(bytes).digest('hex')
      if (identity) cache!.rememberSha256(entry.path, identity, sha256)
    }
    const extra: PlainMessage[] = []
    const twin = bySha.get(sha256)
    if (twin) extra.push(message(`Unexpected copy of ${twin} (same sha256), expected each readout once; exported once`, 'duplicate-document', false))
    else bySha.set(sha256, entry.source)
    jobs.push({entry, sha256, key: '', documentId: documentIdOf(entry.source), extra, duplicate: Boolean(twin), assumed: null})
  }
  // One id per document: of inputs giving the same id, the first in source order keeps it, the others are numbered (see ids.ts).
  const {ids, renamed} = uniqueIds(jobs.filter((job) => !job.duplicate && job.documentId).map((job) => ({source: job.entry.source, id: job.documentId})))
  for (const job of jobs) {
    const numbered = renamed.get(job.entry.source)
    if (numbered) job.extra.push({...message(clashReason(job.documentId, numbered), 'document-id-clash', false), fatal: null})
    job.documentId = ids.get(job.entry.source) ?? job.documentId
    if (job.page) job.page.origin.documentId = job.documentId
    // The cache key: the bytes and where they come from (and the id, when it is not the input's own: it is in every record).
    const from = job.page ? `${job.entry.source}\u0000${job.page.origin.captured}` : job.entry.source
    if (cache) job.key = cache.keyOf(numbered ? `${from}\u0000${numbered.id}` : from, job.sha256)
  }
  // Documents are written in document-id order, the order of every table.
  const order = jobs.map((_, n) => n).sort((a, b) => (jobs[a].documentId < jobs[b].documentId ? -1 : jobs[a].documentId > jobs[b].documentId ? 1 : a - b))

  const folder = new OutputFolder(output)
  // The graphs and pages of the last export to this folder that this one would write again, untouched since: linked, not written.
  const previous = cache?.previousExport(folder.target) ?? {}
  if (cache) assumeRenames(jobs, previous, cache)
  const reuse = jobs.map(({documentId, key, assumed}) => {
    const was = previous[documentId]
    return was !== undefined && (was[0] === key || assumed !== null) && identityOf(join(folder.target, `jsonld/${documentId}.jsonld`)) === was[1] && identityOf(join(folder.target, `markdown/${documentId}.md`)) === was[2]
  })
  const shares = new ShareFiles(folder, shareFiles.map((file) => file.path), shareFiles.map((file) => file.header()))
  // The documents a rename may touch, set aside to be rendered again at the end if it does.
  const spill = new Spill<Kept>()
  try {
    const plan = new EntityPlan()
    const merge = new InInputOrder<EntityRecord[]>((entities) => plan.add(entities))
    const dates = new DateRange()
    const written: Written[] = []
    const timings = noTimings()
    let fromCache = 0
    let done = 0
    await inOrder(
      order,
      Math.max(4, pool.size * 4),
      (n) => cache?.has(cacheKeyOf(jobs[n])) ?? false,
      (n) => {
        const cached = cache?.get(cacheKeyOf(jobs[n]), reuse[n]) ?? null
        if (cached) fromCache++
        return cached
      },
      (n) => pool.process(jobs[n].entry.path, jobs[n].entry.source, jobs[n].documentId, [], pageOf(jobs[n])),
      async (processed, n, fresh) => {
        const job = jobs[n]
        const {summary, rendered} = processed
        if (fresh) {
          // (Its records, if kept, go to the spill, not into the cache.)
          cache?.put(job.key, {...processed, records: undefined})
          addTimings(timings, processed.timings)
        }
        options.progress?.(++done, jobs.length)
        files.set(job.entry.source, fileOf(job.entry.source, input, [...summary.messages, ...job.extra]))
        const exported = !summary.refused && !job.extra.some((m) => m.fatal) && !job.duplicate && rendered !== null
        merge.add(n, exported ? summary.entities : [])
        if (!exported) return
        for (const date of summary.dates) dates.add(date)
        // Computed afresh (a cache entry that could not be read): without renames, so not the previous output's files.
        const linked = timed(timings, 'write', () => writeDocument(folder, shares, job.documentId, rendered, reuse[n] && !fresh))
        const kept = fresh && processed.records && processed.text !== undefined ? spill.put({summary, records: processed.records, text: processed.text}) : null
        written.push({job, document: summary.document!, meetings: summary.meetings, principals: summary.principals, rows: rendered.rows, renamable: renamablePeople(summary.entities), renames: fresh ? null : (job.assumed?.renames ?? null), linked, kept})
      }
    )

    const ordered = [...files.keys()].sort().map((source) => files.get(source)!)
    // The report's ids: those the documents are exported under.
    for (const file of ordered) if (ids.has(file.path)) file.data.source = {source: file.path, documentId: ids.get(file.path)!, sha256: ''}
    const refused = ordered
      .filter((f) => f.messages.some((m) => m.fatal))
      .map((f) => ({source: f.path, reason: f.messages.find((m) => m.fatal)!.reason}))
    if (refused.length && !options.keepGoing) {
      shares.close()
      folder.abandon()
      return {files: ordered, exported: 0, fromCache, refused, written: false, timings}
    }

    // The documents whose people the merge renamed: processed again with the renames (in the workers), put in their place.
    // The dataset's own files (and those documents, the event pages): timed as one stage.
    const started = {wall: performance.now(), cpu: cpuMs()}
    const renames = plan.renames()
    const renamed = Promise.all(
      written.map(async (doc, n) => {
        const applying = doc.renamable.filter((id) => renames.has(id)).map((id): [string, string] => [id, renames.get(id)!])
        if ((applying.length ? JSON.stringify(applying) : null) === doc.renames) return
        const again = await processAgain(pool, cache, doc.job, applying, false, doc.kept ? spill.get(doc.kept) : undefined)
        if (again.summary.sha256 !== doc.job.sha256 || !again.rendered) throw new Error(`${doc.job.entry.source} changed during the export; export again`)
        const parts = partsOf(again.rendered)
        shares.replace(n, parts.shares)
        folder.rewrite(`jsonld/${doc.job.documentId}.jsonld`, parts.graph)
        folder.rewrite(`markdown/${doc.job.documentId}.md`, parts.page)
        doc.rows = again.rendered.rows
        doc.renames = applying.length ? JSON.stringify(applying) : null
        doc.linked = false
      })
    )
    renamed.catch(() => undefined) // awaited below; a failure is thrown there

    // Meanwhile, the readouts of one meeting, across documents: events (with the merged people's ids).
    const {meetings, events, warnings} = eventsOf(written, renames)
    for (const warning of warnings) {
      const doc = written.find((d) => warning.meetingId.startsWith(`${d.job.documentId}/`))
      if (doc) files.get(doc.job.entry.source)!.message(warning.reason, {ruleId: 'ambiguous-event', source: 'readout:events'})
    }
    const entities = plan.table()
    // The event pages' readouts are processed again in the workers while this thread rewrites the share files.
    const pages = eventPages(pool, cache, written, meetings, events, entities, renames)
    pages.catch(() => undefined) // awaited below
    await renamed
    shares.settle()
    for (const [path, page] of await pages) folder.write(path, page)
    // The workers' part is done: stopped, so that their memory is free for the dataset's own files.
    await pool.close()

    // The dataset as a whole: the graph closed with the merged entities and the events, the entities, the package, the card, the report.
    shares.append(
      shareFiles.findIndex((file) => file.path === datasetGraphPath),
      Buffer.from(datasetGraphClosing(entities, events, meetings, written.map((d) => d.job.documentId), version))
    )
    shares.close()
    const counts = Object.fromEntries(tableNames.map((table) => [table, 0])) as Record<TableName, number>
    for (const doc of written) for (const table of documentTables) counts[table] += doc.rows[table]
    counts.entities = entities.length
    counts.meetings = meetings.length
    counts.events = events.length
    // Written directly as the documents' shares are (csv-stringify took 0.3-0.4 s for these three tables at 10,000 readouts); the same bytes.
    for (const [table, rows] of [['entities', entities], ['meetings', meetings], ['events', events]] as const) {
      const body = csvRows(table, rows)
      for (const flavour of ['canonical', 'spreadsheet'] as const) folder.write(`${csvFolders[flavour]}/${table}.csv`, toCsv(table, [], flavour) + body[flavour])
    }
    const rows = written.map((d) => d.document)
    folder.write('datapackage.json', JSON.stringify(dataPackage(rows, version), null, 2) + '\n')
    folder.write('vocab.jsonld', vocabularyGraph(version))
    const evaluation: RootContent[] | undefined = options.evaluation ? evaluationContent(JSON.parse(readFileSync(options.evaluation, 'utf8')) as Evaluation) : undefined
    folder.write('README.md', datasetCard(rows, dates.range(), counts, {version, refused, evaluation, sharedEvents: events.filter((e) => e.readouts > 1).length}))
    folder.write('report.json', JSON.stringify(report(ordered), null, 2) + '\n')
    timings.wall.dataset = performance.now() - started.wall
    timings.cpu.dataset = cpuMs() - started.cpu
    await folder.commit()
    cache?.commit()
    // What the next export to this folder can link instead of writing.
    if (cache) {
      const record: ExportRecord = {}
      for (const {job, renames, linked} of written) {
        // (A linked file is the one the last export recorded: not looked up again.)
        const graph = linked ? previous[job.documentId][1] : identityOf(join(folder.target, `jsonld/${job.documentId}.jsonld`))
        const page = linked ? previous[job.documentId][2] : identityOf(join(folder.target, `markdown/${job.documentId}.md`))
        if (graph && page) record[job.documentId] = [renderingOf(job.key, renames), graph, page]
      }
      cache.saveExport(folder.target, record)
    }
    return {files: ordered, exported: written.length, fromCache, refused, written: true, timings}
  } catch (error) {
    shares.close()
    folder.abandon()
    throw error
  } finally {
    spill.close()
  }
}

/**
 * A page for each event more than one readout reports
 * (`markdown/events/<event>.md`): what each side says; its path and
 * content. Its readouts are processed again for their statements and
 * topics (a few documents).
 */
async function eventPages(pool: Pool, cache: Cache | null, written: Written[], meetings: MeetingRecord[], events: EventRecord[], entities: EntityRecord[], renames: Map<string, string>): Promise<[string, string][]> {
  const shared = events.filter((event) => event.readouts > 1)
  if (!shared.length) return []
  const names = new Map(entities.map((e) => [e.entity_id, e.name]))
  const types = new Map(entities.map((e) => [e.entity_id, e.type]))
  const byId = new Map(written.map((doc) => [doc.job.documentId, doc]))
  const readoutsOf = new Map(shared.map((event) => [event.event_id, meetings.filter((m) => m.event_id === event.event_id)]))
  const sidesOf = new Map<string, Omit<EventSide, 'meeting'>>()
  const needed = [...new Set([...readoutsOf.values()].flat().map((m) => m.document_id))]
  await Promise.all(
    needed.map(async (documentId) => {
      const doc = byId.get(documentId)!
      const again = await processAgain(pool, cache, doc.job, [], true)
      if (!again.rendered || !again.records) return
      const statements = again.records.statements.map((s): StatementRecord => ({...s, actor_name: s.actor_id ? names.get(renames.get(s.actor_id) ?? s.actor_id) ?? s.actor_name : s.actor_name}))
      const topics = [...new Set(again.records.mentions.map((m) => renames.get(m.entity_id) ?? m.entity_id))].map((id) => ({id, type: types.get(id) ?? '', name: names.get(id) ?? id}))
      sidesOf.set(documentId, {document: doc.document, statements, topics})
    })
  )
  return shared.map((event) => {
    const sides = readoutsOf.get(event.event_id)!.map((m) => {
      const side = sidesOf.get(m.document_id)!
      // The statements said at this meeting (those of no meeting in particular go with a document's main one).
      return {...side, meeting: m, statements: side.statements.filter((s) => s.meeting_id === m.meeting_id || (!s.meeting_id && m.meeting_id.endsWith('/m1')))}
    })
    return [`markdown/events/${event.event_id.replace(/^event:/, '')}.md`, eventPage(event, sides, names)]
  })
}

/** Every meeting of the documents written, in document order, linked into events; the events by id. */
function eventsOf(written: Written[], renames: Map<string, string>): {meetings: MeetingRecord[]; events: EventRecord[]; warnings: LinkWarning[]} {
  const summaries: MeetingSummary[] = written.flatMap((doc) =>
    doc.meetings.map((meeting, order) => ({
      meetingId: meeting.meeting_id,
      documentId: doc.job.documentId,
      order,
      date: meeting.date,
      format: meeting.format,
      kind: meeting.kind,
      principals: doc.principals
        .filter((p) => p.meeting_id === meeting.meeting_id)
        .map((p) => ({personId: renames.get(p.person_id) ?? p.person_id, familyName: p.family_name, country: p.country, title: p.title}))
    }))
  )
  const {events, warnings} = linkEvents(summaries)
  const link = new Map(events.flatMap((event) => event.links.map((l) => [l.meetingId, {event: event.eventId, ...l}] as const)))
  const meetings = written.flatMap((doc) =>
    doc.meetings.map((meeting) => {
      const found = link.get(meeting.meeting_id)!
      return {...meeting, event_id: found.event, event_linked_to: found.linkedTo, event_evidence: found.evidence, event_confidence: found.confidence}
    })
  )
  const records: EventRecord[] = events.map((event) => ({
    event_id: event.eventId,
    date: event.date,
    format: event.format,
    kind: event.kind,
    person_ids: event.personIds.length ? event.personIds.join('|') : null,
    countries: event.countries.length ? event.countries.join('|') : null,
    readouts: new Set(event.meetings.map((m) => m.documentId)).size,
    first_source: event.meetings[0].documentId,
    last_source: event.meetings[event.meetings.length - 1].documentId
  }))
  return {meetings, events: records, warnings}
}

/**
 * A written document processed again at the end of the export: with the
 * merge's `renames` (rendered again from what was `kept` of it, when it
 * was), or for its records (an event page's readout). Read from the cache
 * when it holds it under those renames (or with its records), and kept
 * there otherwise, so that a re-export does not process it again.
 */
async function processAgain(pool: Pool, cache: Cache | null, job: Job, renames: [string, string][], records: boolean, kept?: Kept): Promise<Processed> {
  const key = cache && (records ? cache.keyOf(`${job.key}\u0000records`, job.sha256) : renames.length ? renderingKey(cache, job, JSON.stringify(renames)) : job.key)
  const cached = key ? cache!.get(key) : null
  if (cached && (!records || cached.records)) return cached
  const again = await pool.process(job.entry.path, job.entry.source, job.documentId, renames, pageOf(job), records, kept)
  // Only what is the input's: a file changed during the export is not kept.
  if (key && again.summary.sha256 === job.sha256 && again.rendered) cache!.put(key, again)
  return again
}

/** Where a document is read from the cache: with the renames assumed, if any. */
function cacheKeyOf(job: Job): string {
  return job.assumed?.key ?? job.key
}

/** The cache key of a document's rendering with `renames` (JSON) applied. */
function renderingKey(cache: Cache, job: Job, renames: string): string {
  return cache.keyOf(`${job.key}\u0000${renames}`, job.sha256)
}

/** An export record's name for the rendering of the document cached under `key` with `renames` (JSON) applied: the key, a space and the renames. */
function renderingOf(key: string, renames: string | null): string {
  return renames === null ? key : `${key} ${renames}`
}

/**
 * A document the last export to the output wrote with renames (its people
 * merged with other readouts') is written with the same renames again,
 * read from the cache under them: where they still hold (nearly always
 * when little changed) it is not rendered again at the end, and its graph
 * and page are linked from the last output. The renames are checked once
 * known.
 */
function assumeRenames(jobs: Job[], previous: ExportRecord, cache: Cache): void {
  for (const job of jobs) {
    const rendering = previous[job.documentId]?.[0]
    if (!rendering?.startsWith(`${job.key} `)) continue
    const renames = rendering.slice(job.key.length + 1)
    const key = renderingKey(cache, job, renames)
    if (cache.has(key)) job.assumed = {renames, key}
  }
}

/** Where an archived page's record is, and its origin, for the worker that reads it. */
function pageOf(job: Job): ArchivedTask | undefined {
  return job.page && {record: job.page.record, origin: job.page.origin}
}

/**
 * Stream a document into the staging folder: its table rows appended, its
 * graph and page (and a web page's text) written, or linked from the
 * previous output when it holds them already (`reuse`). True when both
 * were linked.
 */
function writeDocument(folder: OutputFolder, shares: ShareFiles, documentId: string, rendered: Rendered, reuse: boolean): boolean {
  const {shares: rows, text, graph, page} = partsOf(rendered)
  shares.add(rows)
  let linked = true
  for (const [relative, part] of [
    [`jsonld/${documentId}.jsonld`, graph],
    [`markdown/${documentId}.md`, page]
  ] as const) {
    linked = folder.writeOrLink(relative, part, reuse ? join(folder.target, relative) : undefined) && linked
  }
  // The text read of a web page, which every offset slices.
  if (text.length) folder.write(`text/${documentId}.txt`, text)
  return linked
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

/** Hands items numbered 0, 1, 2, ... to `each` in that order, whatever order they are added in (the entity merge is order-dependent). */
class InInputOrder<T> {
  private readonly waiting = new Map<number, T>()
  private next = 0

  constructor(private readonly each: (item: T) => void) {}

  add(n: number, item: T): void {
    this.waiting.set(n, item)
    for (let found; (found = this.waiting.get(this.next)) !== undefined; this.next++) {
      this.waiting.delete(this.next)
      this.each(found)
    }
  }
}

/**
 * Every item's result, handed to `each` in the items' order: read with
 * `cached` at its turn when `inCache`, else computed. Items to compute are
 * started ahead of their turn, at most `window` at a time (a small reorder
 * buffer): the workers stay busy, and a re-export where one file in the
 * middle changed does not wait for it when it comes.
 */
async function inOrder<R>(
  items: number[],
  window: number,
  inCache: (item: number) => boolean,
  cached: (item: number) => R | null,
  compute: (item: number) => Promise<R>,
  each: (result: R, item: number, fresh: boolean) => Promise<void>
): Promise<void> {
  const started = new Map<number, Promise<R>>()
  let scanned = 0
  for (let n = 0; n < items.length; n++) {
    for (; scanned < items.length && started.size < window; scanned++) {
      if (inCache(items[scanned])) continue
      const promise = compute(items[scanned])
      promise.catch(() => undefined) // awaited at its turn; a failure is thrown there, once
      started.set(scanned, promise)
    }
    const ahead = started.get(n)
    started.delete(n)
    // An entry that cannot be read back is computed again.
    const found = ahead ? null : cached(items[n])
    await each(found ?? (await (ahead ?? compute(items[n]))), items[n], !found)
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

