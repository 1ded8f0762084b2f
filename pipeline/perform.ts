/**
 * One task of the pool (see `pool.ts`), run on the thread that loads this
 * module: a worker, or the main thread when there are no workers. It loads
 * every stage.
 */
import {readFileSync} from 'node:fs'
import {addTimings, noTimings, timed} from './clock.js'
import {processAndRender, renderAgain, unreadable, type Processed} from './document.js'
import type {Task} from './pool.js'
import {readRecord} from './warc.js'

/** Read the task's file (or its archived page's record), run the stages and render it; or render again what was kept of it. */
export function perform(task: Task): Processed {
  const renames = task.renames.length ? new Map(task.renames) : undefined
  if (task.kept) return renderAgain(task.kept, renames ?? new Map())
  if (!task.page) return processAndRender(readFileSync(task.path), task.source, task.documentId, renames, undefined, task.records)
  // An archived page's record is read here, in the worker, and counted in its read stage.
  const timings = noTimings()
  let bytes: Uint8Array
  try {
    bytes = timed(timings, 'read', () => readRecord(task.path, task.page!.record))
  } catch (error) {
    return unreadable(task.source, task.page.origin.documentId, error instanceof Error ? error.message : String(error))
  }
  const processed = processAndRender(bytes, task.source, task.documentId, renames, task.page.origin, task.records)
  addTimings(processed.timings, timings)
  return processed
}
