/**
 * `make bench`: the export at 100, 1,000 and 10,000 synthetic readouts
 * (BENCH_SIZES to change), against two references on the same corpus: bare
 * retext-english parsing (the floor for any unified-based pipeline) and
 * compromise extracting people, places and organizations. Reports, with one
 * worker and with all cores: wall time, documents/s, MB/s, the ratio to
 * bare parsing, peak memory and the share of time per stage (read, parse,
 * extract, records, validate, render in the workers; write on the main
 * thread); that the outputs are byte-identical; the time of a re-export
 * after adding readouts and after changing one (and that it writes the
 * clean export's bytes); a worker's warm-up (CPU per document by block
 * in a fresh process, see warmup.ts); and the seed alone. Writes
 * bench/results.json and bench/results.md.
 */
import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, totalmem} from 'node:os'
import {join} from 'node:path'
import nlp from 'compromise'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {parse as parseCsv} from 'csv-parse/sync'
import {makeCorpus} from './corpus.js'
import {makeArchive, makePages} from './pages.js'
import {pairedStages} from './paired.js'

/** `BENCH_SIZES=none`: only the web pages' comparison. */
const sizes = process.env.BENCH_SIZES === 'none' ? [] : (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
/**
 * A document's size: about 2 KB by default, the size of real readouts (the
 * issue's 3,000 real pages came to 6 MB; the gold readouts average 1.4 KB);
 * `BENCH_BYTES=6000` for the longer documents of earlier benches.
 */
const documentBytes = Number(process.env.BENCH_BYTES ?? 2000)
/** Readouts added for the incremental run (as a day's new readouts). */
const added = 10
/** Runs of each incremental case (the median is reported). */
const trials = 3

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const workers = availableParallelism()
const work = '.cache/bench'
const cli = 'dist/pipeline/cli.js'

interface Run {
  seconds: number
  peakMB: number
  /** CPU milliseconds per stage, as the export reports them with `--stage-cpu` (empty without it). */
  stages: Record<string, number>
  /** Wall milliseconds per stage. */
  wallStages: Record<string, number>
  /** CPU milliseconds of the whole process (every thread). */
  processCpu: number
}

const stageNames = ['read', 'parse', 'extract', 'records', 'validate', 'render', 'write']

/**
 * Nothing is deleted while the bench measures: a folder done with is moved
 * into `trash` (a rename) and the trash deleted when the figures are
 * written. On ext4 without a journal (this machine's file system), the
 * kernel, creating a file, skips one by one every inode deleted in the
 * last minute (six while the deletion is not yet written out; `perf`:
 * `recently_deleted` in `__ext4_new_inode`): in the minutes after thousands
 * of files were deleted, each file created cost 0.8-1 ms of CPU, and some
 * 30 microseconds a minute after a `sync`. So the bench starts by writing
 * out what was deleted before it (by an earlier bench, `make test`, a
 * build) and waiting a minute (`BENCH_SETTLE` seconds, 61 by default):
 * what it measures is the export, not the clean-up of what ran before it.
 */
const trash = join(work, 'trash')
// Left by a bench that was stopped: deleted before the wait.
rmSync(trash, {recursive: true, force: true})
mkdirSync(trash, {recursive: true})
spawnSync('sync')
await new Promise((resolve) => setTimeout(resolve, 1000 * Number(process.env.BENCH_SETTLE ?? 61)))
/**
 * The machine's own speed, which varies from run to run on this shared
 * machine: a fixed CPU-bound loop, timed in a fresh process at the start
 * and at the end, so that two runs' figures can be set side by side (it
 * took 1.15 s at a quiet moment of 2026-12-03, 1.31-1.37 s at loaded ones).
 */
function machineSpeed(): number {
  const loop = '(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 31 + i) % 1000003; if (x !== 502768) throw new Error(String(x)); console.log((performance.now() - t) / 1000) })()'
  return Number(spawnSync(process.execPath, ['-e', loop], {encoding: 'utf8'}).stdout)
}
const speedBefore = machineSpeed()

let discarded = 0
function discard(path: string): void {
  if (existsSync(path)) renameSync(path, join(trash, String(discarded++)))
}

/** Each stage's share of the time the stages took (percent). */
function shares(stages: Record<string, number>): Record<string, number> {
  const total = stageNames.reduce((n, stage) => n + (stages[stage] ?? 0), 0)
  return Object.fromEntries(stageNames.map((stage) => [stage, total ? (100 * (stages[stage] ?? 0)) / total : 0]))
}

/**
 * Run the CLI, timing it and sampling its peak resident memory (VmHWM).
 * The disk is synced first, so that a run does not pay for writing out
 * the previous run's gigabyte of output.
 */
function runCli(args: string[], stageCpu = false): Promise<Run> {
  spawnSync('sync')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const timings = join(work, 'timings.json')
    rmSync(timings, {force: true})
    const child = spawn('node', [cli, 'export', '--quiet', '--timings', timings, ...(stageCpu ? ['--stage-cpu'] : []), ...args], {stdio: ['ignore', 'ignore', 'pipe']})
    let peak = 0
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
        if (hwm) peak = Math.max(peak, Number(hwm[1]))
      } catch {
        // gone
      }
    }
    const timer = setInterval(sample, 20)
    child.on('exit', (code) => {
      clearInterval(timer)
      if (code !== 0) reject(new Error(`export failed (${code}): ${stderr}`))
      else {
        const reported = JSON.parse(readFileSync(timings, 'utf8')) as {wall: Record<string, number>; cpu: Record<string, number>; processCpu: number}
        resolve({seconds: (performance.now() - started) / 1000, peakMB: peak / 1024, stages: reported.cpu, wallStages: reported.wall, processCpu: reported.processCpu})
      }
    })
  })
}

function treeHash(folder: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`)
      else hash.update(`${prefix}${entry.name}\0`).update(readFileSync(join(dir, entry.name)))
    }
  }
  walk(folder, '')
  return hash.digest('hex')
}

function corpusFor(size: number): {folder: string; files: string[]; bytes: number} {
  const folder = join(work, `corpus-${size}-${documentBytes}`)
  if (!existsSync(folder) || readdirSync(folder).length !== size) makeCorpus(folder, size, undefined, documentBytes)
  const files = readdirSync(folder).sort().map((f) => join(folder, f))
  return {folder, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0)}
}

function floor(files: string[]): number {
  const parser = unified().use(retextEnglish).freeze()
  const started = performance.now()
  for (const file of files) parser.parse(readFileSync(file, 'utf8'))
  return (performance.now() - started) / 1000
}

function compromise(files: string[]): number {
  const started = performance.now()
  for (const file of files) {
    const doc = nlp(readFileSync(file, 'utf8'))
    doc.people().out('array')
    doc.places().out('array')
    doc.organizations().out('array')
  }
  return (performance.now() - started) / 1000
}

const results: Record<string, unknown>[] = []
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${workers} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
console.log(`machine: ${machine}`)

for (const size of sizes) {
  const {folder, files, bytes} = corpusFor(size)
  const mb = bytes / 2 ** 20
  const one = await runCli(['--input', folder, '--output', join(work, `out-${size}-1`), '--workers', '1', '--no-cache'])
  const many = await runCli(['--input', folder, '--output', join(work, `out-${size}-n`), '--workers', String(workers), '--no-cache'])
  const cleanHash = treeHash(join(work, `out-${size}-n`))
  const identical = treeHash(join(work, `out-${size}-1`)) === cleanHash
  discard(join(work, `out-${size}-1`))
  // Incremental: fill the cache; add a day's readouts (after the others),
  // export again; change one readout in the middle, export again. Each
  // three times (other readouts added, other words appended), the median
  // kept. Then, with the corpus as it was, the output must be the clean
  // export's, byte for byte.
  const cache = join(work, `cache-${size}`)
  discard(cache)
  const out = join(work, `out-${size}-c`)
  const cached = ['--input', folder, '--output', out, '--cache', cache]
  const fill = await runCli(cached)
  const adding: number[] = []
  for (let trial = 0; trial < trials; trial++) {
    makeCorpus(folder, size + added * (trial + 1), undefined, documentBytes, size + added * trial)
    adding.push((await runCli(cached)).seconds)
  }
  for (const file of readdirSync(folder).sort().slice(size)) rmSync(join(folder, file))
  const changed = files[Math.floor(files.length / 2)]
  const original = readFileSync(changed, 'utf8')
  const changing: number[] = []
  for (let trial = 0; trial < trials; trial++) {
    writeFileSync(changed, `${original}\n9. The two ministers agreed to meet again (${trial + 1}).\n`)
    changing.push((await runCli(cached)).seconds)
  }
  writeFileSync(changed, original)
  await runCli(cached)
  const incrementalIdentical = treeHash(out) === cleanHash
  const parse = floor(files)
  const sample = files.slice(0, Math.min(files.length, 300))
  const nlpSeconds = (compromise(sample) * files.length) / sample.length
  const row = {
    documents: size,
    inputMB: Number(mb.toFixed(1)),
    singleWorker: {seconds: one.seconds, documentsPerSecond: size / one.seconds, mbPerSecond: mb / one.seconds, peakMB: one.peakMB, stageMs: one.wallStages, stagePercent: shares(one.wallStages)},
    workers: {count: workers, seconds: many.seconds, documentsPerSecond: size / many.seconds, mbPerSecond: mb / many.seconds, peakMB: many.peakMB, identicalToSingle: identical, stageMs: many.wallStages, stagePercent: shares(many.wallStages)},
    incremental: {
      cacheFillSeconds: fill.seconds,
      afterOneChangeSeconds: median(changing),
      ratioToFull: median(changing) / many.seconds,
      added,
      afterAddingSeconds: median(adding),
      addingRatioToFull: median(adding) / many.seconds,
      trials: {afterOneChange: changing, afterAdding: adding},
      identicalToClean: incrementalIdentical
    },
    bareParse: {seconds: parse, documentsPerSecond: size / parse, mbPerSecond: mb / parse},
    compromise: {seconds: nlpSeconds, documentsPerSecond: size / nlpSeconds, measuredOn: sample.length},
    ratios: {singleToBareParse: parse / one.seconds, workersToBareParse: parse / many.seconds, workersToSingle: one.seconds / many.seconds, exportToCompromise: nlpSeconds / many.seconds}
  }
  results.push(row)
  console.log(JSON.stringify(row))
  discard(cache)
  discard(out)
  discard(join(work, `out-${size}-n`))
}

// A worker's warm-up (see warmup.ts), in a fresh process, on the first readouts of the largest corpus.
const warmup = (() => {
  // Blocks enough for a steady pace: the largest corpus of 2,000 readouts or more.
  const documents = Math.min(3000, Math.max(0, ...sizes))
  if (documents < 2000) return null
  const {folder} = corpusFor(Math.max(...sizes))
  const run = spawnSync(process.execPath, ['dist/bench/warmup.js', folder, String(documents), '250'], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`warm-up run failed: ${run.stderr}`)
  const {block, blocks} = JSON.parse(run.stdout) as {block: number; blocks: number[]}
  // The steady pace: the last four blocks' median; the warm-up: the CPU spent over it before.
  const steadyMs = median(blocks.slice(-4))
  const excessSeconds = blocks.reduce((sum, ms) => sum + Math.max(0, ms - steadyMs) * block, 0) / 1000
  return {documents, block, blocks, steadyMs, excessSeconds, documentsWorth: (excessSeconds * 1000) / steadyMs}
})()
if (warmup) console.log(JSON.stringify({warmup}))

// Each stage in units of bare parsing (see bound.ts), in a fresh process, on the warm-up's readouts: what the goal of
// one worker at 30% of bare parsing leaves the stages, and what they take.
const bound = (() => {
  if (!warmup) return null
  const {folder} = corpusFor(Math.max(...sizes))
  const run = spawnSync(process.execPath, ['dist/bench/bound.js', folder, String(warmup.documents), '4'], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`bound run failed: ${run.stderr}`)
  const measured = JSON.parse(run.stdout) as {documents: number; rounds: number; bareMs: number; stageMs: Record<string, number>}
  const stagesMs = Object.values(measured.stageMs).reduce((a, b) => a + b, 0)
  // Parsing and rendering: the tree the yardstick itself builds, and the outputs the contract asks for.
  const parseAndRenderMs = measured.stageMs.parse + measured.stageMs.render
  return {...measured, stagesMs, parseAndRenderMs, budgetMs: measured.bareMs / 0.3}
})()
if (bound) console.log(JSON.stringify({bound}))

// Web pages: the same readouts as saved pages (the text in a site's chrome)
// and in one web archive, against the readouts as text (goal: reading HTML
// adds at most 30% to a document's time). A document's time is CPU time,
// measured paired in this process (see paired.ts: the three kinds in turn,
// block by block, so that the machine's load weighs on all three alike). Each export (one worker) also runs
// `htmlRounds` times, the three inputs in turn, for its stages, CPU, wall
// time and peak memory; medians are kept. The statements must be the same.
const htmlSize = Number(process.env.BENCH_HTML_SIZE ?? (sizes.length ? Math.min(1000, Math.max(...sizes)) : 1000))
const htmlRounds = Number(process.env.BENCH_HTML_ROUNDS ?? 7)
const pages = (() => {
  const text = corpusFor(htmlSize)
  const pageFolder = join(work, `pages-${htmlSize}`)
  const archiveFolder = join(work, `archive-${htmlSize}`)
  discard(pageFolder)
  const pageBytes = makePages(text.folder, pageFolder)
  discard(archiveFolder)
  spawnSync('mkdir', ['-p', archiveFolder])
  makeArchive(pageFolder, join(archiveFolder, 'crawl.warc.gz'))
  return {text, pageFolder, archiveFolder, pageBytes, archiveBytes: statSync(join(archiveFolder, 'crawl.warc.gz')).size}
})()
const documentStages = stageNames
const exportOf = async (folder: string, name: string) => {
  const out = join(work, `out-${name}`)
  const run = await runCli(['--input', folder, '--output', out, '--workers', '1', '--no-cache'], true)
  const statements = (parseCsv(readFileSync(join(out, 'csv', 'statements.csv')), {columns: true}) as Record<string, string>[]).map((s) => `${s.actor_kind} ${s.actor} ${s.verb} ${s.content.replace(/\s+/g, ' ')}`)
  discard(out)
  return {...run, statements}
}
type Export = Awaited<ReturnType<typeof exportOf>>
const inputs = [
  ['text', pages.text.folder],
  ['pages', pages.pageFolder],
  ['archive', pages.archiveFolder]
] as const
const rounds: Record<string, Export[]> = {text: [], pages: [], archive: []}
for (let round = 0; round < htmlRounds; round++) for (const [name, folder] of inputs) rounds[name].push(await exportOf(folder, name))
const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
/** Per input: the median over rounds of each stage's CPU ms per document, of their sum, of the process's CPU, of the wall time. */
const summary = (runs: Export[]) => {
  const stage = Object.fromEntries(documentStages.map((name) => [name, median(runs.map((run) => (run.stages[name] ?? 0) / htmlSize))]))
  return {
    stageCpuMsPerDocument: stage,
    stagesCpuMsPerDocument: median(runs.map((run) => documentStages.reduce((n, name) => n + (run.stages[name] ?? 0), 0) / htmlSize)),
    processCpuMsPerDocument: median(runs.map((run) => run.processCpu / htmlSize)),
    exportSeconds: median(runs.map((run) => run.seconds)),
    peakMB: Math.max(...runs.map((run) => run.peakMB)),
    rounds: runs.map((run) => ({seconds: run.seconds, peakMB: run.peakMB, processCpu: run.processCpu, stagesCpu: run.stages, stagesWall: run.wallStages}))
  }
}
const measured = {text: summary(rounds.text), pages: summary(rounds.pages), archive: summary(rounds.archive)}
const increase = (name: 'pages' | 'archive', key: 'stagesCpuMsPerDocument' | 'processCpuMsPerDocument' | 'exportSeconds') => measured[name][key] / measured.text[key] - 1
// The verdict: the stages paired in this process (read to render), with the write stage of the exports.
const texts = readdirSync(pages.text.folder).sort().map((name) => join(pages.text.folder, name))
const pagePaths = readdirSync(pages.pageFolder).sort().map((name) => join(pages.pageFolder, name))
const paired = await pairedStages(texts, pagePaths, join(pages.archiveFolder, 'crawl.warc.gz'), (page) => `https://www.example.org/press/${page.replace(/^.*\//, '')}`, htmlRounds, join(work, 'paired-out'))
discard(join(work, 'paired-out'))
/** A document's CPU time, paired: the process's over its blocks (its stages, its writing, the collector). */
const documentMs = (name: 'text' | 'pages' | 'archive') => paired.stages[name].document
const html = {
  documents: htmlSize,
  rounds: htmlRounds,
  textMB: pages.text.bytes / 2 ** 20,
  pagesMB: pages.pageBytes / 2 ** 20,
  archiveMB: pages.archiveBytes / 2 ** 20,
  paired: {cpuMsPerDocument: paired.stages, rounds: paired.rounds},
  documentCpuMs: {text: documentMs('text'), pages: documentMs('pages'), archive: documentMs('archive')},
  exports: measured,
  overhead: {
    document: paired.added.pages,
    archiveDocument: paired.added.archive,
    documentByRound: paired.added.byRound,
    exportStages: increase('pages', 'stagesCpuMsPerDocument'),
    archiveExportStages: increase('archive', 'stagesCpuMsPerDocument'),
    process: increase('pages', 'processCpuMsPerDocument'),
    archiveProcess: increase('archive', 'processCpuMsPerDocument'),
    export: increase('pages', 'exportSeconds'),
    archiveExport: increase('archive', 'exportSeconds')
  },
  sameStatements: rounds.text.every((run, n) => same(run.statements, rounds.pages[n].statements) && same(run.statements, rounds.archive[n].statements))
}
const g = (x: number, d = 1) => x.toFixed(d)
const p = (x: number) => `${x >= 0 ? '+' : ''}${g(100 * x, 0)}%`
const label = {text: '.txt', pages: '.html', archive: '.warc.gz'} as const
const kinds = ['text', 'pages', 'archive'] as const
const htmlLines = [
  `Web pages: the ${html.documents} readouts of ${g(html.textMB)} MB as saved pages in a site's chrome (${g(html.pagesMB)} MB) and in one .warc.gz (${g(html.archiveMB)} MB), against the same readouts as text; ${html.rounds} rounds, medians. Statements the same from all three: ${html.sameStatements ? 'yes' : 'NO'}.`,
  '',
  `A document's CPU time, ms, paired in one process (blocks of 50 readouts as text, pages and archived pages in turn, processed as a worker does and their files written; "document": the process's CPU over the blocks, the collector's included; a first round to warm up, then the median of ${html.rounds}), and what a page adds, the median of the rounds' ratios: **${p(html.overhead.document)}** for a saved page, **${p(html.overhead.archiveDocument)}** for an archived one (goal: at most +30%; by round, ${html.overhead.documentByRound.pages.map(p).join(', ')} and ${html.overhead.documentByRound.archive.map(p).join(', ')}).`,
  '',
  `| Input | ${stageNames.join(' | ')} | document | added to the text |`,
  `| --- | ${stageNames.map(() => '---').join(' | ')} | --- | --- |`,
  ...kinds.map(
    (name) =>
      `| ${label[name]} | ${stageNames.map((stage) => g(paired.stages[name][stage] ?? 0, 2)).join(' | ')} | ${g(html.documentCpuMs[name], 2)} | ${name === 'text' ? '—' : `${p(name === 'pages' ? html.overhead.document : html.overhead.archiveDocument)} (${g(html.documentCpuMs[name] - html.documentCpuMs.text, 2)} ms)`} |`
  ),
  '',
  'The exports (one worker, no cache, the three in turn each round): CPU ms per document by stage as `--timings` reports them (the process\'s CPU while the stage ran, so with what the collector and the file writes do meanwhile), the whole process\'s CPU (start-up included), wall time and peak memory:',
  '',
  `| Input | ${documentStages.join(' | ')} | stages | added | process CPU ms/document | added | export s (wall) | added | peak MB |`,
  `| --- | ${documentStages.map(() => '---').join(' | ')} | --- | --- | --- | --- | --- | --- | --- |`,
  ...kinds.map(
    (name) =>
      `| ${label[name]} | ${documentStages.map((stage) => g(measured[name].stageCpuMsPerDocument[stage], 2)).join(' | ')} | ${g(measured[name].stagesCpuMsPerDocument, 2)} | ${name === 'text' ? '—' : p(increase(name, 'stagesCpuMsPerDocument'))} | ${g(measured[name].processCpuMsPerDocument, 2)} | ${name === 'text' ? '—' : p(increase(name, 'processCpuMsPerDocument'))} | ${g(measured[name].exportSeconds, 2)} | ${name === 'text' ? '—' : p(increase(name, 'exportSeconds'))} | ${g(measured[name].peakMB, 0)} |`
  )
]
console.log(htmlLines.join('\n'))
const speed = {before: speedBefore, after: machineSpeed()}
const speedLine = `The machine's speed: a fixed CPU-bound loop (\`machineSpeed\` in bench/bench.ts) took ${g(speed.before, 2)} s before the runs and ${g(speed.after, 2)} s after them (1.15 s at a quiet moment).`
if (!sizes.length) {
  writeFileSync('bench/results-html.md', [speedLine, '', ...htmlLines].join('\n') + '\n')
  writeFileSync('bench/results-html.json', JSON.stringify({machine, machineSpeed: speed, html}, null, 2) + '\n')
  rmSync(trash, {recursive: true, force: true})
  process.exit(0)
}

// The seed alone, as `make export` runs it with nothing to install (best of three).
const seedRuns: number[] = []
for (let n = 0; n < 3; n++) seedRuns.push((await runCli(['--input', 'input', '--output', join(work, 'seed'), '--no-cache'])).seconds)
const seed = Math.min(...seedRuns)

writeFileSync('bench/results.json', JSON.stringify({machine, machineSpeed: speed, documentBytes, seedSeconds: seed, results, warmup, bound, html}, null, 2) + '\n')
const f = (x: number, d = 1) => x.toFixed(d)
const pct = (x: number) => `${f(100 * x, 0)}%`
const lines = [
  `Machine: ${machine}. Seed alone: ${f(seed, 2)} s. Documents of about ${documentBytes} bytes or more (\`BENCH_BYTES\`; a gold readout shorter than that has its sections repeated).`,
  '',
  speedLine,
  '',
  `Throughput (\`--no-cache\`; "÷ parse": the export's throughput as a share of bare retext-english parsing of the same files on one thread):`,
  '',
  `| Documents | Input MB | bare parse docs/s | MB/s | 1 worker s | docs/s | MB/s | ÷ parse | peak MB | ${workers} workers s | docs/s | MB/s | ÷ parse | peak MB | speed-up | same bytes | compromise docs/s |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r: any) =>
      `| ${r.documents} | ${r.inputMB} | ${f(r.bareParse.documentsPerSecond, 0)} | ${f(r.bareParse.mbPerSecond, 2)} | ${f(r.singleWorker.seconds, 2)} | ${f(r.singleWorker.documentsPerSecond, 0)} | ${f(r.singleWorker.mbPerSecond, 2)} | ${pct(r.ratios.singleToBareParse)} | ${f(r.singleWorker.peakMB, 0)} | ${f(r.workers.seconds, 2)} | ${f(r.workers.documentsPerSecond, 0)} | ${f(r.workers.mbPerSecond, 2)} | ${pct(r.ratios.workersToBareParse)} | ${f(r.workers.peakMB, 0)} | ${f(r.ratios.workersToSingle, 2)}x | ${r.workers.identicalToSingle ? 'yes' : 'NO'} | ${f(r.compromise.documentsPerSecond, 0)} |`
  ),
  '',
  'Share of time per stage (the stages as the export times them, wall time on the thread that ran them: read to render in the workers, summed over documents; write on the main thread; the timed exports measure no CPU per stage, which would slow them by a system call around each stage):',
  '',
  `| Documents | run | ${stageNames.join(' | ')} |`,
  `| --- | --- | ${stageNames.map(() => '---').join(' | ')} |`,
  ...results.flatMap((r: any) => [
    `| ${r.documents} | 1 worker | ${stageNames.map((stage) => `${f(r.singleWorker.stagePercent[stage], 0)}%`).join(' | ')} |`,
    `| ${r.documents} | ${workers} workers | ${stageNames.map((stage) => `${f(r.workers.stagePercent[stage], 0)}%`).join(' | ')} |`
  ]),
  '',
  `Re-export with the cache into the same folder (median of ${trials}; ratio to the ${workers}-worker export above):`,
  '',
  `| Documents | cache fill s | after 1 change s | ratio to full | after ${added} added s | ratio to full | same bytes as a clean export |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r: any) =>
      `| ${r.documents} | ${f(r.incremental.cacheFillSeconds, 2)} | ${f(r.incremental.afterOneChangeSeconds, 2)} | ${pct(r.incremental.ratioToFull)} | ${f(r.incremental.afterAddingSeconds, 2)} | ${pct(r.incremental.addingRatioToFull)} | ${r.incremental.identicalToClean ? 'yes' : 'NO'} |`
  ),
  '',
  ...(warmup
    ? [
        `A worker's warm-up (\`bench/warmup.ts\`: the stages on the first ${warmup.documents} readouts of the ${Math.max(...sizes)} in a fresh process, as a worker runs them; the process's CPU ms per document by block of ${warmup.block}): ${warmup.blocks.map((ms) => f(ms, 2)).join(', ')}. The steady pace (the last four blocks' median) is ${f(warmup.steadyMs, 2)} ms; the warm-up costs ${f(warmup.excessSeconds, 2)} s of CPU over it, the work of ${f(warmup.documentsWorth, 0)} documents at that pace, and each worker pays it (V8 compiles per thread): the ${workers} workers of an export on all cores pay it ${workers} times over.`,
        ''
      ]
    : []),
  ...(bound
    ? [
        `Each stage in units of bare parsing (\`bench/bound.ts\`: the same ${bound.documents} readouts in a fresh process, bare retext-english parsing and the stages in turn on one thread, ${bound.rounds} rounds after one to warm up, medians; ms per document, and how many bare parses that is):`,
        '',
        `| bare parse | ${stageNames.filter((stage) => stage !== 'write').join(' | ')} | stages in all |`,
        `| --- | ${stageNames.filter((stage) => stage !== 'write').map(() => '---').join(' | ')} | --- |`,
        `| ${f(bound.bareMs, 3)} | ${stageNames.filter((stage) => stage !== 'write').map((stage) => `${f(bound.stageMs[stage] ?? 0, 3)} (${f((bound.stageMs[stage] ?? 0) / bound.bareMs, 2)}x)`).join(' | ')} | ${f(bound.stagesMs, 3)} (${f(bound.stagesMs / bound.bareMs, 2)}x) |`,
        '',
        `One worker at 30% of bare parsing leaves a document ${f(bound.budgetMs, 3)} ms (${f(1 / 0.3, 2)} bare parses) for everything, the export around the stages included; the stages alone take ${f(bound.stagesMs / bound.budgetMs, 1)} times that, and parsing and rendering alone (the tree the yardstick builds, and the outputs the contract asks for) ${f(bound.parseAndRenderMs, 3)} ms, ${pct(bound.parseAndRenderMs / bound.budgetMs)} of it: with every other stage free and nothing around them, one worker would reach ${pct(bound.bareMs / bound.parseAndRenderMs)} of bare parsing.`,
        ''
      ]
    : []),
  ...htmlLines
]
writeFileSync('bench/results.md', lines.join('\n') + '\n')
console.log(lines.join('\n'))
rmSync(trash, {recursive: true, force: true})
