/**
 * The CPU time of the calling thread, for the time spent per stage: on a
 * machine shared with others, wall time says as much about the neighbours
 * as about the work. Linux counts each thread's time in
 * `/proc/thread-self/schedstat` (nanoseconds on the CPU, first field); the
 * file is opened once per thread (a worker's own module instance) and read
 * again at each call (a few microseconds). Where it cannot be read, the
 * process's CPU time (`process.cpuUsage`) stands in: the same with one
 * worker, where the stages run on the main thread.
 */
import {openSync, readSync} from 'node:fs'

const buffer = Buffer.alloc(64)
let schedstat: number | null | undefined

/** Milliseconds of CPU time used so far by this thread. */
export function cpuMs(): number {
  if (schedstat === undefined) {
    try {
      schedstat = openSync('/proc/thread-self/schedstat', 'r')
    } catch {
      schedstat = null
    }
  }
  if (schedstat !== null) {
    try {
      const length = readSync(schedstat, buffer, 0, buffer.length, 0)
      const ns = Number(buffer.toString('latin1', 0, length).split(' ', 1)[0])
      if (Number.isFinite(ns)) return ns / 1e6
    } catch {
      schedstat = null
    }
  }
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Milliseconds spent per stage (read, parse, extract, records, validate, render, write), summed over documents. */
export interface Timings {
  /** Wall-clock time. */
  wall: Record<string, number>
  /** CPU time of the thread that ran the stage. */
  cpu: Record<string, number>
}

export const noTimings = (): Timings => ({wall: {}, cpu: {}})

/** Run `work`, adding its wall and CPU milliseconds to `stage` in `timings`. */
export function timed<T>(timings: Timings, stage: string, work: () => T): T {
  const wall = performance.now()
  const cpu = cpuMs()
  try {
    return work()
  } finally {
    timings.wall[stage] = (timings.wall[stage] ?? 0) + performance.now() - wall
    timings.cpu[stage] = (timings.cpu[stage] ?? 0) + cpuMs() - cpu
  }
}

/** Add `more` to `timings`. */
export function addTimings(timings: Timings, more: Timings): void {
  for (const kind of ['wall', 'cpu'] as const) for (const stage in more[kind]) timings[kind][stage] = (timings[kind][stage] ?? 0) + more[kind][stage]
}
