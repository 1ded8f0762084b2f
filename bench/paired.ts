/**
 * What a web page costs against the same readout as text, measured in one
 * process, paired: the corpus is taken in blocks of `block` readouts, and
 * each block is processed as text, then as saved pages, then as archived
 * pages, as a worker processes a document (`perform`: read ... render, an
 * archived page's record read again in its read stage), its files written
 * as the export writes them (its graph and page, and a page's text), and
 * so on through the corpus, `rounds` times. The three kinds see the same
 * load, heap and compiled code, so a neighbour's work cannot favour one of
 * them; a block is long enough for the collector's work a kind causes to
 * fall mostly in its own block, and the kinds take turns at coming first. Per kind: each stage's CPU ms per
 * document, and the whole ('document': the process's CPU over the blocks,
 * collector and all); medians of the rounds, after a first round that
 * warms the code up. What a page adds is each round's ratio of its
 * 'document' time to the text's, the median of the rounds: a round's
 * three kinds saw the same machine, and from round to round the text's
 * own time varied by half (the collector's major cycles fall in one
 * kind's blocks or another's).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {measureCpu, timed} from '../pipeline/clock.js'
import {perform} from '../pipeline/perform.js'
import {partsOf, type Rendered} from '../pipeline/document.js'
import type {Task} from '../pipeline/pool.js'
import {documentIdOf} from '../pipeline/inputs.js'
import {readArchive, type ArchivedPage} from '../pipeline/warc.js'

export type Kind = 'text' | 'pages' | 'archive'

/** CPU ms per document by stage and in all ('document'), per kind (median of the rounds), and every round's. */
export interface Paired {
  stages: Record<Kind, Record<string, number>>
  rounds: Record<Kind, Record<string, number>[]>
  /** What a page adds to the text's 'document' time: the median of the rounds' ratios, and each round's. */
  added: {pages: number; archive: number; byRound: {pages: number[]; archive: number[]}}
}

const block = 50

/** The task a worker is given for the file at `path` (text or a saved page), as the export gives it. */
export function fileTask(path: string, id: number): Task {
  return {id, path, source: basename(path), documentId: documentIdOf(path), renames: [], records: false}
}

/** `texts[n]` and `pages[n]` are the same readout; `archive` holds the pages, each under the URL `urlOf` gives its page; the files are written under `out`, left for the caller to remove. */
export async function pairedStages(texts: string[], pages: string[], archive: string, urlOf: (page: string) => string, rounds: number, out: string): Promise<Paired> {
  const archived = new Map<string, ArchivedPage>((await readArchive(archive, basename(archive), Infinity)).pages.map((page) => [page.origin.url, page]))
  const tasks = texts.map((text, n) => {
    const page = archived.get(urlOf(pages[n]))
    if (!page) throw new Error(`${archive} has no page for ${pages[n]}`)
    return {
      text: fileTask(text, n),
      pages: fileTask(pages[n], n),
      archive: {id: n, path: archive, source: page.source, documentId: page.origin.documentId, renames: [], records: false, page: {record: page.record, origin: page.origin}}
    }
  })
  const kinds: Kind[] = ['text', 'pages', 'archive']
  // The stages' CPU time, as `--timings` asks of an export.
  measureCpu(true)
  const all: Paired['rounds'] = {text: [], pages: [], archive: []}
  // A first round warms the code up and is not counted (a process's first 500 pages took twice as long to read as the next).
  for (let round = -1; round < rounds; round++) {
    const sums: Record<Kind, Record<string, number>> = {text: {}, pages: {}, archive: {}}
    // Each kind's files go where an export puts them, in folders of their own for the round (nothing is deleted meanwhile: see `writeFiles`).
    const folders = Object.fromEntries(kinds.map((kind) => [kind, join(out, `${round}`, kind)])) as Record<Kind, string>
    for (const kind of kinds) for (const folder of ['jsonld', 'markdown', 'text']) mkdirSync(join(folders[kind], folder), {recursive: true})
    for (let start = 0; start < tasks.length; start += block) {
      // Each kind first, second and third in turn: the collector's work one block leaves falls on each kind alike.
      const turn = (start / block) % kinds.length
      for (const kind of [...kinds.slice(turn), ...kinds.slice(0, turn)]) {
        const cpu = process.cpuUsage()
        for (const task of tasks.slice(start, start + block)) {
          const {timings, rendered} = perform(task[kind])
          if (rendered) timed(timings, 'write', () => writeFiles(folders[kind], rendered, task[kind].documentId))
          for (const stage in timings.cpu) sums[kind][stage] = (sums[kind][stage] ?? 0) + timings.cpu[stage]
        }
        const used = process.cpuUsage(cpu)
        sums[kind].document = (sums[kind].document ?? 0) + (used.user + used.system) / 1000
      }
    }
    if (round >= 0) for (const kind of kinds) all[kind].push(Object.fromEntries(Object.entries(sums[kind]).map(([stage, ms]) => [stage, ms / tasks.length])))
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const stages = Object.fromEntries(kinds.map((kind) => [kind, Object.fromEntries(Object.keys(all[kind][0]).map((stage) => [stage, median(all[kind].map((r) => r[stage] ?? 0))]))])) as Paired['stages']
  // What a page adds, round by round (a round's three kinds saw the same machine), and its median: the verdict.
  const added = (kind: Kind) => all[kind].map((round, n) => round.document / all.text[n].document - 1)
  return {stages, rounds: all, added: {pages: median(added('pages')), archive: median(added('archive')), byRound: {pages: added('pages'), archive: added('archive')}}}
}

/**
 * A document's own files, as the export writes them and where: its graph
 * (`jsonld/`), its page (`markdown/`) and (a web page) its text (`text/`).
 * They are kept until the caller is done measuring: deleted after each
 * block, as they once were, they made each file the next block created
 * cost up to a millisecond of the kernel's time (see `discard` in bench.ts).
 */
function writeFiles(out: string, rendered: Rendered, documentId: string): void {
  const {text, graph, page} = partsOf(rendered)
  writeFileSync(`${out}/jsonld/${documentId}.jsonld`, graph)
  writeFileSync(`${out}/markdown/${documentId}.md`, page)
  if (text.length) writeFileSync(`${out}/text/${documentId}.txt`, text)
}
