/**
 * What a web page costs against the same readout as text, measured in one
 * process, paired: each readout is processed as text, then as a saved
 * page, then as an archived page, as a worker processes a document
 * (`perform`: read ... render, an archived page's record read again in its
 * read stage), and so on through the corpus, `rounds` times. The three
 * kinds see the same load, the same heap and the same compiled code, so a
 * neighbour's work or a collection cannot favour one of them; what is left
 * is the cost of reading HTML. Each stage's CPU ms per document is the
 * median of the rounds.
 */
import {basename} from 'node:path'
import {perform} from '../pipeline/pool.js'
import {documentIdOf} from '../pipeline/read.js'
import {readArchive, type ArchivedPage} from '../pipeline/warc.js'

export type Kind = 'text' | 'pages' | 'archive'

/** CPU ms per document by stage, per kind (median of the rounds), and every round's. */
export interface Paired {
  stages: Record<Kind, Record<string, number>>
  rounds: Record<Kind, Record<string, number>[]>
}

/** `texts[n]` and `pages[n]` are the same readout; `archive` holds the pages, each under the URL `urlOf` gives its page. */
export async function pairedStages(texts: string[], pages: string[], archive: string, urlOf: (page: string) => string, rounds: number): Promise<Paired> {
  const archived = new Map<string, ArchivedPage>((await readArchive(archive, basename(archive), Infinity)).pages.map((page) => [page.origin.url, page]))
  const tasks = texts.map((text, n) => {
    const page = archived.get(urlOf(pages[n]))
    if (!page) throw new Error(`${archive} has no page for ${pages[n]}`)
    return {
      text: {id: n, path: text, source: basename(text), documentId: documentIdOf(text), renames: []},
      pages: {id: n, path: pages[n], source: basename(pages[n]), documentId: documentIdOf(pages[n]), renames: []},
      archive: {id: n, path: archive, source: page.source, documentId: page.origin.documentId, renames: [], page: {record: page.record, origin: page.origin}}
    }
  })
  const kinds: Kind[] = ['text', 'pages', 'archive']
  const all: Paired['rounds'] = {text: [], pages: [], archive: []}
  for (let round = 0; round < rounds; round++) {
    const sums: Record<Kind, Record<string, number>> = {text: {}, pages: {}, archive: {}}
    for (const task of tasks) {
      for (const kind of kinds) {
        const {timings} = perform(task[kind])
        for (const stage in timings.cpu) sums[kind][stage] = (sums[kind][stage] ?? 0) + timings.cpu[stage]
      }
    }
    for (const kind of kinds) all[kind].push(Object.fromEntries(Object.entries(sums[kind]).map(([stage, ms]) => [stage, ms / tasks.length])))
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const stages = Object.fromEntries(kinds.map((kind) => [kind, Object.fromEntries(Object.keys(all[kind][0]).map((stage) => [stage, median(all[kind].map((r) => r[stage] ?? 0))]))])) as Paired['stages']
  return {stages, rounds: all}
}
