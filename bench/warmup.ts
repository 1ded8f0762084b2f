/**
 * A worker's warm-up, for `make bench`: in a fresh process (V8's compiled
 * code is per thread, so each worker starts as cold as this), the first
 * `count` readouts of a folder run through the stages as a worker runs
 * them (`perform`: read ... render), and the process's CPU per document is
 * taken block by block. The first blocks run in V8's interpreter and
 * baseline code while its optimizing compiler works on background threads;
 * the last blocks give the steady pace. Prints JSON: the blocks' CPU ms per
 * document.
 *
 *   node dist/bench/warmup.js FOLDER [COUNT] [BLOCK]
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {perform} from '../pipeline/perform.js'
import {fileTask} from './paired.js'

const [folder, count = '3000', block = '250'] = process.argv.slice(2)
const size = Number(block)
const paths = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, Number(count))
  .map((name) => join(folder, name))
const tasks = paths.map(fileTask)
const blocks: number[] = []
for (let start = 0; start < tasks.length; start += size) {
  const part = tasks.slice(start, start + size)
  const cpu = process.cpuUsage()
  for (const task of part) perform(task)
  const used = process.cpuUsage(cpu)
  blocks.push((used.user + used.system) / 1000 / part.length)
}
process.stdout.write(JSON.stringify({block: size, blocks}) + '\n')
