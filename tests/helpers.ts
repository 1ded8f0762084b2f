/** Shared test helpers: run the pipeline on a string, read a table back. */
import {processDocument} from '../pipeline/run.js'
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
