/**
 * CPU time, for the time spent per stage: on a machine shared with others,
 * wall time says as much about the neighbours as about the work. It is
 * the process's (getrusage, exact to the microsecond): with no workers
 * (`--workers 0`), where the stages run on the main thread, a stage's time
 * and what the process's other threads (the collector's helpers, the
 * compiler, the file writes) do meanwhile; with one worker, also what the
 * main thread does meanwhile (writing the documents before); with several
 * workers each stage also counts the other workers' work, so compare
 * stages with one worker or none (`make bench` uses one). Linux's
 * per-thread counter (`/proc/thread-self/schedstat`)
 * was tried and is no substitute: it is brought up to date only at the
 * scheduler's ticks, and stages of a fraction of a millisecond read 3-4
 * times their time from it.
 */

/**
 * Stages are timed in CPU only when asked (`--timings`, as `make bench`
 * does): getrusage sums every thread of the process, and with two workers
 * calling it around each stage it cost 8-10% of their time. Otherwise a
 * stage's time is the wall clock's alone. Set once, before any worker starts.
 */
let measuringCpu = false

/** Time the stages in CPU too (see `measuringCpu`). */
export function measureCpu(on: boolean): void {
  measuringCpu = on
}

export const isMeasuringCpu = (): boolean => measuringCpu

/** Milliseconds of CPU time used so far by this process. */
export function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Milliseconds spent per stage (read, parse, extract, records, validate, render, write), summed over documents. */
export interface Timings {
  /** Wall-clock time. */
  wall: Record<string, number>
  /** CPU time of the process while the stage ran (see `cpuMs`); empty unless `measureCpu` is on. */
  cpu: Record<string, number>
}

export const noTimings = (): Timings => ({wall: {}, cpu: {}})

/** Run `work`, adding its wall milliseconds (and CPU milliseconds, when measured) to `stage` in `timings`. */
export function timed<T>(timings: Timings, stage: string, work: () => T): T {
  const wall = performance.now()
  const cpu = measuringCpu ? cpuMs() : 0
  try {
    return work()
  } finally {
    timings.wall[stage] = (timings.wall[stage] ?? 0) + performance.now() - wall
    if (measuringCpu) timings.cpu[stage] = (timings.cpu[stage] ?? 0) + cpuMs() - cpu
  }
}

/** Add `more` to `timings`. */
export function addTimings(timings: Timings, more: Timings): void {
  for (const kind of ['wall', 'cpu'] as const) for (const stage in more[kind]) timings[kind][stage] = (timings[kind][stage] ?? 0) + more[kind][stage]
}
