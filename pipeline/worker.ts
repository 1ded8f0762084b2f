/** A worker thread: does the pool's tasks (see `pool.ts`); a document's outputs go back transferred, not copied. */
import {parentPort, workerData} from 'node:worker_threads'
import {measureCpu} from './clock.js'
import {perform} from './perform.js'
import type {Answer, Task, WorkerSettings} from './pool.js'

measureCpu((workerData as WorkerSettings).measureCpu)

parentPort!.on('message', (task: Task) => {
  let answer: Answer
  try {
    answer = {id: task.id, result: perform(task)}
  } catch (error) {
    answer = {id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
  }
  const bytes = answer.result?.rendered?.bytes.buffer
  parentPort!.postMessage(answer, bytes ? [bytes as ArrayBuffer] : [])
})
