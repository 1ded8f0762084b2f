/**
 * The files of the dataset every document adds a share to, and the tables
 * they hold: what the main thread streams the workers' renderings into
 * (see `run.ts`), without loading the stages themselves.
 */
import type {TableName} from '../types.js'
import {csvFolders, toCsv} from './csv.js'
import {datasetGraphOpening} from './jsonld.js'

/** The tables a document contributes rows to as it is written (entities are merged, meetings linked into events, for the dataset). */
export const documentTables: TableName[] = ['documents', 'sections', 'participants', 'mentions', 'statements']

export const datasetGraphPath = 'jsonld/dataset.jsonld'

/**
 * The files of the dataset a document contributes a share to, in order,
 * with what they start with: each table in both CSV flavours (its header),
 * and the dataset's JSON-LD graph (its opening; `run.ts` closes it).
 */
export const shareFiles: {path: string; header: () => string}[] = [
  ...documentTables.map((table) => ({path: `${csvFolders.canonical}/${table}.csv`, header: () => toCsv(table, [], 'canonical')})),
  ...documentTables.map((table) => ({path: `${csvFolders.spreadsheet}/${table}.csv`, header: () => toCsv(table, [], 'spreadsheet')})),
  {path: datasetGraphPath, header: datasetGraphOpening}
]
