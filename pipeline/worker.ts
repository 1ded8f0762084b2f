/** A worker thread: does the pool's tasks (see `pool.ts`) against its cache folder. */
import {parentPort, workerData} from 'node:worker_threads'
import {CacheEntries, setThreadTag} from './cache.js'
import {perform, type Answer, type Task} from './pool.js'

const {root, atomic, thread} = workerData as {root: string; atomic: boolean; thread: number}
setThreadTag(thread)
const entries = new CacheEntries(root, atomic)

parentPort!.on('message', (task: Task) => {
  let answer: Answer
  try {
    answer = {id: task.id, result: perform(entries, task)}
  } catch (error) {
    answer = {id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
  }
  parentPort!.postMessage(answer)
})
