/**
 * Stage 5, validate: every record against its JSON Schema (ajv, draft
 * 2020-12, strict, all errors). A record that fails is a fatal message on
 * its document naming the record id, the field and the reason. The
 * schemas are compiled ahead, into `validators.generated.ts` (see
 * `schemas/compile.mjs`): no thread compiles them at each export.
 */
import type {ValidateFunction} from 'ajv'
import type {VFile} from 'vfile'
import type {TableName} from './types.js'
import {isRefused, refuse} from './messages.js'
import * as compiled from './validators.generated.js'
import './data.js'

const source = 'readout:validate'
const validators = compiled as Record<TableName, ValidateFunction>

/** Problems of one record, as "field: reason" strings (empty when valid). */
export function problemsOf(table: TableName, record: unknown): string[] {
  const validate = validators[table]
  if (validate(record)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath.replace(/^\//, '') || '(record)'}: ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`)
}

const idOf = (record: Record<string, unknown>) =>
  String(record.statement_id ?? record.mention_id ?? record.meeting_id ?? record.section_id ?? record.entity_id ?? record.document_id ?? '')

export function validate(file: VFile): void {
  const records = file.data.records
  if (!records || isRefused(file)) return
  const check = (table: TableName, rows: object[]) => {
    for (const row of rows) {
      for (const problem of problemsOf(table, row)) {
        refuse(file, `Invalid ${table} record ${idOf(row as Record<string, unknown>)}: ${problem}`, {ruleId: 'invalid-record', source})
      }
    }
  }
  check('documents', [records.document])
  check('sections', records.sections)
  check('meetings', records.meetings)
  check('participants', records.participants)
  check('entities', records.entities)
  check('mentions', records.mentions)
  check('statements', records.statements)
}
