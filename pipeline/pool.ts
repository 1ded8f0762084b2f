/**
 * Worker threads for the per-document work: each task reads a file, runs
 * the stages and renders the document's outputs, and answers with its
 * summary and its outputs as one buffer, transferred (moved, not copied)
 * to the main thread. Nothing is written to disk here. With no workers
 * (size 0) everything runs on the calling thread (no threads started);
 * results are the same either way. One worker is a thread too: the
 * documents' garbage then stays out of the heap that holds the export's
 * state (on the main thread, a page's cost 28-44% more than its text in
 * whole exports of 3,000 readouts; on a worker thread 12-25%, and the text
 * itself 4% faster).
 */
import './jit.js'
import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {isMeasuringCpu} from './clock.js'
import type {Kept, Processed} from './document.js'
import type {Origin} from './page.js'
import type {RecordPlace} from './warc.js'

/** Process the file at `path` (named `source`, or the `page` whose record lies there in a web archive) as `documentId`, its people renamed by `renames` (none: the common case); `records`: answer with its records too; `kept`: render again what was kept of it instead (see `Kept`). */
export interface Task {
  id: number
  path: string
  source: string
  documentId: string
  renames: [string, string][]
  page?: ArchivedTask
  records: boolean
  kept?: Kept
}

/** An archived page: where its record is, and where it was captured. */
export interface ArchivedTask {
  record: RecordPlace
  origin: Origin
}

export type Answer = {id: number; result?: Processed; error?: string}

/**
 * Each worker's JS heap is capped: without a cap V8 sizes a thread's heap
 * from the machine's memory and lets garbage grow to hundreds of megabytes.
 * A document takes well under 10 MB, and the largest input read (1 MB, see
 * `maxInputBytes`) about 110 MB.
 */
export const workerHeapMb = 256

/** The compiled worker: beside this module, or in dist/ when running from the TypeScript sources. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url)
  if (existsSync(beside)) return beside
  const built = new URL('../dist/pipeline/worker.js', import.meta.url)
  if (existsSync(built)) return built
  throw new Error('No compiled worker: run `make build` (or use no workers)')
}

/** What a worker is told when it starts. */
export interface WorkerSettings {
  /** Time the stages in CPU too (see `clock.ts`). */
  measureCpu: boolean
}

type Pending = {resolve: (value: Processed) => void; reject: (error: Error) => void}

/**
 * Tasks sent to a worker ahead of its answers: with two, the next one is
 * waiting when it answers, and it does not idle while the main thread
 * takes the answer and sends more.
 */
const aheadPerWorker = 2

export class Pool {
  private readonly workers: Worker[] = []
  private readonly queue: {task: Task; pending: Pending}[] = []
  private readonly pending = new Map<number, Pending>()
  /** The tasks each worker has been sent and not answered yet, oldest first. */
  private readonly sent = new Map<Worker, Task[]>()
  private next = 0
  /** With no workers: the last task run on this thread, and the stages it runs. */
  private inlined: Promise<unknown> = Promise.resolve()
  private stages: Promise<typeof import('./perform.js')> | null = null

  /** Up to `size` workers (0: none, the tasks run on this thread), started as tasks come: a re-export where little changed starts one, or none. */
  constructor(readonly size: number) {}

  private start(): Worker {
    const settings: WorkerSettings = {measureCpu: isMeasuringCpu()}
    const worker = new Worker(workerScript(), {workerData: settings, resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}})
    worker.on('message', (message: Answer) => {
      this.sent.get(worker)!.shift()
      const pending = this.pending.get(message.id)!
      this.pending.delete(message.id)
      if (message.error) pending.reject(new Error(message.error))
      else pending.resolve(message.result!)
      this.dispatch()
    })
    worker.on('error', (error: Error & {code?: string}) => {
      const task = this.sent.get(worker)?.[0]
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`A worker ran out of memory (${workerHeapMb} MB of heap) on ${task?.source ?? 'a document'}`, {cause: error}) : error
      for (const p of this.pending.values()) p.reject(reason)
    })
    this.workers.push(worker)
    this.sent.set(worker, [])
    return worker
  }

  /** Run the stages on a file and render it as `documentId`, with `renames` applied (and answer with its records when `records`); with `kept`, render that again instead. */
  process(path: string, source: string, documentId: string, renames: [string, string][] = [], page?: Task['page'], records = false, kept?: Kept): Promise<Processed> {
    const task: Task = {id: this.next++, path, source, documentId, renames, page, records, kept}
    // Cloned as a worker's answer is: strings sliced from a document's text would keep the whole text alive.
    // One after another, each answer handed to its caller before the next task runs: a burst of tasks does not hold all their answers at once.
    if (this.size === 0) {
      // The stages are loaded here only when this thread runs them (with workers, only the workers load them).
      this.stages ??= import('./perform.js')
      const stages = this.stages
      const answer = this.inlined.then(async () => inline((await stages).perform(task)))
      this.inlined = answer.catch(() => undefined)
      return answer
    }
    return new Promise<Processed>((resolve, reject) => {
      this.queue.push({task, pending: {resolve, reject}})
      this.dispatch()
    })
  }

  /** Send the queued tasks to the least busy workers (a new one while there is room), up to `aheadPerWorker` each. */
  private dispatch() {
    while (this.queue.length) {
      let worker = this.workers.reduce<Worker | undefined>((best, w) => (!best || this.sent.get(w)!.length < this.sent.get(best)!.length ? w : best), undefined)
      if ((!worker || this.sent.get(worker)!.length > 0) && this.workers.length < this.size) worker = this.start()
      if (!worker || this.sent.get(worker)!.length >= aheadPerWorker) return
      const job = this.queue.shift()!
      this.pending.set(job.task.id, job.pending)
      this.sent.get(worker)!.push(job.task)
      worker.postMessage(job.task)
    }
  }

  /** Stop the workers (their memory returned); a task after this starts new ones. */
  async close(): Promise<void> {
    const stopping = this.workers.splice(0).map((worker) => worker.terminate())
    this.sent.clear()
    await Promise.all(stopping)
  }
}

/** On the main thread: the summary copied (as a message would be), the bytes kept as they are. */
function inline(processed: Processed): Processed {
  return {...processed, summary: structuredClone(processed.summary)}
}
