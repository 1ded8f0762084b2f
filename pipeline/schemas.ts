/**
 * The JSON Schemas of `schemas/`, the single description of every record:
 * the validator, the CSV columns and their order, the Data Package fields,
 * the data dictionary of the dataset card and the JSON-LD context are all
 * read from here.
 */
import documents from '../schemas/documents.schema.json' with {type: 'json'}
import sections from '../schemas/sections.schema.json' with {type: 'json'}
import meetings from '../schemas/meetings.schema.json' with {type: 'json'}
import events from '../schemas/events.schema.json' with {type: 'json'}
import participants from '../schemas/participants.schema.json' with {type: 'json'}
import entities from '../schemas/entities.schema.json' with {type: 'json'}
import mentions from '../schemas/mentions.schema.json' with {type: 'json'}
import statements from '../schemas/statements.schema.json' with {type: 'json'}
import type {TableName} from './types.js'

export interface PropertySchema {
  description: string
  type: string | string[]
  format?: string
  pattern?: string
  enum?: (string | null)[]
  minimum?: number
  /** The property's IRI in JSON-LD (default: `ro:<column>`); false where the record's annotation target carries it (offsets, quoted text). */
  'x-jsonld'?: string | false
}

export interface ForeignKey {
  fields: string[]
  reference: {resource: string; fields: string[]}
}

export interface TableSchema {
  $id: string
  title: string
  description: string
  'x-table': string
  'x-primaryKey': string[]
  'x-foreignKeys': ForeignKey[]
  /** The class of a record in JSON-LD. */
  'x-jsonld': {type: string}
  required: string[]
  properties: Record<string, PropertySchema>
}

export const schemas: Record<TableName, TableSchema> = {
  documents,
  sections,
  meetings,
  events,
  participants,
  entities,
  mentions,
  statements
} as unknown as Record<TableName, TableSchema>

/** The columns of a table, in the order its schema lists them. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(schemas[table].properties)
}
