#!/usr/bin/env node
/**
 * `readout export`: the command line. Exit codes: 0 clean (warnings
 * allowed), 1 a document was refused or the export failed, 2 bad usage.
 */
import {existsSync, statSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {measureCpu} from './clock.js'
import {exportFolder, UsageError} from './run.js'
import {version} from './version.js'

const usage = `Usage: readout export [--input DIR] [--output DIR] [--keep-going] [--quiet]

Reads every readout in DIR (default: input) and its subfolders: plain
text (.txt), saved web pages (.html, .htm) and web archives (.warc,
.warc.gz: each archived HTML page a readout); writes the dataset to the
output folder (default: output), all or nothing.

  --input DIR     folder of readouts
  --output DIR    folder to (re)write: csv/, spreadsheet/, jsonld/,
                  markdown/, text/ (the text read of each web page),
                  datapackage.json, vocab.jsonld, README.md, report.json
  --keep-going    export the good documents even if some are refused;
                  the refused ones are listed in report.json and README.md
  --evaluation F  publish the figures of \`make evaluate\` (its JSON) in the card
  --workers N     worker threads (default: the cores available; 0: none, all on this thread)
  --cache DIR     incremental cache (default: .cache/readout): unchanged
                  files are read back, not processed again
  --no-cache      process everything afresh, store nothing
  --timings FILE  write the milliseconds spent per stage (wall) and the
                  process's CPU time (JSON), for \`make bench\`
  --stage-cpu     with --timings, each stage's CPU time too (a system call
                  around each stage: 2-10% slower)
  --quiet         print errors only
  --version       print the version

Exit codes: 0 exported, 1 a document was refused or writing failed, 2 bad usage.`

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: {type: 'string', default: 'input'},
        output: {type: 'string', default: 'output'},
        'keep-going': {type: 'boolean', default: false},
        evaluation: {type: 'string'},
        workers: {type: 'string'},
        cache: {type: 'string', default: '.cache/readout'},
        'no-cache': {type: 'boolean', default: false},
        timings: {type: 'string'},
        'stage-cpu': {type: 'boolean', default: false},
        quiet: {type: 'boolean', default: false},
        version: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false}
      }
    })
  } catch (error) {
    process.stderr.write(`readout: ${(error as Error).message}\n\n${usage}\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(usage + '\n')
    return 0
  }
  if (values.version) {
    process.stdout.write(version + '\n')
    return 0
  }
  const command = positionals[0] ?? 'export'
  if (command !== 'export' || positionals.length > 1) {
    process.stderr.write(`readout: unknown command ${positionals.join(' ')}\n\n${usage}\n`)
    return 2
  }
  if (!existsSync(values.input) || !statSync(values.input).isDirectory()) {
    process.stderr.write(`readout: ${values.input}: no such folder (expected a folder of .txt readouts)\n`)
    return 2
  }

  let result
  try {
    const workers = values.workers === undefined ? undefined : Number(values.workers)
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
      process.stderr.write(`readout: --workers takes a whole number from 0, not ${values.workers}\n`)
      return 2
    }
    // The stages' CPU time costs a system call each (some 2-10% of a worker's time): only when asked for.
    measureCpu(Boolean(values.timings) && values['stage-cpu'])
    result = await exportFolder({
      input: values.input,
      output: values.output,
      keepGoing: values['keep-going'],
      evaluation: values.evaluation,
      workers,
      cache: values['no-cache'] ? null : values.cache,
      progress: values.quiet || !process.stderr.isTTY ? undefined : progressLine()
    })
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`readout: ${error.message}\n`)
      return 2
    }
    process.stderr.write(`readout: export failed, ${values.output} left as it was: ${(error as Error).stack ?? error}\n`)
    return 1
  }

  // The stages' times, and the whole process's CPU time (every thread: the workers, the collector's, the file writes').
  if (values.timings) {
    const usage = process.cpuUsage()
    writeFileSync(values.timings, JSON.stringify({...result.timings, processCpu: (usage.user + usage.system) / 1000}) + '\n')
  }
  const report = reporter(result.files, {quiet: values.quiet, silent: values.quiet})
  if (report) process.stderr.write(report + '\n')
  const warnings = result.files.reduce((n, f) => n + f.messages.filter((m) => m.fatal === false).length, 0)
  const errors = result.files.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0)
  const where = (result.written ? ` to ${values.output}` : `; nothing written, ${values.output} left as it was`) + (result.fromCache ? ` (${result.fromCache} read from the cache)` : '')
  process.stderr.write(
    `readout: ${result.exported} document${result.exported === 1 ? '' : 's'} exported${where}; ${warnings} warning${warnings === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}\n`
  )
  if (result.files.length === 0) process.stderr.write(`readout: no .txt files in ${values.input}\n`)
  return errors > 0 ? 1 : 0
}

/** On a terminal: documents done of total, rate and time left, on one line (cleared at the end). */
function progressLine() {
  const started = performance.now()
  let last = 0
  return (done: number, total: number) => {
    const now = performance.now()
    if (now - last < 100 && done < total) return
    last = now
    const seconds = (now - started) / 1000
    // A rate and time left once there is a second to go by.
    const rate = seconds >= 1 ? done / seconds : null
    const left = rate ? `, ${((total - done) / rate).toFixed(0)} s left` : ''
    process.stderr.write(`\r\u001b[K${done}/${total} documents${rate ? `, ${rate.toFixed(0)}/s` : ''}${left}`)
    if (done === total) process.stderr.write('\r\u001b[K')
  }
}

process.exitCode = await main(process.argv.slice(2))
