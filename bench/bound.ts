/**
 * What each stage costs in units of bare parsing, for `make bench`: in a
 * fresh process, the same readouts are parsed bare (`unified().use(retextEnglish).parse`,
 * the throughput goals' yardstick) and then run through the stages as a
 * worker runs them (`perform`: read ... render), in turn, `rounds` times;
 * a first round warms the code up and is left out. Both are timed on this
 * one thread (wall clock: nothing else runs), so each stage reads as so
 * many bare parses of the same readout. Prints JSON: per document, the
 * bare parse's milliseconds and each stage's, medians of the rounds.
 *
 *   node dist/bench/bound.js FOLDER [COUNT] [ROUNDS]
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {perform} from '../pipeline/perform.js'
import {fileTask} from './paired.js'

const [folder, count = '3000', rounds = '4'] = process.argv.slice(2)
const paths = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, Number(count))
  .map((name) => join(folder, name))
const texts = paths.map((path) => readFileSync(path, 'utf8'))
const tasks = paths.map(fileTask)
const parser = unified().use(retextEnglish).freeze()
const stageNames = ['read', 'parse', 'extract', 'records', 'validate', 'render'] as const

const measured: {bare: number; stages: Record<string, number>}[] = []
for (let round = 0; round < Number(rounds); round++) {
  const started = performance.now()
  for (const text of texts) parser.parse(text)
  const bare = (performance.now() - started) / texts.length
  const stages: Record<string, number> = {}
  for (const task of tasks) {
    const {timings} = perform(task)
    for (const stage of stageNames) stages[stage] = (stages[stage] ?? 0) + (timings.wall[stage] ?? 0)
  }
  for (const stage of stageNames) stages[stage] /= tasks.length
  if (round > 0) measured.push({bare, stages})
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
process.stdout.write(
  JSON.stringify({
    documents: tasks.length,
    rounds: measured.length,
    bareMs: median(measured.map((m) => m.bare)),
    stageMs: Object.fromEntries(stageNames.map((stage) => [stage, median(measured.map((m) => m.stages[stage]))]))
  }) + '\n'
)
