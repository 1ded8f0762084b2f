/**
 * Worker threads for the per-document work. With one worker everything runs
 * on the main thread (no threads started); results are the same either way.
 */
import {existsSync, readFileSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {processAndRender, renderDocument, type ProcessedDocument, type RenderedDocument} from './document.js'
import type {DocumentRecords} from './types.js'

export type Task =
  | {kind: 'process'; id: number; path: string; source: string}
  | {kind: 'render'; id: number; records: DocumentRecords; text: string}

type Pending = {resolve: (value: never) => void; reject: (error: Error) => void}

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
  private next = 0

  constructor(readonly size: number) {
    if (size <= 1) return
    const url = workerScript()
    for (let n = 0; n < size; n++) {
      const worker = new Worker(url)
      worker.on('message', (message: {id: number; result?: unknown; error?: string}) => {
        const pending = this.pending.get(message.id)!
        this.pending.delete(message.id)
        if (message.error) pending.reject(new Error(message.error))
        else pending.resolve(message.result as never)
        this.dispatch(worker)
      })
      worker.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error)
      })
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  process(path: string, source: string): Promise<ProcessedDocument> {
    if (this.size <= 1) return Promise.resolve().then(() => processAndRender(readFileSync(path), source))
    return this.submit({kind: 'process', id: this.next++, path, source})
  }

  render(records: DocumentRecords, text: string): Promise<RenderedDocument> {
    if (this.size <= 1) return Promise.resolve().then(() => renderDocument(records, text))
    return this.submit({kind: 'render', id: this.next++, records, text})
  }

  private submit<T>(task: Task): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({task, pending: {resolve: resolve as (value: never) => void, reject}})
      const worker = this.idle.pop()
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
    worker.postMessage(job.task)
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
