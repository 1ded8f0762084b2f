/** A worker thread: processes and renders documents for the pool in `pool.ts`. */
import {readFileSync} from 'node:fs'
import {parentPort} from 'node:worker_threads'
import {processAndRender, renderDocument} from './document.js'
import type {Task} from './pool.js'

parentPort!.on('message', (task: Task) => {
  try {
    if (task.kind === 'process') parentPort!.postMessage({id: task.id, result: processAndRender(readFileSync(task.path), task.source)})
    else parentPort!.postMessage({id: task.id, result: renderDocument(task.records, task.text)})
  } catch (error) {
    parentPort!.postMessage({id: task.id, error: error instanceof Error ? error.stack ?? error.message : String(error)})
  }
})
