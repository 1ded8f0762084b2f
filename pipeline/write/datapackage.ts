/**
 * `datapackage.json`: a Frictionless Data Package v2 descriptor derived from
 * the schemas: one resource per CSV table (canonical and spreadsheet
 * copies), each field's type, format and description, primary and foreign
 * keys, the licence, and the input files with their sha256 as sources.
 */
import {schemas, type PropertySchema} from '../schemas.js'
import {tableNames, type DocumentName} from '../types.js'
import {csvFolders} from './csv.js'

interface Field {
  name: string
  type: string
  format?: string
  description: string
  constraints?: Record<string, unknown>
}

function fieldOf(name: string, property: PropertySchema, required: boolean): Field {
  const types = [property.type].flat().filter((t) => t !== 'null')
  let type = types[0] === 'integer' ? 'integer' : types[0] === 'number' ? 'number' : 'string'
  let format: string | undefined
  if (property.format === 'date') type = 'date'
  else if (property.pattern === '^([01][0-9]|2[0-3]):[0-5][0-9]$') {
    type = 'time'
    format = '%H:%M'
  }
  const constraints: Record<string, unknown> = {}
  if (required) constraints.required = true
  if (property.enum) constraints.enum = property.enum.filter((v) => v !== null)
  if (property.pattern && type === 'string') constraints.pattern = property.pattern.replace(/^\^|\$$/g, '')
  if (property.minimum !== undefined) constraints.minimum = property.minimum
  return {name, type, ...(format ? {format} : {}), description: property.description, ...(Object.keys(constraints).length ? {constraints} : {})}
}

export function dataPackage(documents: DocumentName[], version: string): object {
  const resources = tableNames.flatMap((table) => {
    const schema = schemas[table]
    const foreignKeys = schema['x-foreignKeys'].map((fk) => ({fields: [...fk.fields], reference: {resource: fk.reference.resource === table ? '' : fk.reference.resource, fields: [...fk.reference.fields]}}))
    const tableSchema = {
      fields: Object.entries(schema.properties).map(([name, property]) => fieldOf(name, property, schema.required.includes(name))),
      missingValues: [''],
      primaryKey: schema['x-primaryKey'],
      // Copies: the schema's own objects are never changed. A key into the same
      // table names the empty resource, as Table Schema asks; no keys, no list.
      ...(foreignKeys.length ? {foreignKeys} : {})
    }
    return (['canonical', 'spreadsheet'] as const).map((flavour) => ({
      name: flavour === 'canonical' ? table : `${table}-spreadsheet`,
      type: 'table',
      path: `${csvFolders[flavour]}/${table}.csv`,
      title: flavour === 'canonical' ? schema.title : `${schema.title} (spreadsheet copy)`,
      description:
        flavour === 'canonical'
          ? `${schema.description} Canonical table: UTF-8 without byte-order mark, LF line ends, exact text.`
          : `${schema.description} Spreadsheet copy: UTF-8 with byte-order mark, CRLF line ends, cells that would start a formula prefixed with an apostrophe.`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: flavour === 'canonical' ? '\n' : '\r\n'},
      schema:
        flavour === 'canonical' || !foreignKeys.length
          ? tableSchema
          : {...tableSchema, foreignKeys: foreignKeys.map((fk) => ({...fk, reference: {...fk.reference, resource: fk.reference.resource && `${fk.reference.resource}-spreadsheet`}}))},
    }))
  })
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'readout',
    title: 'Readout: diplomatic meeting readouts as data',
    description: 'Meetings, participants, entities, sections and reported statements extracted from foreign-ministry meeting readouts, each traced to its place in the source text.',
    version,
    licenses: [{name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0'}],
    sources: documents.map((doc) => ({title: doc.source, path: `input/${doc.source}`, description: `sha256 ${doc.sha256}`})),
    resources
  }
}
