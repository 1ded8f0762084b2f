/** Shared test helpers: run the pipeline on a string, read a table back. */
import {cpSync, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import {processDocument} from '../pipeline/document.js'
import type {DocumentRecords} from '../pipeline/types.js'
import '../pipeline/data.js'

export function run(text: string, name = 'fixture.txt') {
  const file = processDocument(new TextEncoder().encode(text), name)
  return {file, records: file.data.records as DocumentRecords, messages: file.messages.map(String)}
}

/** Statements as "actor_kind actor_name|actor verb: content" lines, easy to compare. */
export function statementLines(records: DocumentRecords): string[] {
  return records.statements.map((s) => `${s.actor_kind === 'joint' ? 'joint' : s.actor_name ?? s.actor ?? '?'} ${s.verb}: ${s.content}`)
}

/** Every file below a folder, by relative path, with its content. */
export function tree(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`)
      else files.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name), 'utf8'))
    }
  }
  walk(folder, '')
  return files
}

/** A folder of the first `count` gold readouts (or those named), as an export's input. */
export function goldCorpus(folder: string, count: number, names?: string[]): string {
  mkdirSync(folder, {recursive: true})
  for (const name of names ?? readdirSync('tests/gold').filter((f) => f.endsWith('.txt')).sort().slice(0, count)) cpSync(join('tests/gold', name), join(folder, name))
  return folder
}

/** A canonical CSV table of an export, as rows keyed by column (empty cells as ''). */
export function tableRows(path: string): Record<string, string>[] {
  return parseCsv(readFileSync(path), {columns: true}) as Record<string, string>[]
}
