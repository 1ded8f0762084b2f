/**
 * Stage 5, validate: every record against its JSON Schema (ajv, draft
 * 2020-12, strict, all errors). A record that fails is a fatal message on
 * its document naming the record id, the field and the reason.
 */
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type {VFile} from 'vfile'
import {schemas} from './schemas.js'
import {tableNames, type TableName} from './types.js'
import {isRefused, refuse} from './messages.js'
import './data.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const source = 'readout:validate'
let validators: Map<TableName, ValidateFunction> | undefined

export function validatorFor(table: TableName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({strict: true, allErrors: true})
    addFormats(ajv)
    ajv.addVocabulary(['x-table', 'x-primaryKey', 'x-foreignKeys', 'x-jsonld'])
    validators = new Map(tableNames.map((name) => [name, ajv.compile(schemas[name])]))
  }
  return validators.get(table)!
}

/** Problems of one record, as "field: reason" strings (empty when valid). */
export function problemsOf(table: TableName, record: unknown): string[] {
  const validate = validatorFor(table)
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
