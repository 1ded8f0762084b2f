/** Stage results on `file.data`, declared once (see vfile's `DataMap`). */
import type {Root} from 'nlcst'
import type {DocumentRecords, Extraction, Layout} from './types.js'

export interface SourceInfo {
  /** File name relative to the input folder. */
  source: string
  documentId: string
  sha256: string
}

declare module 'vfile' {
  interface DataMap {
    source: SourceInfo
    layout: Layout
    tree: Root
    extraction: Extraction
    records: DocumentRecords
  }
}

export {}
