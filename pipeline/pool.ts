/**
 * Worker threads for the per-document work: each task runs the stages (or
 * renders again with renames), stores the result in the cache, and answers
 * with the little the main thread needs. With one worker everything runs on
 * the main thread (no threads started); results are the same either way.
 */
import {existsSync, readFileSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {CacheEntries, renderTag, type RenderedFiles, type Summary} from './cache.js'
import {processAndRender, renderDocument} from './document.js'
import {renameRecords} from './merge.js'
import type {Origin} from './page.js'

export type Task =
  | {kind: 'process'; id: number; path: string; source: string; key: string; page?: {bytes: Uint8Array; origin: Origin}}
  | {kind: 'render'; id: number; key: string; renames: [string, string][]}

export type Answer = {id: number; result?: unknown; error?: string}

/** Do one task against the cache folder's entries. */
export function perform(entries: CacheEntries, task: Task): Summary | RenderedFiles {
  if (task.kind === 'process') return entries.saveProcessed(task.key, processAndRender(task.page?.bytes ?? readFileSync(task.path), task.source, task.page?.origin))
  const stored = entries.records(task.key)
  if (!stored) throw new Error(`The cache lost the records of document ${task.key}; delete the cache folder and export again`)
  return entries.saveRendered(task.key, renderTag(task.renames), renderDocument(renameRecords(stored.records, new Map(task.renames)), stored.text))
}

type Pending = {resolve: (value: never) => void; reject: (error: Error) => void}

/**
 * Each worker's JS heap is capped: without a cap V8 sizes a thread's heap
 * from the machine's memory and lets garbage grow to hundreds of megabytes
 * (peak resident memory at 10,000 documents, 2 workers: 419 MB without,
 * 333 MB with). A document takes well under 10 MB, and the largest input
 * read (1 MB, see `maxInputBytes`) about 110 MB.
 */
export const workerHeapMb = 256

/** The compiled worker: beside this module, or in dist/ when running from the TypeScript sources. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url)
  if (existsSync(beside)) return beside
  const built = new URL('../dist/pipeline/worker.js', import.meta.url)
  if (existsSync(built)) return built
  throw new Error('No compiled worker: run `make build` (or use one worker)')
}

export class Pool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: {task: Task; pending: Pending}[] = []
  private readonly pending = new Map<number, Pending>()
  /** The task each busy worker is on. */
  private readonly current = new Map<Worker, Task>()
  private readonly entries: CacheEntries
  private next = 0

  /**
   * Up to `size` workers storing into the cache folder `root` (`atomic`:
   * see `CacheEntries`). Workers start as tasks come: a re-export where
   * little changed starts one, or none.
   */
  constructor(
    readonly size: number,
    private readonly root: string,
    private readonly atomic: boolean
  ) {
    this.entries = new CacheEntries(root, atomic)
  }

  private start(): Worker {
    const worker = new Worker(workerScript(), {workerData: {root: this.root, atomic: this.atomic, thread: this.workers.length + 1}, resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}})
    worker.on('message', (message: Answer) => {
      this.current.delete(worker)
      const pending = this.pending.get(message.id)!
      this.pending.delete(message.id)
      if (message.error) pending.reject(new Error(message.error))
      else pending.resolve(message.result as never)
      this.dispatch(worker)
    })
    worker.on('error', (error: Error & {code?: string}) => {
      const task = this.current.get(worker)
      const what = task?.kind === 'process' ? task.source : 'a document'
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`A worker ran out of memory (${workerHeapMb} MB of heap) on ${what}`, {cause: error}) : error
      for (const p of this.pending.values()) p.reject(reason)
    })
    this.workers.push(worker)
    return worker
  }

  /** Run the stages on a file (or on a `page` read from a web archive) and store the result under `key`: its summary. */
  process(path: string, source: string, key: string, page?: {bytes: Uint8Array; origin: Origin}): Promise<Summary> {
    return this.submit({kind: 'process', id: this.next++, path, source, key, page})
  }

  /** Render a stored document again with people renamed, and store that rendering. */
  render(key: string, renames: [string, string][]): Promise<RenderedFiles> {
    return this.submit({kind: 'render', id: this.next++, key, renames})
  }

  private submit<T>(task: Task): Promise<T> {
    // Copied as a worker's answer is: strings sliced from a document's text would keep the whole text alive.
    if (this.size <= 1) return Promise.resolve().then(() => structuredClone(perform(this.entries, task)) as T)
    return new Promise<T>((resolve, reject) => {
      this.queue.push({task, pending: {resolve: resolve as (value: never) => void, reject}})
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.start() : undefined)
      if (worker) this.dispatch(worker)
    })
  }

  private dispatch(worker: Worker) {
    const job = this.queue.shift()
    if (!job) {
      if (!this.idle.includes(worker)) this.idle.push(worker)
      return
    }
    this.pending.set(job.task.id, job.pending)
    this.current.set(worker, job.task)
    worker.postMessage(job.task)
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
